package io.sharedcx.model.finding;

import java.util.Locale;

/** How bad a violation is, from INFO to CRITICAL (the tiers of marketplace account-health programs). */
public enum Severity {
  /** Worth knowing. */
  INFO,
  /** A small lapse. */
  LOW,
  /** A lapse customers notice. */
  MEDIUM,
  /** A broken promise to the customer. */
  HIGH,
  /** A lapse that puts the partnership at risk. */
  CRITICAL;

  /**
   * {@return whether this severity is {@code other} or worse}
   *
   * @param other the severity to compare with
   */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  /**
   * Reads a severity name, ignoring case.
   *
   * @param name a severity name, e.g. {@code high}
   * @return the severity
   * @throws IllegalArgumentException naming the valid severities when {@code name} is none of them
   */
  public static Severity parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown severity '" + name + "': expected one of INFO, LOW, MEDIUM, HIGH, CRITICAL", e);
    }
  }
}
