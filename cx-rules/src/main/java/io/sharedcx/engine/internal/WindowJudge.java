package io.sharedcx.engine.internal;

import io.sharedcx.authoring.Threshold;
import io.sharedcx.model.finding.Comparison;
import io.sharedcx.model.finding.Driver;
import io.sharedcx.model.finding.DriverDimension;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.MetricStatus;
import io.sharedcx.model.finding.PeriodValue;
import io.sharedcx.model.finding.Projection;
import io.sharedcx.model.finding.Trend;
import io.sharedcx.model.finding.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a window count into a {@link MetricResult}: rate, target, minimum sample and early-warning ratio
 * from the thresholds in force for the party under the count's partnership (agreed, else the pack's defaults), and status; beside it
 * the previous period and the trend, the projection, the burn rate, the overall rate and the drivers.
 * The formulas are documented in docs/WINDOW.md.
 */
public final class WindowJudge {
  private WindowJudge() {}

  /** The two-sided 95 % critical value of the standard normal distribution. */
  static final double Z_95 = 1.959964;

  /** Drivers listed per dimension. */
  static final int TOP_PER_DIMENSION = 3;

  /**
   * What a window standard measures: the sentence naming its numerator and denominator, and whether its
   * target is a most or a least. Declared on the standard's window rule as {@code @measure(...)} and
   * {@code @comparison(AT_MOST|AT_LEAST)}.
   *
   * @param measure e.g. "late shipments / shipments with an expected ship date"
   * @param comparison how the rate compares with the target
   */
  public record Measure(String measure, Comparison comparison) {}

  /**
   * What a window assessment asks for beyond the window itself.
   *
   * @param periods the periods of the trend line, the window included (1: no trend line)
   * @param lookBack the periods an adaptive look-back may widen to below the minimum sample (0: none)
   * @param knownUntil the data's last instant, for the projection; null when unknown
   */
  public record Asked(int periods, int lookBack, @Nullable Instant knownUntil) {}

  /** The target, minimum sample and early-warning ratio in force for one metric. */
  private record Target(
      double value, long min, double ratio, Comparison comparison, Threshold threshold) {

    /** The failure rate of a rate (itself for an at-most target, its complement otherwise). */
    double failure(double rate) {
      return comparison == Comparison.AT_MOST ? rate : 1 - rate;
    }

    /** The failure rate the target allows. */
    double allowed() {
      return comparison == Comparison.AT_MOST ? value : 1 - value;
    }

    /** The numerator of counts: failed for an at-most target, met otherwise. */
    long numerator(long met, long failed) {
      return comparison == Comparison.AT_MOST ? failed : met;
    }

    MetricStatus status(long numerator, long denominator) {
      return WindowJudge.status(value, min, ratio, comparison, numerator, denominator);
    }

    @Nullable Double rate(long numerator, long denominator) {
      return status(numerator, denominator) == MetricStatus.INSUFFICIENT_DATA
          ? null
          : (double) numerator / denominator;
    }
  }

  /**
   * A metric's status from its counts: INSUFFICIENT_DATA below the minimum sample, BAD over the allowed
   * failure rate, AT_RISK from the warning ratio of it, GOOD below.
   *
   * @param target the target rate
   * @param min the minimum sample
   * @param ratio the early-warning ratio of the allowed failure rate
   * @param comparison how the rate compares with the target
   * @param numerator failed cases for an at-most target, met cases otherwise
   * @param denominator the cases
   * @return the status
   */
  public static MetricStatus status(
      double target,
      long min,
      double ratio,
      Comparison comparison,
      long numerator,
      long denominator) {
    if (denominator < min || denominator == 0) {
      return MetricStatus.INSUFFICIENT_DATA;
    }
    double rate = (double) numerator / denominator;
    double failure = comparison == Comparison.AT_MOST ? rate : 1 - rate;
    double allowed = comparison == Comparison.AT_MOST ? target : 1 - target;
    return failure > allowed + 1e-12
        ? MetricStatus.BAD
        : failure >= ratio * allowed - 1e-12 && failure > 0
            ? MetricStatus.AT_RISK
            : MetricStatus.GOOD;
  }

  /**
   * Judges a count over the window alone (no trend line, no look-back, no projection).
   *
   * @throws IllegalStateException when the standard lacks a {@code windowTarget}, {@code minSample} or
   *     {@code atRiskRatio} default
   */
  public static MetricResult judge(
      WindowTally.Count count, Measure measure, Window window, List<Threshold> thresholds) {
    return judge(count, measure, window, thresholds, new Asked(1, 0, null));
  }

