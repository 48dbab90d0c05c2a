package io.sharedcx.model.finding;

/** A partner's overall standing over a window, from its metrics and violations. */
public enum Standing {
  /** Score 80 or more: nothing to act on. */
  EXCELLENT,
  /** Score 50 to 79: watch the metrics at risk. */
  AVERAGE,
  /** Score 30 to 49: warn, agree a plan of action. */
  POOR,
  /** Score below 30: block new orders or feeds until a plan of action is agreed. */
  VERY_POOR
}
