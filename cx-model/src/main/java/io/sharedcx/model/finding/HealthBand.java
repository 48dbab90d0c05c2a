package io.sharedcx.model.finding;

/**
 * A partner's health band, from its health score (the bands' lowest scores and the action each calls
 * for are data: {@code io/sharedcx/rules/health.json}, see docs/HEALTH.md).
 */
public enum HealthBand {
  /** Nothing to act on. */
  HEALTHY,
  /** Watch the partner's metrics at risk and its recent violations. */
  WATCH,
  /** Review the partnership with the partner and agree a plan of action. */
  REVIEW,
  /** Stop sending the partner new orders until a plan of action is agreed and working. */
  STOP_NEW_ORDERS
}
