package io.sharedcx.model;

/**
 * What a threshold's number measures. Every default of a standard pack declares one, so a user who
 * writes an agreement knows whether {@code 0.01} means one hundredth of a price or one cent.
 */
public enum Unit {
  /** A duration in hours, e.g. {@code 48} for two days. */
  HOURS,
  /** A duration in calendar days. */
  DAYS,
  /** A share between 0 and 1, e.g. {@code 0.95} for 95 %; never a percentage such as {@code 95}. */
  FRACTION,
  /** An amount of money in the currency of the prices it is compared with. */
  MONEY,
  /** A whole number of things: orders, complaints, images. */
  COUNT,
  /** A multiplier, e.g. {@code 26} silent customers for every one who complains. */
  FACTOR,
  /** A temperature in degrees Celsius, e.g. {@code 24} for a warm day (75 °F). */
  CELSIUS
}
