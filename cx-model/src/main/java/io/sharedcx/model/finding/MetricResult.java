package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.sharedcx.model.Provenance;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One window metric of one party under one partnership: how many events were eligible (denominator), how many counted
 * (numerator), the rate, the target it is held to and where that target came from, and the status. Below
 * the minimum sample the status is {@link MetricStatus#INSUFFICIENT_DATA} and the rate is absent, never 0.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMetricResult.class)
@JsonDeserialize(as = ImmutableMetricResult.class)
public abstract class MetricResult {
  MetricResult() {} // only the generated implementation extends it

  /** The standard the metric belongs to. */
  public abstract String standard();

  /** What is counted, in words: "late shipments / shipments with an expected ship date". */
  public abstract String measure();

  /** The party measured. */
  public abstract String party();

  /**
   * The partnership whose agreement the party was judged under: the cases of a partner with two brands
   * are counted apart, each brand's against its own agreement. Absent when the party is in no
   * partnership.
   */
  public abstract @Nullable String partnership();

  /** The window. */
  public abstract Window window();

  /** The events counted (defects, or successes for an at-least target). */
  public abstract long numerator();

  /** The eligible events, after exclusions. */
  public abstract long denominator();

  /** Events excluded (buyer-caused, force majeure...), reported so nothing is silently dropped. */
  @Value.Default
  public long excluded() {
    return 0;
  }

  /** numerator / denominator; absent when the sample is insufficient. */
  public abstract @Nullable Double rate();

  /** The target the rate is held to. */
  public abstract double target();

  /** At most or at least the target. */
  public abstract Comparison comparison();

  /** The smallest denominator that can be judged. */
  public abstract long minSample();

  /** Where the target came from (pack default with its source, or the agreement). */
  public abstract Provenance targetSource();

  /** The thresholds it was judged with: its target, minimum sample and early-warning ratio. */
  public abstract List<AppliedThreshold> thresholds();

  /** The status. */
  public abstract MetricStatus status();

  /** The events behind a BAD or AT_RISK status, by id (the first few). */
  public abstract List<String> drivers();

  /** Starts a builder. */
  public static MetricResult.Builder builder() {
    return new MetricResult.Builder();
  }

  /** Builds a {@link MetricResult}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableMetricResult.Builder {
    Builder() {}
  }
}
