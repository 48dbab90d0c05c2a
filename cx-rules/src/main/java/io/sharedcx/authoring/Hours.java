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
}
