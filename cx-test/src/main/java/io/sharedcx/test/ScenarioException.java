package io.sharedcx.test;

/**
 * A scenario test file could not be read or run: the message says which file, where (line, column and
 * JSON path), what is wrong and, where it helps, what to do ("Maybe ..."), in one line.
 */
public final class ScenarioException extends RuntimeException {
  /** The version of the serialized form. */
  private static final long serialVersionUID = 1L;

  /** The scenario file. */
  private final String source;

  /** The line of the problem, from 1; -1 when not known. */
  private final int line;

  /** The column of the problem, from 1; -1 when not known. */
  private final int column;

  ScenarioException(String source, int line, int column, String problem, Throwable cause) {
    super(source + (line > 0 ? ":" + line + ":" + column : "") + ": " + problem, cause);
    this.source = source;
    this.line = line;
    this.column = column;
  }

  ScenarioException(String source, int line, int column, String problem) {
    this(source, line, column, problem, null);
  }

  /**
   * The file or resource the scenario came from.
   *
   * @return its name as shown in messages
   */
  public String source() {
    return source;
  }

  /**
   * The line of the problem.
   *
   * @return 1-based, or -1 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column of the problem.
   *
   * @return 1-based, or -1 when unknown
   */
  public int column() {
    return column;
  }
}
