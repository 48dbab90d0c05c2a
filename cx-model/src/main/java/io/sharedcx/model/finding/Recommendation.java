package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What to do about one or more violations: the action, the owner who acts (the party the customer
 * deals with), the party accountable for fixing the cause, and when it is due.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecommendation.class)
@JsonDeserialize(as = ImmutableRecommendation.class)
public abstract class Recommendation {
  Recommendation() {} // only the generated implementation extends it

  /** {@return a stable id, derived from the standard, the owner and the violations answered} */
  public abstract String id();

  /** {@return the standard whose violations it answers} */
  public abstract String standard();

  /** {@return what to do, in one sentence} */
  public abstract String action();

  /** {@return who acts: the party the customer deals with} */
  public abstract String owner();

  /** {@return who must fix the cause} */
  public abstract String accountableParty();

  /**
   * {@return the party the customer dealt with in the violations it answers (see {@link
   * Violation#customerFacingParty()}); null when unknown}
   */
  public abstract @Nullable String customerFacingParty();

  /** {@return the brand whose promise the violations it answers broke; null when none} */
  public abstract @Nullable String brand();

  /**
   * {@return the partnership under which the owner holds the accountable party to its agreement, when
   * the accountable party serves a principal: e.g. a retailer and its drop-ship supplier; null when none}
   */
  public abstract @Nullable String partnership();

  /** {@return when it is due, if a due time could be set} */
  public abstract @Nullable Instant dueBy();

  /** {@return the ids of the violations it answers} */
  public abstract List<String> answers();

  /**
   * {@return how many violations it answers: more than one when repeated violations of a partner
   * are aggregated}
   */
  @Value.Default
  public int count() {
    return answers().size();
  }

  /** {@return the rule that made it} */
  public abstract String rule();

  /** {@return a new, empty builder} */
  public static Recommendation.Builder builder() {
    return new Recommendation.Builder();
  }

  /** Builds a {@link Recommendation}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableRecommendation.Builder {
    Builder() {}
  }
}
