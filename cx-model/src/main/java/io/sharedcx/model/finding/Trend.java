package io.sharedcx.model.finding;

/**
 * Which way a window metric moved against the previous period of equal length. A change counts only when
 * both periods hold at least the metric's minimum sample and the difference between the two rates is
 * beyond what chance explains (a two-proportion z-test at the 95 % level: NIST/SEMATECH e-Handbook of
 * Statistical Methods, section 7.3.3), so one order never makes a trend.
 */
public enum Trend {
  /** Fewer failures than in the previous period, beyond chance. */
  IMPROVING,
  /** More failures than in the previous period, beyond chance. */
  WORSENING,
  /** No difference chance does not explain. */
  STEADY,
  /** One of the two periods holds fewer events than the minimum sample: no trend is claimed. */
  INSUFFICIENT_DATA
}
