package io.sharedcx.model;

/** How an order reaches the customer. */
public enum Fulfilment {
  /** Shipped to the customer. */
  DELIVERY,
  /** Collected by the customer in store. */
  PICKUP
}
