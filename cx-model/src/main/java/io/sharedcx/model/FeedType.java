package io.sharedcx.model;

/** What a data feed carries. */
public enum FeedType {
  /** Stock levels (EDI 846, API, local inventory). */
  INVENTORY,
  /** Product content. */
  PRODUCT,
  /** Prices. */
  PRICE
}
