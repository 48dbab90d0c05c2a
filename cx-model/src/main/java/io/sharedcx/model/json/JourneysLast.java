package io.sharedcx.model.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells, by its bytes alone, whether a portfolio file ends with its journeys: from the journeys' array
 * on, brackets and braces pair up (outside strings) and the array is followed by nothing but the
 * portfolio's closing brace and white space. The usual file (the library writes the journeys last) then
 * needs no parse of its journeys on the first pass, which is most of the file. Anything else says no,
 * and the first pass skips the journeys with the parser, as before. Malformed JSON inside the journeys
 * may say yes: the second pass parses every journey and reports it there, as it did when the first
 * pass had found it too (the second pass's report replaces the first's).
 */
final class JourneysLast {
  private JourneysLast() {}

  /**
   * Whether the file ends with the array that starts at {@code offset}.
   *
   * @param file the portfolio file
   * @param offset the byte offset of the journeys' opening bracket
   */
  static boolean endsWithJourneys(Path file, long offset) throws IOException {
    if (offset < 0) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(offset);
      byte[] buffer = new byte[1 << 16];
      // The open brackets and braces: true for an array.
      boolean[] open = new boolean[64];
      int depth = 0;
      boolean inString = false;
      boolean escaped = false;
      // 0: inside the journeys; 1: after them, before the portfolio's brace; 2: after it.
      int after = 0;
      boolean first = true;
      int read;
      while ((read = in.read(buffer)) > 0) {
        for (int i = 0; i < read; i++) {
          byte b = buffer[i];
          if (first) {
            first = false;
            if (b != '[') {
              return false;
            }
          }
          if (after > 0) {
            if (b == '}' && after == 1) {
              after = 2;
            } else if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
              return false;
            }
            continue;
          }
          if (inString) {
            if (escaped) {
              escaped = false;
              continue;
            }
            // Most of the file is inside strings: to the next quote or backslash in one loop.
            while (b != '"' && b != '\\' && i + 1 < read) {
              b = buffer[++i];
            }
            if (b == '\\') {
              escaped = true;
            } else if (b == '"') {
              inString = false;
            }
            continue;
          }
          switch (b) {
            case '"' -> inString = true;
            case '[', '{' -> {
              if (depth == open.length) {
                open = java.util.Arrays.copyOf(open, depth * 2);
              }
              open[depth++] = b == '[';
            }
            case ']', '}' -> {
              if (depth == 0 || open[depth - 1] != (b == ']')) {
                return false;
              }
              depth--;
              if (depth == 0) {
                after = 1;
              }
            }
            default -> {
              // Names, values, commas and colons: the parser's to check on the second pass.
            }
          }
        }
      }
      return after == 2;
    }
  }
}
