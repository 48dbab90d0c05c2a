package io.sharedcx.test;

import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.MetricStatus;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on one window metric of one party; reached through {@link WindowAssessmentAssert#metric}. */
public final class MetricAssert extends AbstractObjectAssert<MetricAssert, MetricResult> {
  private static final double TOLERANCE = 1e-9;

  MetricAssert(MetricResult actual) {
    super(actual, MetricAssert.class);
  }

  /**
   * Verifies the metric's status.
   *
   * @param status GOOD, AT_RISK, BAD or INSUFFICIENT_DATA
   * @return this
   */
  public MetricAssert hasStatus(MetricStatus status) {
    isNotNull();
    if (actual.status() != status) {
      failWithMessage(
          "Expected %s of %s to be %s but was %s: %s",
          actual.standard(), actual.party(), status, actual.status(), FindingText.of(actual));
    }
    return this;
  }

  /**
   * Verifies what was counted: the events that count (numerator) out of the eligible ones (denominator).
   *
   * @param numerator the events counted
   * @param denominator the eligible events
   * @return this
   */
  public MetricAssert hasCounts(long numerator, long denominator) {
    isNotNull();
    if (actual.numerator() != numerator || actual.denominator() != denominator) {
      failWithMessage(
          "Expected %s of %s to count %d/%d but counted %d/%d: %s",
          actual.standard(),
          actual.party(),
          numerator,
          denominator,
          actual.numerator(),
          actual.denominator(),
          FindingText.of(actual));
    }
    return this;
  }

  /**
   * Verifies the rate (absent below the minimum sample, so this fails then).
   *
   * @param rate the expected rate, a fraction
   * @return this
   */
  public MetricAssert hasRate(double rate) {
    isNotNull();
    if (actual.rate() == null || Math.abs(actual.rate() - rate) > TOLERANCE) {
      failWithMessage(
          "Expected %s of %s to have the rate %s but had %s: %s",
          actual.standard(),
          actual.party(),
          rate,
          actual.rate() == null ? "none (sample below the minimum)" : actual.rate(),
          FindingText.of(actual));
    }
    return this;
  }

  /**
   * Verifies the target the rate is held to.
   *
   * @param target the expected target, a fraction
   * @return this
   */
  public MetricAssert hasTarget(double target) {
    isNotNull();
    if (Math.abs(actual.target() - target) > TOLERANCE) {
      failWithMessage(
          "Expected %s of %s to be held to %s but was held to %s (%s): %s",
          actual.standard(),
          actual.party(),
          target,
          actual.target(),
          actual.targetSource().source(),
          FindingText.of(actual));
    }
    return this;
  }
}
