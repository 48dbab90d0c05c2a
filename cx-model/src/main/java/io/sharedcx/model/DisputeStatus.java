package io.sharedcx.model;

/**
 * Where a dispute stands: raised ({@link #OPEN}), being looked at ({@link #UNDER_REVIEW}), decided
 * ({@link #UPHELD}: the violation stands; {@link #REVERSED}: it is taken back), or {@link #EXPIRED}
 * undecided. An open or reviewed dispute leaves its violation counted until it is decided.
 */
public enum DisputeStatus {
  /** Raised and not yet looked at. */
  OPEN,
  /** Being reviewed by the party that decides. */
  UNDER_REVIEW,
  /** Decided against the disputing party: the violation stands. */
  UPHELD,
  /** Decided for the disputing party: the violation is taken back. */
  REVERSED,
  /** Not decided in time, so the violation stands. */
  EXPIRED;

  /** {@return whether the dispute has been decided or has expired} */
  public boolean decided() {
    return this == UPHELD || this == REVERSED || this == EXPIRED;
  }
}
