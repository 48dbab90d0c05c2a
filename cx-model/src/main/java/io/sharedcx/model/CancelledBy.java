package io.sharedcx.model;

/** Who initiated a cancellation. */
public enum CancelledBy {
  /** The seller or its fulfilment partner. */
  SELLER,
  /** The customer. */
  CUSTOMER,
  /** The marketplace or platform. */
  PLATFORM
}
