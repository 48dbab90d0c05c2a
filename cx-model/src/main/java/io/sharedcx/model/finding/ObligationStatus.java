package io.sharedcx.model.finding;

/**
 * Where an obligation stands as of an instant. {@link #PENDING} and {@link #AT_RISK} are open; the
 * others are settled. Only {@link #VIOLATED} is a violation.
 */
public enum ObligationStatus {
  /** Not met yet, and the deadline is still comfortably ahead (before its at-risk point). */
  PENDING,
  /** Not met yet, past its at-risk point and not past its deadline: act now to keep it. */
  AT_RISK,
  /** Met by the deadline. */
  MET,
  /** Met after the deadline, where the standard does not count a late fulfilment as a breach. */
  MET_LATE,
  /** The deadline passed before it was met (or it was met late and lateness is a breach): a violation. */
  VIOLATED;

  /** {@return whether the obligation is still to be met: {@link #PENDING} or {@link #AT_RISK}} */
  public boolean isOpen() {
    return this == PENDING || this == AT_RISK;
  }
}
