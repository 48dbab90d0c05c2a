package io.sharedcx.engine.internal;

import io.sharedcx.authoring.Threshold;
import io.sharedcx.model.finding.Comparison;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.MetricStatus;
import io.sharedcx.model.finding.Window;
import java.util.List;

/** Turns a window count into a {@link MetricResult}: rate, target from the thresholds in force, and status. */
public final class WindowJudge {
  static final double DEFAULT_AT_RISK_RATIO = 0.75;
  static final long DEFAULT_MIN_SAMPLE = 20;

  private WindowJudge() {}

  /**
   * Judges a count. Below the minimum sample: INSUFFICIENT_DATA with no rate. For an at-most target,
   * BAD above it and AT_RISK from {@code atRiskRatio} of it; for an at-least target the same on the
   * complement (the failure rate against the allowed failure rate).
   */
  public static MetricResult judge(WindowMetrics.Count count, Window window, List<Threshold> thresholds) {
    Threshold target = find(thresholds, count.standard, "windowTarget");
    if (target == null) {
      throw new IllegalStateException("standard " + count.standard + " has no windowTarget threshold. Maybe add "
          + "it to io/sharedcx/rules/defaults/" + count.standard + ".json.");
    }
    Threshold minSample = find(thresholds, count.standard, "minSample");
    Threshold atRisk = find(thresholds, count.standard, "atRiskRatio");
    long min = minSample == null ? DEFAULT_MIN_SAMPLE : (long) minSample.value();
    double ratio = atRisk == null ? DEFAULT_AT_RISK_RATIO : atRisk.value();
    var result = MetricResult.builder()
        .standard(count.standard)
        .measure(count.measure)
        .party(count.party)
        .window(window)
        .numerator(count.numerator)
        .denominator(count.denominator)
        .excluded(count.excluded)
        .target(target.value())
        .comparison(count.comparison)
        .minSample(min)
        .targetSource(target.provenance());
    if (count.denominator < min || count.denominator == 0) {
      return result.status(MetricStatus.INSUFFICIENT_DATA).build();
    }
    double rate = (double) count.numerator / count.denominator;
    double failure = count.comparison == Comparison.AT_MOST ? rate : 1 - rate;
    double allowed = count.comparison == Comparison.AT_MOST ? target.value() : 1 - target.value();
    MetricStatus status = failure > allowed + 1e-12 ? MetricStatus.BAD
        : failure >= ratio * allowed - 1e-12 && failure > 0 ? MetricStatus.AT_RISK : MetricStatus.GOOD;
    result.rate(rate).status(status);
    if (status != MetricStatus.GOOD) {
      result.drivers(count.drivers);
    }
    return result.build();
  }

  static Threshold find(List<Threshold> thresholds, String standard, String key) {
    for (Threshold t : thresholds) {
      if (t.standard().equals(standard) && t.key().equals(key)) {
        return t;
      }
    }
    return null;
  }
}
