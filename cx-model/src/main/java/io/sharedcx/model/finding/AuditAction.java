package io.sharedcx.model.finding;

/** What an entry of the audit trail records. */
public enum AuditAction {
  /** An exemption was approved. */
  EXEMPTION_APPROVED,
  /** An approved exemption was applied to a violation in its scope and time. */
  EXEMPTION_APPLIED,
  /** A dispute was raised against a violation. */
  DISPUTE_RAISED,
  /** A dispute went under review. */
  DISPUTE_UNDER_REVIEW,
  /** A dispute was decided: the violation stands. */
  DISPUTE_UPHELD,
  /** A dispute was decided: the violation is taken back. */
  DISPUTE_REVERSED,
  /** A dispute expired undecided: the violation stands. */
  DISPUTE_EXPIRED,
  /** A dispute was rejected without review (raised after the agreed window): the violation stands. */
  DISPUTE_REJECTED
}
