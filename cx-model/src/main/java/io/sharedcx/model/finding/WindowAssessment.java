package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A portfolio judged over a window: every window metric, the violations of window standards (BAD
 * metrics and outer-loop signals), the recommendations that answer them (one per partner and standard,
 * with the count of violations behind it), a scorecard per partner, and the journeys that could not be
 * assessed.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWindowAssessment.class)
@JsonDeserialize(as = ImmutableWindowAssessment.class)
public abstract class WindowAssessment {
  WindowAssessment() {} // only the generated implementation extends it

  /** {@return the window} */
  public abstract Window window();

  /** {@return every metric computed, GOOD, AT_RISK, BAD or INSUFFICIENT_DATA} */
  public abstract List<MetricResult> metrics();

  /** {@return the window violations} */
  public abstract List<Violation> violations();

  /** {@return the recommendations, aggregated per accountable partner and standard} */
  public abstract List<Recommendation> recommendations();

  /** {@return one scorecard per partner} */
  public abstract List<Scorecard> scorecards();

  /**
   * {@return the journeys that could not be assessed, and why: none of their cases is counted in a
   * metric and none of their violations in a scorecard, so a window with failures judges less than its
   * portfolio holds}
   */
  public abstract List<Failure> failures();

  /**
   * {@return the scorecard of one partner, if it had any activity in the window}
   *
   * @param party a partner id
   */
  public Optional<Scorecard> scorecard(String party) {
    return scorecards().stream().filter(s -> s.party().equals(party)).findFirst();
  }

  /** {@return a new, empty builder} */
  public static WindowAssessment.Builder builder() {
    return new WindowAssessment.Builder();
  }

  /** Builds a {@link WindowAssessment}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableWindowAssessment.Builder {
    Builder() {}
  }
}
