package io.sharedcx.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * One moment of a customer's journey, owned by one party. Each kind carries what it needs: an
 * {@link Offer}, an {@link Order}, a {@link Shipment} and so on. In JSON, the {@code kind} field names
 * the kind.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Research.class, name = "research"),
  @JsonSubTypes.Type(value = Offer.class, name = "offer"),
  @JsonSubTypes.Type(value = StockCheck.class, name = "stockCheck"),
  @JsonSubTypes.Type(value = Order.class, name = "order"),
  @JsonSubTypes.Type(value = Pickup.class, name = "pickup"),
  @JsonSubTypes.Type(value = Shipment.class, name = "shipment"),
  @JsonSubTypes.Type(value = Delivery.class, name = "delivery"),
  @JsonSubTypes.Type(value = StatusUpdate.class, name = "statusUpdate"),
  @JsonSubTypes.Type(value = Complaint.class, name = "complaint"),
  @JsonSubTypes.Type(value = ServiceContact.class, name = "serviceContact"),
  @JsonSubTypes.Type(value = Cancellation.class, name = "cancellation"),
  @JsonSubTypes.Type(value = Feedback.class, name = "feedback"),
  @JsonSubTypes.Type(value = Claim.class, name = "claim")
})
public abstract class Touchpoint {

  Touchpoint() {}

  /** {@return the touchpoint's id, unique in a portfolio; findings cite it as evidence} */
  public abstract String id();

  /** {@return when it happened} */
  public abstract Instant at();

  /** {@return where it happened} */
  public abstract Channel channel();

  /** {@return the party that owns this touchpoint: the one the customer dealt with here} */
  public abstract String party();

  /** {@return what kind of touchpoint this is} */
  public abstract TouchpointKind kind();

  /**
   * {@return the other parties this touchpoint names (seller, packer, carrier...), by field name;
   * none by default}
   */
  public Map<String, String> partyReferences() {
    return Map.of();
  }

  /**
   * {@return the other touchpoints of its journey this touchpoint is about (a shipment's order, a
   * delivery's shipment, a service contact's complaint), by field name, each field named after the
   * kind it refers to; none by default}
   */
  public Map<String, String> touchpointReferences() {
    return Map.of();
  }

  /** {@return the ids of the products this touchpoint names; none by default} */
  public Set<String> productReferences() {
    return Set.of();
  }

  void checkCommon(String type) {
    Checks.id(type, "id", id());
    Checks.id(type, "party", party());
  }
}
