package io.sharedcx.engine.internal;

import io.sharedcx.model.Partner;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Provenance;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.MetricStatus;
import io.sharedcx.model.finding.Scorecard;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Standing;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.finding.Window;
import io.sharedcx.model.json.CxJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds each partner's scorecard from its metrics and violations, with the weights and bands of the
 * pack's scorecard defaults ({@value #WEIGHTS}); the scoring is documented on {@link Scorecard}.
 */
public final class Scorecards {
  /** Where the scorecard's weights and bands live, with their source. */
  static final String WEIGHTS = "io/sharedcx/rules/scorecard.json";

  /**
   * The scorecard's numbers: the score starts at {@code start}, loses {@code violationPoints} per
   * violation by severity (at most {@code violationPointsCap} in all), {@code badMetricPoints} per BAD
   * metric by its standard's severity and {@code atRiskMetricPoints} per AT_RISK metric; the first band
   * whose {@code from} the score reaches is the standing.
   *
   * @param provenance where the numbers come from
   * @param start the score before any deduction
   * @param violationPoints points per violation, by severity
   * @param violationPointsCap the most all violations together may cost
   * @param badMetricPoints points per BAD metric, by the standard's severity
   * @param atRiskMetricPoints points per AT_RISK metric
   * @param bands the standings, each from a lowest score
   */
  public record Weights(
      Provenance provenance,
      int start,
      Map<Severity, Integer> violationPoints,
      int violationPointsCap,
      Map<Severity, Integer> badMetricPoints,
      int atRiskMetricPoints,
      List<Band> bands) {

    /** Checks that every severity has its points and that the bands cover every score down to 0. */
    public Weights {
      for (Severity s : Severity.values()) {
        if (!violationPoints.containsKey(s) || !badMetricPoints.containsKey(s)) {
          throw new IllegalStateException(
              WEIGHTS
                  + " gives no points for severity "
                  + s
                  + ". Maybe add \""
                  + s
                  + "\" to violationPoints and badMetricPoints.");
        }
      }
      bands = new ArrayList<>(bands);
      bands.sort(Comparator.comparingInt(Band::from).reversed());
      if (bands.isEmpty() || bands.get(bands.size() - 1).from() > 0) {
        throw new IllegalStateException(
            WEIGHTS
                + " has no band for a score of 0. Maybe add {\"standing\": "
                + "\"VERY_POOR\", \"from\": 0}.");
      }
      bands = List.copyOf(bands);
      violationPoints = Map.copyOf(violationPoints);
      badMetricPoints = Map.copyOf(badMetricPoints);
    }

    /** The standing of {@code score}: the band with the highest {@code from} at or under it. */
    public Standing standing(int score) {
      for (Band band : bands) {
        if (score >= band.from()) {
          return band.standing();
        }
      }
      return bands.get(bands.size() - 1).standing();
    }
  }

  /**
   * A standing band.
   *
   * @param standing the standing
   * @param from the lowest score in it
   */
  public record Band(Standing standing, int from) {}

  private Scorecards() {}

  /** The pack's scorecard weights, read once from {@value #WEIGHTS}. */
  public static Weights weights() {
    return Holder.WEIGHTS;
  }

  private static final class Holder {
    static final Weights WEIGHTS = load(Scorecards.class.getClassLoader());
  }

  static Weights load(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(WEIGHTS)) {
      if (in == null) {
        throw new IllegalStateException(
            "the scorecard weights "
                + WEIGHTS
                + " are not on the class path. Maybe"
                + " cx-rules was built without its resources.");
      }
      return CxJson.read(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), WEIGHTS, Weights.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + WEIGHTS, e);
    }
  }

  /** One scorecard per partner of the portfolio that has a metric or a violation in the window. */
  public static List<Scorecard> of(
      Portfolio portfolio,
      Window window,
      List<MetricResult> metrics,
      List<Violation> violations,
      Map<String, Severity> severities) {
    Weights weights = weights();
    List<Scorecard> cards = new ArrayList<>();
    for (Partner partner : portfolio.partners()) {
      List<MetricResult> own =
          metrics.stream().filter(m -> m.party().equals(partner.id())).toList();
      Map<String, Integer> byStandard = new TreeMap<>();
      int violationPenalty = 0;
      for (Violation v : violations) {
        if (v.responsibleParty().equals(partner.id())) {
          byStandard.merge(v.standard(), 1, Integer::sum);
          violationPenalty += weights.violationPoints().get(v.severity());
        }
      }
      if (own.isEmpty() && byStandard.isEmpty()) {
        continue;
      }
      int score = weights.start() - Math.min(weights.violationPointsCap(), violationPenalty);
      for (MetricResult m : own) {
        if (m.status() == MetricStatus.BAD) {
          Severity severity = severities.get(m.standard());
          if (severity == null) {
            throw new IllegalStateException(
                "metric of " + m.standard() + " has no standard in the pack");
          }
          score -= weights.badMetricPoints().get(severity);
        } else if (m.status() == MetricStatus.AT_RISK) {
          score -= weights.atRiskMetricPoints();
        }
      }
      score = Math.max(0, score);
      cards.add(
          Scorecard.builder()
              .party(partner.id())
              .window(window)
              .metrics(own)
              .violationsByStandard(byStandard)
              .score(score)
              .standing(weights.standing(score))
              .build());
    }
    return cards;
  }
}
