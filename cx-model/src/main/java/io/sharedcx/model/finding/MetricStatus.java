package io.sharedcx.model.finding;

/** A window metric's status against its target. */
public enum MetricStatus {
  /** Meets the target with room to spare. */
  GOOD,
  /** Meets the target but has used up most of the margin (by default 75 % of the limit): act before it breaches. */
  AT_RISK,
  /** Misses the target: a violation. */
  BAD,
  /** Too few events in the window to judge: never a rate of 0, never a violation. */
  INSUFFICIENT_DATA
}