  /**
   * Judges a count. The numerator is the failed cases for an at-most target, the met ones for an
   * at-least target. Below the minimum sample: INSUFFICIENT_DATA with no rate, unless an adaptive
   * look-back widens the window to one that holds the minimum sample. For an at-most target, BAD above
   * it and AT_RISK from {@code atRiskRatio} of it; for an at-least target the same on the complement (the
   * failure rate against the allowed failure rate).
   *
   * @throws IllegalStateException when the standard lacks a {@code windowTarget}, {@code minSample} or
   *     {@code atRiskRatio} default
   */
  public static MetricResult judge(
      WindowTally.Count count,
      Measure measure,
      Window window,
      List<Threshold> thresholds,
      Asked asked) {
    Threshold threshold = Agreements.required(thresholds, count.standard, "windowTarget");
    Target target =
        new Target(
            threshold.value(),
            (long) Agreements.required(thresholds, count.standard, "minSample").value(),
            Agreements.required(thresholds, count.standard, "atRiskRatio").value(),
            measure.comparison(),
            threshold);
    long met = count.met[0];
    long failed = count.failed[0];
    long excluded = count.excluded[0];
    Window judged = window;
    List<String> drivers = count.drivers;
    Map<String, long[]> dimensions = count.dimensions;
    Window lookBack = null;
    if (asked.lookBack() > 1 && met + failed < target.min) {
      for (int k = 1; k < asked.lookBack(); k++) {
        met += count.met[k];
        failed += count.failed[k];
        excluded += count.excluded[k];
      }
      judged = widened(window, asked.lookBack());
      lookBack = judged;
      drivers = count.lookBackDrivers;
      dimensions = count.lookBackDimensions;
    }
    long denominator = met + failed;
    long numerator = target.numerator(met, failed);
    MetricStatus status = target.status(numerator, denominator);
    var result =
        MetricResult.builder()
            .standard(count.standard)
            .measure(measure.measure())
            .party(count.party)
            .partnership(count.partnership)
            .window(window)
            .numerator(numerator)
            .denominator(denominator)
            .excluded(excluded)
            .target(target.value)
            .comparison(target.comparison)
            .minSample(target.min)
            .targetSource(threshold.provenance())
            .status(status)
            .lookBack(lookBack)
            .addThresholds(
                Agreements.applied(threshold, count.partnership),
                Agreements.applied(
                    Agreements.required(thresholds, count.standard, "minSample"),
                    count.partnership),
                Agreements.applied(
                    Agreements.required(thresholds, count.standard, "atRiskRatio"),
                    count.partnership));
    PeriodValue previous = period(count, 1, window, target);
    result.previous(previous).trend(trend(count, target));
    if (asked.periods() > 1) {
      for (int k = asked.periods() - 1; k >= 0; k--) {
        result.addHistory(period(count, k, window, target));
      }
    }
    result.projection(projection(count, window, target, asked.knownUntil()));
    result.topDrivers(topDrivers(dimensions, failed));
    if (status == MetricStatus.INSUFFICIENT_DATA) {
      return result.build();
    }
    double rate = (double) numerator / denominator;
    long all = denominator + excluded;
    double overall =
        target.comparison == Comparison.AT_MOST
            ? (double) (numerator + excluded) / all
            : (double) numerator / all;
    result.rate(rate).overallRate(overall);
    double allowed = target.allowed();
    if (allowed > 1e-12) {
      double burn = target.failure(rate) / allowed;
      result.burnRate(burn);
      if (burn > 1 + 1e-12) {
        Duration length = Duration.between(judged.from(), judged.to());
        result.breachAt(judged.from().plusNanos((long) (length.toNanos() / burn)));
      }
    }
    if (status != MetricStatus.GOOD) {
      result.drivers(drivers);
    }
    return result.build();
  }

  private static Window widened(Window window, int periods) {
    Duration length = Duration.between(window.from(), window.to());
    return Window.of(window.from().minus(length.multipliedBy(periods - 1L)), window.to());
  }

