package io.sharedcx.model.json;

import org.jspecify.annotations.Nullable;

/**
 * JSON input could not be read: the message says which source, where (line, column and JSON path),
 * what was wrong and what to do, in one line.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String path;
  private final @Nullable String journey;

  InputException(String source, int line, int column, String path, String problem, @Nullable Throwable cause) {
    this(source, line, column, path, problem, cause, null);
  }

  InputException(String source, int line, int column, String path, String problem, @Nullable Throwable cause,
      @Nullable String journey) {
    super(source + (line > 0 ? ":" + line + ":" + column : "") + ": "
        + (path.isEmpty() ? "" : "at " + path + ": ") + problem, cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.path = path;
    this.journey = journey;
  }

  /**
   * The journey this problem is confined to, when a {@link PortfolioStream} rejected one journey and can
   * go on with the next: its id, or its JSON path when its id cannot be read. Null when the problem is the
   * document's (a truncated file, content after the document): then the stream stops.
   */
  public @Nullable String journey() {
    return journey;
  }

  /** The file or source name the input came from. */
  public String source() {
    return source;
  }

  /** The line of the problem, 1-based, or -1 if unknown. */
  public int line() {
    return line;
  }

  /** The column of the problem, 1-based, or -1 if unknown. */
  public int column() {
    return column;
  }

  /** The JSON path of the problem, e.g. {@code $.journeys[0].touchpoints[2].packedBy}, or empty. */
  public String path() {
    return path;
  }
}
