package io.sharedcx.report;

/**
 * Makes text from input safe to print on one line of a terminal. Input names, ids and messages reach
 * the output; a control character among them could move the cursor, set the terminal title, erase a
 * line or start a new one and so fake a finding. Every C0 control character (among them ESC, CR, LF and
 * TAB), DEL, every C1 control character, the Unicode line and paragraph separators and the
 * bidirectional formatting characters are written as an escape instead: {@code \n}, {@code \r},
 * {@code \t}, or a backslash, {@code u} and four hex digits for the others. Everything else passes unchanged.
 *
 * <pre>{@code
 * String id = "s1" + (char) 27 + "[2K";   // ESC [2K erases the line
 * Printable.escape(id);                   // prints as s1, a backslash, then u001b[2K
 * }</pre>
 */
public final class Printable {
  private Printable() {}

  /**
   * The text with every control character escaped; {@code "null"} for {@code null}.
   *
   * @param text any text, e.g. an id or a message from input
   * @return text that prints on one line and changes nothing on the terminal
   */
  public static String escape(Object text) {
    String s = String.valueOf(text);
    int first = firstUnsafe(s);
    if (first < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isUnsafe(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  /**
   * Whether a character is escaped by {@link #escape}: C0 and C1 controls, DEL, the line and paragraph
   * separators and the bidirectional formatting characters.
   *
   * @param c a character
   * @return true when it is never printed as it is
   */
  public static boolean isUnsafe(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u200e'
        || c == '\u200f'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  private static int firstUnsafe(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isUnsafe(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
