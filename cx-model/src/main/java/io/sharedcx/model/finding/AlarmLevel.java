package io.sharedcx.model.finding;

/** How urgent an {@link Alarm}'s open obligations are. */
public enum AlarmLevel {
  /** Past their at-risk point: the deadline is close. */
  AT_RISK,
  /** Not yet at risk, but due before the end of the assessment's (UTC) day. */
  DUE_TODAY
}
