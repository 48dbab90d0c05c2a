package io.sharedcx.model;

/** A step taken on a complaint. */
public enum ServiceAction {
  /** Passed to another party with the evidence (a case opened with them). */
  RELAY,
  /** The party a complaint was relayed to acknowledged it. */
  ACKNOWLEDGEMENT,
  /** A human response to the customer. */
  RESPONSE,
  /** The customer's problem resolved, with a root-cause code. */
  RESOLUTION
}
