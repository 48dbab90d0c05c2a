package io.sharedcx.engine;

import org.jspecify.annotations.Nullable;

/**
 * One problem found compiling rules: where (file, line, column, rule), what, and a hint.
 *
 * @param file the DRL file or source name
 * @param line the 1-based line, or 0 when it cannot be known
 * @param column the 1-based column, or 0 when it cannot be known
 * @param rule the rule it is in, if known
 * @param message what is wrong
 * @param hint what to do, starting "Maybe ...", if there is one
 */
public record RuleProblem(
    String file,
    int line,
    int column,
    @Nullable String rule,
    String message,
    @Nullable String hint) {

  /** {@code file:line:col: message (in rule "r"). Maybe ...} on one line. */
  @Override
  public String toString() {
    return file
        + ":"
        + line
        + ":"
        + column
        + ": "
        + message
        + (rule == null ? "" : " (in rule \"" + rule + "\")")
        + (hint == null ? "" : ". " + hint);
  }
}
