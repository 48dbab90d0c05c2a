package io.sharedcx.model;

/** An order status as shown to the customer. */
public enum OrderStatus {
  /** Received. */
  PLACED,
  /** Being prepared. */
  PROCESSING,
  /** Handed to a carrier. */
  SHIPPED,
  /** With the courier today. */
  OUT_FOR_DELIVERY,
  /** Delivered. */
  DELIVERED,
  /** Ready to collect in store. */
  READY_FOR_PICKUP,
  /** Cancelled. */
  CANCELLED
}
