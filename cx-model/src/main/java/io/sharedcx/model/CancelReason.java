package io.sharedcx.model;

/** Why an order was cancelled. */
public enum CancelReason {
  /** The stock was not there. */
  OUT_OF_STOCK,
  /** The customer asked. */
  CUSTOMER_REQUEST,
  /** The price shown was wrong. */
  PRICING_ERROR,
  /** It could not be shipped or collected in time. */
  UNFULFILLABLE,
  /** Suspected fraud. */
  FRAUD,
  /** Anything else. */
  OTHER
}
