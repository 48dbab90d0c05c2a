package io.sharedcx.engine.internal;

import io.sharedcx.model.Partner;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.MetricStatus;
import io.sharedcx.model.finding.Scorecard;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Standing;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.finding.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds each partner's scorecard from its metrics and violations (the scoring is documented on {@link Scorecard}). */
public final class Scorecards {
  private Scorecards() {}

  /** One scorecard per partner of the portfolio that has a metric or a violation in the window. */
  public static List<Scorecard> of(Portfolio portfolio, Window window, List<MetricResult> metrics,
      List<Violation> violations, Map<String, Severity> severities) {
    List<Scorecard> cards = new ArrayList<>();
    for (Partner partner : portfolio.partners()) {
      List<MetricResult> own = metrics.stream().filter(m -> m.party().equals(partner.id())).toList();
      Map<String, Integer> byStandard = new TreeMap<>();
      int violationPenalty = 0;
      for (Violation v : violations) {
        if (v.responsibleParty().equals(partner.id())) {
          byStandard.merge(v.standard(), 1, Integer::sum);
          violationPenalty += switch (v.severity()) {
            case CRITICAL -> 5;
            case HIGH -> 2;
            case MEDIUM -> 1;
            default -> 0;
          };
        }
      }
      if (own.isEmpty() && byStandard.isEmpty()) {
        continue;
      }
      int score = 100 - Math.min(30, violationPenalty);
      for (MetricResult m : own) {
        if (m.status() == MetricStatus.BAD) {
          score -= severities.getOrDefault(m.standard(), Severity.HIGH) == Severity.CRITICAL ? 40 : 25;
        } else if (m.status() == MetricStatus.AT_RISK) {
          score -= 10;
        }
      }
      score = Math.max(0, score);
      cards.add(Scorecard.builder().party(partner.id()).window(window).metrics(own).violationsByStandard(byStandard)
          .score(score).standing(standing(score)).build());
    }
    return cards;
  }

  static Standing standing(int score) {
    if (score >= 80) {
      return Standing.EXCELLENT;
    } else if (score >= 50) {
      return Standing.AVERAGE;
    } else if (score >= 30) {
      return Standing.POOR;
    }
    return Standing.VERY_POOR;
  }
}
