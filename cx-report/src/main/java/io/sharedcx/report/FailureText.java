package io.sharedcx.report;

import io.sharedcx.model.finding.Failure;

/**
 * A journey that could not be assessed, as text for people: one {@code FAILED} line with the journey,
 * the rule and standard when known, and what went wrong, every value from input escaped (see {@link
 * Printable}). The assessment, window and adjudication texts write failures this way.
 */
public final class FailureText {
  private FailureText() {}

  /**
   * {@return the failure on one line, ending with a line separator}
   *
   * @param f the failure
   */
  public static String line(Failure f) {
    return String.format(
        "FAILED    journey %s%s: %s%n",
        Printable.escape(f.journey()),
        f.rule() == null
            ? ""
            : " in rule '"
                + Printable.escape(f.rule())
                + "' ("
                + Printable.escape(f.standard())
                + ")",
        Printable.escape(f.message()));
  }
}
