package io.sharedcx.engine.internal;

import io.sharedcx.authoring.Threshold;
import io.sharedcx.model.finding.Comparison;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.MetricStatus;
import io.sharedcx.model.finding.Window;
import java.util.List;

/**
 * Turns a window count into a {@link MetricResult}: rate, target, minimum sample and early-warning ratio
 * from the thresholds in force for the party under the count's partnership (agreed, else the pack's
 * defaults), and status.
 */
public final class WindowJudge {
  private WindowJudge() {}

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
   * Judges a count. The numerator is the failed cases for an at-most target, the met ones for an
   * at-least target. Below the minimum sample: INSUFFICIENT_DATA with no rate. For an at-most target,
   * BAD above it and AT_RISK from {@code atRiskRatio} of it; for an at-least target the same on the
   * complement (the failure rate against the allowed failure rate).
   *
   * @throws IllegalStateException when the standard lacks a {@code windowTarget}, {@code minSample} or
   *     {@code atRiskRatio} default
   */
  public static MetricResult judge(
      WindowTally.Count count, Measure measure, Window window, List<Threshold> thresholds) {
    Threshold target = Agreements.required(thresholds, count.standard, "windowTarget");
    long min = (long) Agreements.required(thresholds, count.standard, "minSample").value();
    double ratio = Agreements.required(thresholds, count.standard, "atRiskRatio").value();
    Comparison comparison = measure.comparison();
    long denominator = count.met + count.failed;
    long numerator = comparison == Comparison.AT_MOST ? count.failed : count.met;
    var result =
        MetricResult.builder()
            .standard(count.standard)
            .measure(measure.measure())
            .party(count.party)
            .partnership(count.partnership)
            .window(window)
            .numerator(numerator)
            .denominator(denominator)
            .excluded(count.excluded)
            .target(target.value())
            .comparison(comparison)
            .minSample(min)
            .targetSource(target.provenance())
            .addThresholds(
                Agreements.applied(target, count.partnership),
                Agreements.applied(
                    Agreements.required(thresholds, count.standard, "minSample"),
                    count.partnership),
                Agreements.applied(
                    Agreements.required(thresholds, count.standard, "atRiskRatio"),
                    count.partnership));
    if (denominator < min || denominator == 0) {
      return result.status(MetricStatus.INSUFFICIENT_DATA).build();
    }
    double rate = (double) numerator / denominator;
    double failure = comparison == Comparison.AT_MOST ? rate : 1 - rate;
    double allowed = comparison == Comparison.AT_MOST ? target.value() : 1 - target.value();
    MetricStatus status =
        failure > allowed + 1e-12
            ? MetricStatus.BAD
            : failure >= ratio * allowed - 1e-12 && failure > 0
                ? MetricStatus.AT_RISK
                : MetricStatus.GOOD;
    result.rate(rate).status(status);
    if (status != MetricStatus.GOOD) {
      result.drivers(count.drivers);
    }
    return result.build();
  }
}
