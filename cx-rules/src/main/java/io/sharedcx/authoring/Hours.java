package io.sharedcx.authoring;

import java.time.Duration;
import java.time.Instant;

/** Time arithmetic for rules, in hours, importable into DRL with {@code import function}. */
public final class Hours {
  private Hours() {}

  /**
   * {@return the hours from {@code from} to {@code to}, fractional, negative when {@code to} is
   * earlier}
   *
   * @param from the earlier instant
   * @param to the later instant
   */
  public static double between(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() / 3_600_000.0;
  }

  /**
   * The instant {@code hours} after {@code at}, to the millisecond (negative hours go back): a deadline
   * such as {@code after($c.at(), $maxHours)}.
   *
   * @param at the instant to count from
   * @param hours the hours to add, fractional
   * @return the instant that many hours later
   */
  public static Instant after(Instant at, double hours) {
    return at.plusMillis(Math.round(hours * 3_600_000.0));
  }
}
