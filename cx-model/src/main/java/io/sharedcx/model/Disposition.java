package io.sharedcx.model;

/** How the party that received a complaint left it. */
public enum Disposition {
  /** Still being handled. */
  OPEN,
  /** Resolved for the customer. */
  RESOLVED,
  /** Closed by telling the customer to contact another company. */
  REDIRECTED
}
