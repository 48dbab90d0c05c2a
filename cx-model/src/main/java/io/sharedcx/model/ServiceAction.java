package io.sharedcx.model;

/** A step taken on a complaint. */
public enum ServiceAction {
  /** Passed to another party with the evidence (a case opened with them). */
  RELAY,
  /** A human response to the customer. */
  RESPONSE,
  /** The customer's problem resolved. */
  RESOLUTION
}
