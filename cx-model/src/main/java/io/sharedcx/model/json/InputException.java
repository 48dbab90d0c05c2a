package io.sharedcx.model.json;

import org.jspecify.annotations.Nullable;

/**
 * JSON input could not be read: the message says which source, where (line, column and JSON path),
 * what was wrong and what to do, in one line.
 */
public final class InputException extends RuntimeException {
  /** The version of the serialized form. */
  private static final long serialVersionUID = 1L;

  /** The file or source named in the message. */
  private final String source;

  /** The line of the problem, from 1; -1 when not known. */
  private final int line;

  /** The column of the problem, from 1; -1 when not known. */
  private final int column;

  /** The JSON path of the problem, or empty. */
  private final String path;

  /** What is wrong and what to do, without the source and location. */
  private final String problem;

  /** The journey the problem is confined to, or null. */
  private final @Nullable String journey;

  InputException(
      String source, int line, int column, String path, String problem, @Nullable Throwable cause) {
    this(source, line, column, path, problem, cause, null);
  }

  InputException(
      String source,
      int line,
      int column,
      String path,
      String problem,
      @Nullable Throwable cause,
      @Nullable String journey) {
    super(
        oneLine(
            source
                + (line > 0 ? ":" + line + ":" + column : "")
                + ": "
                + (path.isEmpty() ? "" : "at " + path + ": ")
                + problem),
        cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.path = path;
    this.problem = oneLine(problem);
    this.journey = journey;
  }

  /**
   * The message on one line whatever the input held: control characters (C0, DEL, C1) and the Unicode line
   * and paragraph separators that input text can carry into an id or value are written as {@code \\n},
   * {@code \\r}, {@code \\t} or {@code \\uXXXX} (as the reports write them),
   * so a message can neither fake a second line nor drive a terminal.
   */
  static String oneLine(String message) {
    StringBuilder out = null;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
      if (control && out == null) {
        out = new StringBuilder(message.length() + 16).append(message, 0, i);
      }
      if (out != null) {
        if (c == '\n') {
          out.append("\\n");
        } else if (c == '\r') {
          out.append("\\r");
        } else if (c == '\t') {
          out.append("\\t");
        } else if (control) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? message : out.toString();
  }

  /**
   * The journey this problem is confined to, when a {@link PortfolioStream} rejected one journey and can
   * go on with the next: its id, or its JSON path when its id cannot be read. Null when the problem is the
   * document's (a truncated file, content after the document): then the stream stops.
   *
   * @return the journey's id or JSON path, or null
   */
  public @Nullable String journey() {
    return journey;
  }

  /** {@return the file or source name the input came from} */
  public String source() {
    return source;
  }

  /** {@return the line of the problem, 1-based, or -1 if unknown} */
  public int line() {
    return line;
  }

  /** {@return the column of the problem, 1-based, or -1 if unknown} */
  public int column() {
    return column;
  }

  /**
   * {@return what is wrong and what to do, without the source and location the message starts with}
   */
  public String problem() {
    return problem;
  }

  /**
   * {@return the JSON path of the problem, e.g. {@code $.journeys[0].touchpoints[2].packedBy}, or
   * empty}
   */
  public String path() {
    return path;
  }
}
