package io.sharedcx.model.finding;

/** How a rate is held to its target. */
public enum Comparison {
  /** The rate must stay at or below the target (a defect rate). */
  AT_MOST,
  /** The rate must stay at or above the target (a success rate). */
  AT_LEAST
}
