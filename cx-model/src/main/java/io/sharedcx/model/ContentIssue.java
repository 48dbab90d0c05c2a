package io.sharedcx.model;

/** What was wrong with a parcel's contents against the order and its description. */
public enum ContentIssue {
  /** Nothing. */
  NONE,
  /** An item other than the one ordered. */
  WRONG_ITEM,
  /** An item swapped for a different one without the customer's consent. */
  SUBSTITUTED,
  /** The item differs from its listing (size, count, quality, label). */
  NOT_AS_DESCRIBED,
  /** An ordered item is missing. */
  MISSING_ITEM
}
