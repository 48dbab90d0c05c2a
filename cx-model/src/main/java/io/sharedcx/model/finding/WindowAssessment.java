package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A portfolio judged over a window: every window metric, the violations of window standards (BAD
 * metrics and outer-loop signals), the recommendations that answer them (one per partner and standard,
 * with the count of violations behind it), and a scorecard per partner.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWindowAssessment.class)
@JsonDeserialize(as = ImmutableWindowAssessment.class)
public abstract class WindowAssessment {
  WindowAssessment() {} // only the generated implementation extends it

  /** The window. */
  public abstract Window window();

  /** Every metric computed, GOOD, AT_RISK, BAD or INSUFFICIENT_DATA. */
  public abstract List<MetricResult> metrics();

  /** The window violations. */
  public abstract List<Violation> violations();

  /** The recommendations, aggregated per accountable partner and standard. */
  public abstract List<Recommendation> recommendations();

  /** One scorecard per partner. */
  public abstract List<Scorecard> scorecards();

  /** The scorecard of one partner, if it had any activity in the window. */
  public Optional<Scorecard> scorecard(String party) {
    return scorecards().stream().filter(s -> s.party().equals(party)).findFirst();
  }

  /** Starts a builder. */
  public static WindowAssessment.Builder builder() {
    return new WindowAssessment.Builder();
  }

  /** Builds a {@link WindowAssessment}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableWindowAssessment.Builder {
    Builder() {}
  }
}
