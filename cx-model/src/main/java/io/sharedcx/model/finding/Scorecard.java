package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A partner's scorecard over a window: each window metric with its status, the violations by standard,
 * and the standing derived from them. The score starts at 100 and loses 25 per BAD metric (40 for a
 * CRITICAL standard), 10 per AT_RISK metric, and per violation 1 (MEDIUM), 2 (HIGH) or 5 (CRITICAL), at
 * most 30 for violations; the band follows from the score (see {@link Standing}). Beside the score, the
 * {@link Health} remembers violations from before the window until they age out.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScorecard.class)
@JsonDeserialize(as = ImmutableScorecard.class)
public abstract class Scorecard {
  Scorecard() {} // only the generated implementation extends it

  /** {@return the partner} */
  public abstract String party();

  /** {@return the window} */
  public abstract Window window();

  /** {@return its window metrics, by standard} */
  public abstract List<MetricResult> metrics();

  /** {@return its violations in the window, counted by standard} */
  public abstract Map<String, Integer> violationsByStandard();

  /** {@return the score, 0 to 100} */
  public abstract int score();

  /** {@return the standing band} */
  public abstract Standing standing();

  /** {@return the health score with memory; absent on scorecards made before it existed} */
  public abstract @Nullable Health health();

  /**
   * {@return the metric of one standard, if measured}
   *
   * @param standard a standard id
   */
  public java.util.Optional<MetricResult> metric(String standard) {
    return metrics().stream().filter(m -> m.standard().equals(standard)).findFirst();
  }

  /** {@return a new, empty builder} */
  public static Scorecard.Builder builder() {
    return new Scorecard.Builder();
  }

  /** Builds a {@link Scorecard}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableScorecard.Builder {
    Builder() {}
  }
}
