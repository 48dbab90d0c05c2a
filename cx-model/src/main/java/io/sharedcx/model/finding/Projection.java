package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Where a window metric is projected to land at the end of its window, from what was known at
 * {@link #knownUntil()} (the data's last instant, before the window's end). The events still to come are
 * expected at the pace seen so far in the window (denominator per hour elapsed), and to count at the
 * pooled rate of the window so far and the previous period, which damps a short, noisy start.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjection.class)
@JsonDeserialize(as = ImmutableProjection.class)
public abstract class Projection {
  Projection() {} // only the generated implementation extends it

  /** {@return the data's last instant: what the projection knows} */
  public abstract Instant knownUntil();

  /** {@return the projected numerator at the window's end, rounded} */
  public abstract long numerator();

  /** {@return the projected denominator at the window's end, rounded} */
  public abstract long denominator();

  /**
   * {@return the projected rate; absent when the projected denominator is below the minimum sample}
   */
  public abstract @Nullable Double rate();

  /** {@return the projected status at the window's end} */
  public abstract MetricStatus status();

  /** {@return starts a builder} */
  public static Projection.Builder builder() {
    return new Projection.Builder();
  }

  /** Builds a {@link Projection}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableProjection.Builder {
    Builder() {}
  }
}