  private static PeriodValue period(WindowTally.Count count, int k, Window window, Target target) {
    Duration back = Duration.between(window.from(), window.to()).multipliedBy(k);
    long denominator = count.met[k] + count.failed[k];
    long numerator = target.numerator(count.met[k], count.failed[k]);
    return PeriodValue.builder()
        .window(Window.of(window.from().minus(back), window.to().minus(back)))
        .numerator(numerator)
        .denominator(denominator)
        .excluded(count.excluded[k])
        .rate(target.rate(numerator, denominator))
        .status(target.status(numerator, denominator))
        .build();
  }

  /**
   * The trend of the window against the period before: a two-proportion z-test on the failure rates
   * (pooled standard error, NIST/SEMATECH e-Handbook of Statistical Methods 7.3.3), a change only beyond
   * the 95 % level and only when both periods hold the minimum sample.
   */
  static Trend trend(WindowTally.Count count, Target target) {
    long n1 = count.met[0] + count.failed[0];
    long n2 = count.met[1] + count.failed[1];
    if (n1 < Math.max(1, target.min) || n2 < Math.max(1, target.min)) {
      return Trend.INSUFFICIENT_DATA;
    }
    return trend(count.failed[0], n1, count.failed[1], n2);
  }

  /**
   * Whether {@code failed1} of {@code n1} differs from {@code failed2} of {@code n2} beyond chance, and
   * which way: fewer failures now is IMPROVING.
   */
  static Trend trend(long failed1, long n1, long failed2, long n2) {
    double p1 = (double) failed1 / n1;
    double p2 = (double) failed2 / n2;
    double pooled = (double) (failed1 + failed2) / (n1 + n2);
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    if (se == 0) {
      return Trend.STEADY;
    }
    double z = (p1 - p2) / se;
    if (Math.abs(z) < Z_95) {
      return Trend.STEADY;
    }
    return z < 0 ? Trend.IMPROVING : Trend.WORSENING;
  }

  /**
   * The window's projected end when the data stops inside it: the events still to come at the pace seen
   * so far, counting at the pooled rate of the window so far and the previous period.
   */
  static @Nullable Projection projection(
      WindowTally.Count count, Window window, Target target, @Nullable Instant knownUntil) {
    if (knownUntil == null
        || !knownUntil.isAfter(window.from())
        || !knownUntil.isBefore(window.to())) {
      return null;
    }
    double elapsed = Duration.between(window.from(), knownUntil).toMillis();
    double remaining = Duration.between(knownUntil, window.to()).toMillis();
    long denominator = count.met[0] + count.failed[0];
    long numerator = target.numerator(count.met[0], count.failed[0]);
    long pooledDenominator = denominator + count.met[1] + count.failed[1];
    long pooledNumerator = numerator + target.numerator(count.met[1], count.failed[1]);
    double coming = denominator * remaining / elapsed;
    double rate = pooledDenominator == 0 ? 0 : (double) pooledNumerator / pooledDenominator;
    long projectedDenominator = Math.round(denominator + coming);
    long projectedNumerator = Math.min(projectedDenominator, Math.round(numerator + coming * rate));
    return Projection.builder()
        .knownUntil(knownUntil)
        .numerator(projectedNumerator)
        .denominator(projectedDenominator)
        .rate(target.rate(projectedNumerator, projectedDenominator))
        .status(target.status(projectedNumerator, projectedDenominator))
        .build();
  }

  /** The carriers, nodes and products of the failed cases, by their share of them, three of each. */
  static List<Driver> topDrivers(Map<String, long[]> dimensions, long failed) {
    if (failed == 0) {
      return List.of();
    }
    Map<DriverDimension, List<Driver>> byDimension = new EnumMap<>(DriverDimension.class);
    dimensions.forEach(
        (key, n) -> {
          if (n[0] > 0) {
            int cut = key.indexOf('\u0000');
            DriverDimension dimension = DriverDimension.valueOf(key.substring(0, cut));
            byDimension
                .computeIfAbsent(dimension, d -> new ArrayList<>())
                .add(
                    Driver.builder()
                        .dimension(dimension)
                        .value(key.substring(cut + 1))
                        .failed(n[0])
                        .cases(n[1])
                        .share((double) n[0] / failed)
                        .build());
          }
        });
    Comparator<Driver> order =
        Comparator.comparingLong(Driver::failed)
            .reversed()
            .thenComparing(Driver::dimension)
            .thenComparing(Driver::value);
    List<Driver> top = new ArrayList<>();
    for (List<Driver> each : byDimension.values()) {
      each.sort(order);
      top.addAll(each.subList(0, Math.min(TOP_PER_DIMENSION, each.size())));
    }
    top.sort(order);
    return top;
  }
}
