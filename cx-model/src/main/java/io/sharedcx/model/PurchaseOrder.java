package io.sharedcx.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A purchase order from a retailer to a supplier (often the brand) for its distribution centre: what
 * keeps the shelf stocked. Received on time and in full, or not.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePurchaseOrder.class)
@JsonDeserialize(as = ImmutablePurchaseOrder.class)
public abstract class PurchaseOrder {
  PurchaseOrder() {} // only the generated implementation extends it

  /** {@return the purchase order's id, unique in a portfolio} */
  public abstract String id();

  /** {@return the supplier that ships it} */
  public abstract String supplier();

  /** {@return the retailer or distributor that ordered it} */
  public abstract String buyer();

  /** {@return the product ordered} */
  public abstract String product();

  /** {@return units ordered, at least one} */
  public abstract int quantityOrdered();

  /** {@return units received (zero until received)} */
  public abstract int quantityReceived();

  /** {@return when it was placed} */
  public abstract Instant placedAt();

  /** {@return the must-arrive-by date} */
  public abstract Instant mustArriveBy();

  /** {@return when it was received; null if not yet} */
  public abstract @Nullable Instant receivedAt();

  /** {@return who books the carrier: the supplier (prepaid) or the buyer (collect)} */
  @Value.Default
  public Freight freight() {
    return Freight.PREPAID;
  }

  /** {@return the carrier, if known} */
  public abstract @Nullable String carrier();

  /** {@return whether it arrived by the must-arrive-by date} */
  public boolean isOnTime() {
    return receivedAt() != null && !receivedAt().isAfter(mustArriveBy());
  }

  /** {@return whether every unit ordered was received} */
  public boolean isInFull() {
    return quantityReceived() >= quantityOrdered();
  }

  /** {@return a new, empty builder} */
  public static PurchaseOrder.Builder builder() {
    return new PurchaseOrder.Builder();
  }

  /** Builds a {@link PurchaseOrder}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutablePurchaseOrder.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("PurchaseOrder", "id", id());
    Checks.id("PurchaseOrder", "supplier", supplier());
    Checks.id("PurchaseOrder", "buyer", buyer());
    Checks.id("PurchaseOrder", "product", product());
    Checks.positive("PurchaseOrder", "quantityOrdered", quantityOrdered());
    Checks.notNegative("PurchaseOrder", "quantityReceived", quantityReceived());
    if (mustArriveBy().isBefore(placedAt())) {
      throw new ModelException(
          "PurchaseOrder",
          "mustArriveBy",
          mustArriveBy(),
          "a time at or after the order was placed (" + placedAt() + ")");
    }
    if (receivedAt() != null && receivedAt().isBefore(placedAt())) {
      throw new ModelException(
          "PurchaseOrder",
          "receivedAt",
          receivedAt(),
          "a time at or after the order was placed (" + placedAt() + ")");
    }
  }
}
