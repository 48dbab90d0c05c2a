package io.sharedcx.model;

/** Who pays and books the carrier on a purchase order. */
public enum Freight {
  /** The supplier's carrier (the supplier answers for transit). */
  PREPAID,
  /** The buyer's carrier (the buyer answers for transit). */
  COLLECT
}
