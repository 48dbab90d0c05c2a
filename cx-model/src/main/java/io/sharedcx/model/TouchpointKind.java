package io.sharedcx.model;

/** What a touchpoint is; its JSON {@code kind}. */
public enum TouchpointKind {
  /** The customer researches products. */
  RESEARCH("research"),
  /** An offer with price and stock as shown, or a brand's buy button sending the customer to a seller. */
  OFFER("offer"),
  /** The stock a party really had at a moment. */
  STOCK_CHECK("stockCheck"),
  /** An order placed with a seller. */
  ORDER("order"),
  /** An order collected in store. */
  PICKUP("pickup"),
  /** A parcel shipped for an order. */
  SHIPMENT("shipment"),
  /** A parcel's delivery against its promised time. */
  DELIVERY("delivery"),
  /** An order-status message shown to the customer. */
  STATUS_UPDATE("statusUpdate"),
  /** A complaint made by the customer to a party. */
  COMPLAINT("complaint"),
  /** A service contact about a complaint: a relay, an acknowledgement, a response or a resolution. */
  SERVICE_CONTACT("serviceContact"),
  /** An order cancelled. */
  CANCELLATION("cancellation"),
  /** A rating left for an order. */
  FEEDBACK("feedback"),
  /** A return, refund, guarantee claim or chargeback. */
  CLAIM("claim");

  private final String json;

  TouchpointKind(String json) {
    this.json = json;
  }

  /** {@return the name used for this kind in JSON input} */
  public String jsonName() {
    return json;
  }
}
