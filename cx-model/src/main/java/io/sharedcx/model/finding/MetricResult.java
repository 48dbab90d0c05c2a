package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.sharedcx.model.Provenance;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One window metric of one party: how many events were eligible (denominator), how many counted
 * (numerator), the rate, the target it is held to and where that target came from, and the status. Below
 * the minimum sample the status is {@link MetricStatus#INSUFFICIENT_DATA} and the rate is absent, never 0.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMetricResult.class)
@JsonDeserialize(as = ImmutableMetricResult.class)
public abstract class MetricResult {
  MetricResult() {} // only the generated implementation extends it

  /** {@return the standard the metric belongs to} */
  public abstract String standard();

  /**
   * {@return what is counted, in words: "late shipments / shipments with an expected ship date"}
   */
  public abstract String measure();

  /** {@return the party measured} */
  public abstract String party();

  /** {@return the window} */
  public abstract Window window();

  /** {@return the events counted (defects, or successes for an at-least target)} */
  public abstract long numerator();

  /** {@return the eligible events, after exclusions} */
  public abstract long denominator();

  /**
   * {@return events excluded (buyer-caused, force majeure...), reported so nothing is silently
   * dropped}
   */
  @Value.Default
  public long excluded() {
    return 0;
  }

  /** {@return numerator / denominator; absent when the sample is insufficient} */
  public abstract @Nullable Double rate();

  /** {@return the target the rate is held to} */
  public abstract double target();

  /** {@return at most or at least the target} */
  public abstract Comparison comparison();

  /** {@return the smallest denominator that can be judged} */
  public abstract long minSample();

  /** {@return where the target came from (pack default with its source, or the agreement)} */
  public abstract Provenance targetSource();

  /** {@return the status} */
  public abstract MetricStatus status();

  /** {@return the events behind a BAD or AT_RISK status, by id (the first few)} */
  public abstract List<String> drivers();

  /** {@return a new, empty builder} */
  public static MetricResult.Builder builder() {
    return new MetricResult.Builder();
  }

  /** Builds a {@link MetricResult}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableMetricResult.Builder {
    Builder() {}
  }
}
