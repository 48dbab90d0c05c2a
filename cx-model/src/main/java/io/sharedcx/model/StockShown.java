package io.sharedcx.model;

/** The stock an offer showed. */
public enum StockShown {
  /** Shown as available. */
  IN_STOCK,
  /** Shown as available, few left. */
  LOW_STOCK,
  /** Shown as unavailable. */
  OUT_OF_STOCK,
  /** No stock shown. */
  UNKNOWN
}
