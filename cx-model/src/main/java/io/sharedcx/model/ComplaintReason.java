package io.sharedcx.model;

/** What a complaint is about. */
public enum ComplaintReason {
  /** The product arrived damaged: crushed, broken, torn or half-unwrapped. */
  DAMAGED,
  /** The product arrived melted or spoiled by heat. */
  MELTED,
  /** It arrived late or not at all. */
  LATE,
  /** The wrong item arrived. */
  WRONG_ITEM,
  /** It differs from its description. */
  NOT_AS_DESCRIBED,
  /** It was shown available but was not. */
  OUT_OF_STOCK,
  /** Poor packaging, no note, or another seller's branding. */
  PACKAGING,
  /** How the customer was treated. */
  SERVICE,
  /** Anything else. */
  OTHER
}
