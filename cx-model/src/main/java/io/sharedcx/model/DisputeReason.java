package io.sharedcx.model;

/**
 * Why a party disputes a violation: the reason codes every standard of the pack accepts, after the
 * dispute reasons of retailers' vendor-compliance programs (Amazon vendor, Kohl's, Target, Home Depot).
 */
public enum DisputeReason {
  /** The facts the violation rests on were recorded wrongly (a wrong scan time, a missing event). */
  DATA_ERROR,
  /** Another party is at fault, not the one the violation names. */
  WRONG_PARTY,
  /** The carrier caused it (a missed pickup, a delay in transit) and the agreement excuses it. */
  CARRIER_CAUSED,
  /** The customer caused it (a changed address, an order cancelled at the customer's request). */
  CUSTOMER_CAUSED,
  /** An event beyond the parties' control (severe weather, a natural disaster, a closed border). */
  FORCE_MAJEURE,
  /** An agreed exemption covers it but was not applied. */
  EXEMPTION_NOT_APPLIED,
  /** The same failure was already counted by another violation. */
  DUPLICATE
}
