package io.sharedcx.model;

/** A parcel's condition on arrival. */
public enum Condition {
  /** Arrived in good order. */
  INTACT,
  /** Crushed, broken, torn or half-unwrapped. */
  DAMAGED,
  /** Melted or spoiled by heat. */
  MELTED,
  /** Not reported. */
  UNKNOWN
}
