package io.sharedcx.engine;

import org.jspecify.annotations.Nullable;

/**
 * One mistake in the exemptions and disputes applied to an assessment: a dispute of a violation the
 * assessment does not have, an exemption of an unknown party or standard.
 *
 * @param path where it is, as a JSON path into the adjustments file, e.g. {@code $.disputes[2].violation}
 * @param message what is wrong, naming the value
 * @param hint what to do, starting "Maybe ..."
 */
public record AdjustmentProblem(String path, String message, @Nullable String hint) {

  /** {@code $.disputes[0].violation: message. Maybe ...} on one line. */
  @Override
  public String toString() {
    return path + ": " + describe();
  }

  /** {@return the message and the hint, without the path: {@code message. Maybe ...}} */
  public String describe() {
    return message + (hint == null ? "" : ". " + hint);
  }
}
