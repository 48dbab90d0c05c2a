package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A window metric's value over one period: the counts, the rate (absent below the minimum sample, never
 * 0) and the status, judged against the same target as the metric it belongs to.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriodValue.class)
@JsonDeserialize(as = ImmutablePeriodValue.class)
public abstract class PeriodValue {
  PeriodValue() {} // only the generated implementation extends it

  /** {@return the period} */
  public abstract Window window();

  /** {@return the events counted (defects, or successes for an at-least target)} */
  public abstract long numerator();

  /** {@return the eligible events, after exclusions} */
  public abstract long denominator();

  /** {@return events the standard excused} */
  @Value.Default
  public long excluded() {
    return 0;
  }

  /** {@return numerator / denominator; absent when the sample is insufficient} */
  public abstract @Nullable Double rate();

  /** {@return the status against the metric's target} */
  public abstract MetricStatus status();

  /** {@return starts a builder} */
  public static PeriodValue.Builder builder() {
    return new PeriodValue.Builder();
  }

  /** Builds a {@link PeriodValue}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutablePeriodValue.Builder {
    Builder() {}
  }
}
