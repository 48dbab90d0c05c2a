package io.sharedcx.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** An order the customer placed with a seller; its touchpoint id is the order id. */
@Value.Immutable
@JsonTypeName("order")
@JsonSerialize(as = ImmutableOrder.class)
@JsonDeserialize(as = ImmutableOrder.class)
public abstract class Order extends Touchpoint {
  Order() {} // only the generated implementation extends it

  /** {@return the seller of record: the party the customer bought from} */
  public abstract String seller();

  /**
   * {@return the party the seller routed the order to for dispatch (its drop-ship supplier or fulfilment
   * partner), if it names one; that party then owes the order's shipment, the seller still the customer}
   */
  public abstract @Nullable String fulfiller();

  /**
   * {@return the party that owes the order's dispatch: its {@link #fulfiller()} when the seller routed it
   * to one, else the seller}
   */
  public String dispatcher() {
    String fulfiller = fulfiller();
    return fulfiller == null ? seller() : fulfiller;
  }

  /** {@return what was ordered, at least one line} */
  public abstract List<OrderLine> lines();

  /** {@return how the order reaches the customer} */
  @Value.Default
  public Fulfilment fulfilment() {
    return Fulfilment.DELIVERY;
  }

  /** {@return for a pickup order, the store party where it is collected} */
  public abstract @Nullable String pickupStore();

  /** {@return the expected ship date (ESD) promised for dispatch, if any} */
  public abstract @Nullable Instant expectedShipBy();

  /** {@return when the seller promised delivery or pickup, if it did} */
  public abstract @Nullable Instant promisedBy();

  /**
   * {@return whether the customer ordered it as a gift (a gift note in the parcel, no prices on the slip)}
   */
  @Value.Default
  public boolean gift() {
    return false;
  }

  /** {@return for a gift order, the message the customer wrote for the gift note, if any} */
  public abstract @Nullable String giftMessage();

  @Override
  public final TouchpointKind kind() {
    return TouchpointKind.ORDER;
  }

  @Override
  @Value.Lazy
  public Map<String, String> partyReferences() {
    return Checks.refs("seller", seller(), "fulfiller", fulfiller(), "pickupStore", pickupStore());
  }

  @Override
  @Value.Lazy
  public Set<String> productReferences() {
    return lines().stream().map(OrderLine::product).collect(ImmutableSet.toImmutableSet());
  }

  /** {@return a new, empty builder} */
  public static Order.Builder builder() {
    return new Order.Builder();
  }

  /** Builds an {@link Order}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableOrder.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkCommon("Order");
    Checks.id("Order", "seller", seller());
    Checks.nonEmpty("Order", "lines", lines(), "order line");
    if (fulfiller() != null) {
      Checks.id("Order", "fulfiller", fulfiller());
    }
    if (fulfilment() == Fulfilment.PICKUP && pickupStore() == null) {
      throw new ModelException(
          "Order", "pickupStore", null, "the store party id for a PICKUP order");
    }
    if (giftMessage() != null && !gift()) {
      throw new ModelException(
          "Order",
          "giftMessage",
          giftMessage(),
          "a gift message only on a gift order. Maybe set \"gift\": true on order " + id());
    }
    if (promisedBy() != null && promisedBy().isBefore(at())) {
      throw new ModelException(
          "Order",
          "promisedBy",
          promisedBy(),
          "a time at or after the order was placed (" + at() + ")");
    }
  }
}
