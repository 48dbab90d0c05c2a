package io.sharedcx.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A parcel delivered (or still awaited) against the time promised to the customer. */
@Value.Immutable
@JsonTypeName("delivery")
@JsonSerialize(as = ImmutableDelivery.class)
@JsonDeserialize(as = ImmutableDelivery.class)
public abstract class Delivery extends Touchpoint {
  Delivery() {} // only the generated implementation extends it

  /** {@return the shipment delivered} */
  public abstract String shipment();

  /** {@return when delivery was promised} */
  public abstract Instant promisedBy();

  /** {@return when it was delivered; null if not yet} */
  public abstract @Nullable Instant deliveredAt();

  /** {@return what caused a delay, when known; {@code UNKNOWN} leaves attribution to the rules} */
  @Value.Default
  public DelayCause delayCause() {
    return DelayCause.UNKNOWN;
  }

  /** {@return whether it was delivered after the promised time} */
  public boolean isLate() {
    return deliveredAt() != null && deliveredAt().isAfter(promisedBy());
  }

  @Override
  public final TouchpointKind kind() {
    return TouchpointKind.DELIVERY;
  }

  @Override
  public final Map<String, String> touchpointReferences() {
    return Checks.refs("shipment", shipment());
  }

  /** {@return a new, empty builder} */
  public static Delivery.Builder builder() {
    return new Delivery.Builder();
  }

  /** Builds a {@link Delivery}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableDelivery.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkCommon("Delivery");
    Checks.id("Delivery", "shipment", shipment());
  }
}
