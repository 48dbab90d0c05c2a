package io.sharedcx.model;

/** What caused a late delivery, when known. */
public enum DelayCause {
  /** Not known: attributed by the rules. */
  UNKNOWN,
  /** The customer (not home, changed address). */
  CUSTOMER,
  /** Weather, disaster or other force majeure. */
  FORCE_MAJEURE,
  /** The retailer or platform, not the shipper or carrier. */
  RETAILER
}
