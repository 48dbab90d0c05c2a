package io.sharedcx.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** A rating the customer left for an order with the party that sold it. */
@Value.Immutable
@JsonTypeName("feedback")
@JsonSerialize(as = ImmutableFeedback.class)
@JsonDeserialize(as = ImmutableFeedback.class)
public abstract class Feedback extends Touchpoint {
  Feedback() {} // only the generated implementation extends it

  /** {@return the order rated} */
  public abstract String order();

  /** {@return the rating, 1 (worst) to 5 (best)} */
  public abstract int rating();

  /** {@return whether the rating is negative (1 or 2), a defect in order-defect rates} */
  public boolean isNegative() {
    return rating() <= 2;
  }

  @Override
  public final TouchpointKind kind() {
    return TouchpointKind.FEEDBACK;
  }

  @Override
  public final Map<String, String> touchpointReferences() {
    return Checks.refs("order", order());
  }

  /** {@return a new, empty builder} */
  public static Feedback.Builder builder() {
    return new Feedback.Builder();
  }

  /** Builds a {@link Feedback}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableFeedback.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkCommon("Feedback");
    Checks.id("Feedback", "order", order());
    if (rating() < 1 || rating() > 5) {
      throw new ModelException("Feedback", "rating", rating(), "a whole number from 1 to 5");
    }
  }
}
