package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.sharedcx.model.Provenance;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One window metric of one party under one partnership: how many events were eligible (denominator), how many counted
 * (numerator), the rate, the target it is held to and where that target came from, and the status. Below
 * the minimum sample the status is {@link MetricStatus#INSUFFICIENT_DATA} and the rate is absent, never 0.
 *
 * <p>The rate is the one the party is accountable for: the cases its standard excuses (excused carrier
 * delays, buyer cancellations, late collect freight...) are out of it, and in {@link #overallRate()}.
 * Beside it: the previous period of equal length and the {@link Trend} against it, a {@link Projection}
 * of the window's end when the data stops before it, the burn rate and when the target breaks at that
 * pace, the top carriers, nodes and products behind the failures, and, on request, the last periods for
 * a trend line. The formulas are in docs/WINDOW.md.
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

  /**
   * {@return the partnership whose agreement the party was judged under}: the cases of a partner with
   * two brands are counted apart, each brand's against its own agreement. Absent when the party is in
   * no partnership.
   */
  public abstract @Nullable String partnership();

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

  /**
   * {@return the thresholds it was judged with: its target, minimum sample and early-warning ratio}
   */
  public abstract List<AppliedThreshold> thresholds();

  /** {@return the status} */
  public abstract MetricStatus status();

  /** {@return the events behind a BAD or AT_RISK status, by id (the first few)} */
  public abstract List<String> drivers();

  /**
   * {@return the rate with the excused cases counted as they happened (each standard's exclusions are failures it
   * excuses: a late delivery for a known cause, a cancellation the buyer asked for): for an at-most
   * target (numerator + excluded) / (denominator + excluded), for an at-least target numerator /
   * (denominator + excluded). Absent when {@link #rate()} is}
   */
  public abstract @Nullable Double overallRate();

  /**
   * {@return the previous period of equal length, just before the window; absent when not computed}
   */
  public abstract @Nullable PeriodValue previous();

  /**
   * {@return the direction against {@link #previous()}, with its noise guard (see {@link Trend})}
   */
  @Value.Default
  public Trend trend() {
    return Trend.INSUFFICIENT_DATA;
  }

  /**
   * {@return where the window is projected to end; absent unless the data stops before the window's end}
   */
  public abstract @Nullable Projection projection();

  /**
   * {@return the burn rate: the observed failure rate divided by the failure rate the target allows (for an
   * at-least target, (1 - rate) / (1 - target)). Above 1 the window's allowance of failures runs out
   * before its end. Absent when {@link #rate()} is, or when the target allows no failure at all}
   */
  public abstract @Nullable Double burnRate();

  /**
   * {@return when the window's allowance of failures runs out at the burn rate: its start plus its length divided
   * by the burn rate (the error-budget arithmetic of Google's SRE Workbook, "Alerting on SLOs"). Present
   * only when the burn rate is above 1; an instant already past means the allowance is spent}
   */
  public abstract @Nullable Instant breachAt();

  /**
   * {@return the carriers, nodes and products behind the failures, each with its share of the failed cases,
   * largest first (at most three of each dimension)}
   */
  public abstract List<Driver> topDrivers();

  /**
   * {@return the last periods of the window's length, oldest first, ending with the window itself: a trend line.
   * Empty unless more than one period was asked for}
   */
  public abstract List<PeriodValue> history();

  /**
   * {@return the longer window the metric was judged over instead, because the window itself held fewer events
   * than the minimum sample (an adaptive look-back, as eBay widens its evaluation period for sellers with
   * few transactions): numerator, denominator, rate, status and drivers are then of this window. Absent
   * when the window was judged as asked}
   */
  public abstract @Nullable Window lookBack();

  /** {@return a new, empty builder} */
  public static MetricResult.Builder builder() {
    return new MetricResult.Builder();
  }

  /** Builds a {@link MetricResult}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableMetricResult.Builder {
    Builder() {}
  }
}
