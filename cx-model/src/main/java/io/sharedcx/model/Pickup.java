package io.sharedcx.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The customer collects a pickup order in store, and what they were handed. */
@Value.Immutable
@JsonTypeName("pickup")
@JsonSerialize(as = ImmutablePickup.class)
@JsonDeserialize(as = ImmutablePickup.class)
public abstract class Pickup extends Touchpoint {
  Pickup() {} // only the generated implementation extends it

  /** {@return the order collected} */
  public abstract String order();

  /** {@return what happened at the counter} */
  public abstract PickupOutcome outcome();

  /** {@return when the order was ready to collect, if known} */
  public abstract @Nullable Instant readyAt();

  /** {@return whether the customer did not get what was ordered because the stock was not there} */
  public boolean isStockFailure() {
    return outcome() == PickupOutcome.PARTIAL
        || outcome() == PickupOutcome.SUBSTITUTED
        || outcome() == PickupOutcome.CANCELLED_OUT_OF_STOCK;
  }

  @Override
  public final TouchpointKind kind() {
    return TouchpointKind.PICKUP;
  }

  @Override
  public final Map<String, String> touchpointReferences() {
    return Checks.refs("order", order());
  }

  /** {@return a new, empty builder} */
  public static Pickup.Builder builder() {
    return new Pickup.Builder();
  }

  /** Builds a {@link Pickup}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutablePickup.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkCommon("Pickup");
    Checks.id("Pickup", "order", order());
  }
}
