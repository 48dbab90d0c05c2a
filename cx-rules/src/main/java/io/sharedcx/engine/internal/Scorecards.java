package io.sharedcx.engine.internal;

import io.sharedcx.model.Partner;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Provenance;
import io.sharedcx.model.finding.Health;
import io.sharedcx.model.finding.HealthBand;
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
import java.time.Duration;
import java.time.Instant;
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
    static final HealthWeights HEALTH_WEIGHTS =
        read(Scorecards.class.getClassLoader(), HEALTH, HealthWeights.class);
  }

  static Weights load(ClassLoader loader) {
    return read(loader, WEIGHTS, Weights.class);
  }

  static <T> T read(ClassLoader loader, String resource, Class<T> type) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "the scorecard defaults "
                + resource
                + " are not on the class path. Maybe"
                + " cx-rules was built without its resources.");
      }
      return CxJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Where the health score's points, ages and bands live, with their source. */
  static final String HEALTH = "io/sharedcx/rules/health.json";

  /**
   * The health score's numbers (docs/HEALTH.md): the score starts at {@code start}; each journey
   * violation not yet aged out costs {@code journeyPoints} by severity, at most
   * {@code journeyPointsCapPerStandard} per standard; each window violation (a breached rate, repeated
   * complaints) costs {@code windowPoints} by severity; a violation ages out {@code ageOutDays} (by
   * severity) after its time; the first band whose {@code from} the score reaches is the band.
   *
   * @param provenance where the numbers come from
   * @param start the score before any deduction
   * @param journeyPoints points per journey violation, by severity
   * @param journeyPointsCapPerStandard the most one standard's journey violations may cost
   * @param windowPoints points per window violation, by severity
   * @param ageOutDays days after which a violation costs nothing, by severity
   * @param bands the bands, each from a lowest score, with its action
   */
  public record HealthWeights(
      Provenance provenance,
      int start,
      Map<Severity, Integer> journeyPoints,
      int journeyPointsCapPerStandard,
      Map<Severity, Integer> windowPoints,
      Map<Severity, Integer> ageOutDays,
      List<HealthStep> bands) {

    /** Checks that every severity has its points and age, and that the bands reach down to 0. */
    public HealthWeights {
      for (Severity s : Severity.values()) {
        if (!journeyPoints.containsKey(s)
            || !windowPoints.containsKey(s)
            || !ageOutDays.containsKey(s)) {
          throw new IllegalStateException(
              HEALTH
                  + " gives no points or age for severity "
                  + s
                  + ". Maybe add \""
                  + s
                  + "\" to journeyPoints, windowPoints and ageOutDays.");
        }
      }
      bands = new ArrayList<>(bands);
      bands.sort(Comparator.comparingInt(HealthStep::from).reversed());
      if (bands.isEmpty() || bands.get(bands.size() - 1).from() > 0) {
        throw new IllegalStateException(
            HEALTH
                + " has no band for a score of 0. Maybe add {\"band\": \"STOP_NEW_ORDERS\","
                + " \"from\": 0, \"action\": \"...\"}.");
      }
      bands = List.copyOf(bands);
      journeyPoints = Map.copyOf(journeyPoints);
      windowPoints = Map.copyOf(windowPoints);
      ageOutDays = Map.copyOf(ageOutDays);
    }

    /** The band of {@code score}: the one with the highest {@code from} at or under it. */
    public HealthStep band(int score) {
      for (HealthStep band : bands) {
        if (score >= band.from()) {
          return band;
        }
      }
      return bands.get(bands.size() - 1);
    }
  }

  /**
   * A health band.
   *
   * @param band the band
   * @param from the lowest score in it
   * @param action what it calls for, in one sentence
   */
  public record HealthStep(HealthBand band, int from, String action) {}

  /** The pack's health weights, read once from {@value #HEALTH}. */
  public static HealthWeights healthWeights() {
    return Holder.HEALTH_WEIGHTS;
  }

  /**
   * A partner's health at the window's end: its journey violations still within their age (in the
   * window or before it) and its window violations, in points by severity.
   *
   * @param weights the health weights
   * @param party the partner
   * @param asOf the instant the score is taken at (the window's end)
   * @param journeyViolations journey violations of any party, any time
   * @param windowViolations window violations of any party
   * @return the health, or null when the partner has no violation and no metric to speak of
   */
  public static Health health(
      HealthWeights weights,
      String party,
      Instant asOf,
      List<Violation> journeyViolations,
      List<Violation> windowViolations) {
    Map<String, Integer> journeyPoints = new TreeMap<>();
    Map<String, Integer> points = new TreeMap<>();
    int counted = 0;
    int agedOut = 0;
    for (Violation v : journeyViolations) {
      // A violation with no time cannot age; like the window's scorecard, the health leaves it out.
      if (!v.responsibleParty().equals(party) || v.at() == null || !v.at().isBefore(asOf)) {
        continue;
      }
      if (aged(weights, v, asOf)) {
        agedOut++;
        continue;
      }
      counted++;
      journeyPoints.merge(v.standard(), weights.journeyPoints().get(v.severity()), Integer::sum);
    }
    journeyPoints.forEach(
        (standard, p) -> points.put(standard, Math.min(weights.journeyPointsCapPerStandard(), p)));
    for (Violation v : windowViolations) {
      if (v.responsibleParty().equals(party)) {
        counted++;
        points.merge(v.standard(), weights.windowPoints().get(v.severity()), Integer::sum);
      }
    }
    int lost = points.values().stream().mapToInt(Integer::intValue).sum();
    int score = Math.max(0, weights.start() - lost);
    HealthStep band = weights.band(score);
    return Health.builder()
        .asOf(asOf)
        .score(score)
        .band(band.band())
        .action(band.action())
        .pointsByStandard(points)
        .violationsCounted(counted)
        .violationsAgedOut(agedOut)
        .source(weights.provenance())
        .build();
  }

  private static boolean aged(HealthWeights weights, Violation v, Instant asOf) {
    Duration age = Duration.between(v.at(), asOf);
    return age.compareTo(Duration.ofDays(weights.ageOutDays().get(v.severity()))) >= 0;
  }

  /** One scorecard per partner of the portfolio that has a metric or a violation in the window. */
  public static List<Scorecard> of(
      Portfolio portfolio,
      Window window,
      List<MetricResult> metrics,
      List<Violation> violations,
      Map<String, Severity> severities) {
    return of(portfolio, window, metrics, violations, severities, List.of(), List.of());
  }

  /**
   * One scorecard per partner of the portfolio that has a metric or a violation in the window, each
   * with its health score remembering the journey violations before the window until they age out.
   *
   * @param violations the violations in the window, journey and window ones
   * @param journeyViolations every journey violation assessed, in the window or before it
   * @param windowViolations the window violations
   */
  public static List<Scorecard> of(
      Portfolio portfolio,
      Window window,
      List<MetricResult> metrics,
      List<Violation> violations,
      Map<String, Severity> severities,
      List<Violation> journeyViolations,
      List<Violation> windowViolations) {
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
              .health(
                  health(
                      healthWeights(),
                      partner.id(),
                      window.to(),
                      journeyViolations,
                      windowViolations))
              .build());
    }
    return cards;
  }
}
