package io.sharedcx.model;

/** What a customer claimed. */
public enum ClaimType {
  /** A return. */
  RETURN,
  /** A refund without return. */
  REFUND,
  /** A guarantee claim (A-to-z, money-back). */
  GUARANTEE,
  /** A chargeback through the card issuer. */
  CHARGEBACK
}
