package io.sharedcx.model;

/** What the customer was handed when collecting a pickup order. */
public enum PickupOutcome {
  /** Everything ordered. */
  FULFILLED,
  /** Part of the order; the rest was out of stock. */
  PARTIAL,
  /** Something else in place of an item. */
  SUBSTITUTED,
  /** Nothing: cancelled because the stock was not there. */
  CANCELLED_OUT_OF_STOCK,
  /** Nothing: the customer cancelled or did not come. */
  CANCELLED_BY_CUSTOMER
}
