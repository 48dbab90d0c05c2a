package io.sharedcx.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** An order (or part of it) cancelled, by whom and why; the touchpoint's party is the one that told the
 * customer. */
@Value.Immutable
@JsonTypeName("cancellation")
@JsonSerialize(as = ImmutableCancellation.class)
@JsonDeserialize(as = ImmutableCancellation.class)
public abstract class Cancellation extends Touchpoint {
  Cancellation() {} // only the generated implementation extends it

  /** {@return the order cancelled} */
  public abstract String order();

  /** {@return who initiated the cancellation} */
  public abstract CancelledBy initiatedBy();

  /**
   * Why.
   *
   * @return the reason for the cancellation
   */
  public abstract CancelReason reason();

  /**
   * {@return whether the buyer asked for it (buyer-requested cancellations are excluded from
   * partner rates)}
   */
  public boolean isBuyerRequested() {
    return initiatedBy() == CancelledBy.CUSTOMER || reason() == CancelReason.CUSTOMER_REQUEST;
  }

  @Override
  public final TouchpointKind kind() {
    return TouchpointKind.CANCELLATION;
  }

  @Override
  public final Map<String, String> touchpointReferences() {
    return Checks.refs("order", order());
  }

  /** {@return a new, empty builder} */
  public static Cancellation.Builder builder() {
    return new Cancellation.Builder();
  }

  /** Builds a {@link Cancellation}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableCancellation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkCommon("Cancellation");
    Checks.id("Cancellation", "order", order());
  }
}
