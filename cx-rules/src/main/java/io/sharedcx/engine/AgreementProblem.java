package io.sharedcx.engine;

import org.jspecify.annotations.Nullable;

/**
 * One mistake in a partnership's agreement, found against the engine's standards: an unknown standard
 * id, an unknown standard or key in a term, a value outside its threshold's range, or a unit that is not
 * the one the standard's default declares.
 *
 * @param partnership the id of the partnership whose agreement it is in
 * @param path where it is, as a JSON path into the portfolio, e.g.
 *     {@code partnerships[2].agreement.terms[0].key}
 * @param message what is wrong, naming the value
 * @param hint what to do, starting "Maybe ..."
 */
public record AgreementProblem(
    String partnership, String path, String message, @Nullable String hint) {

  /** {@code partnership 'p1' at partnerships[0].agreement.terms[0].key: message. Maybe ...} on one line. */
  @Override
  public String toString() {
    return "partnership '" + partnership + "' at " + path + ": " + describe();
  }

  /**
   * {@return the message and the hint, without the partnership and path: {@code message. Maybe ...}}
   */
  public String describe() {
    return message + (hint == null ? "" : ". " + hint);
  }
}
