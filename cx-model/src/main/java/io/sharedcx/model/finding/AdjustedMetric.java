package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A window metric raw and adjusted: the adjusted figures leave out the failed cases whose journey
 * violations were exempted or reversed, from the numerator's failures and from the denominator alike.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdjustedMetric.class)
@JsonDeserialize(as = ImmutableAdjustedMetric.class)
public abstract class AdjustedMetric {
  AdjustedMetric() {} // only the generated implementation extends it

  /** {@return the metric as assessed (the raw figures)} */
  public abstract MetricResult raw();

  /** {@return the failed cases left out: exempted or reversed violations of this metric's cases} */
  public abstract long removed();

  /** {@return the adjusted numerator} */
  public abstract long numerator();

  /** {@return the adjusted denominator} */
  public abstract long denominator();

  /** {@return the adjusted rate; null when the adjusted status is INSUFFICIENT_DATA} */
  public abstract @Nullable Double rate();

  /** {@return the adjusted status, judged with the raw metric's target, minimum sample and warning} */
  public abstract MetricStatus status();

  /** {@return a new, empty builder} */
  public static AdjustedMetric.Builder builder() {
    return new AdjustedMetric.Builder();
  }

  /** Builds an {@link AdjustedMetric}; every setter returns this builder. */
  public static final class Builder extends ImmutableAdjustedMetric.Builder {
    Builder() {}
  }
}
