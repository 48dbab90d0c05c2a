package io.sharedcx.engine.internal;

import io.sharedcx.engine.ThresholdRange;
import io.sharedcx.model.Provenance;
import io.sharedcx.model.Term;
import io.sharedcx.model.Unit;
import io.sharedcx.model.json.CxJson;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a sound defaults file the way the pack's are written (an array of terms with plain text, numbers
 * and dates) without the JSON mapper, which takes longer to set up than the engine needs to read every
 * default of the pack. It declines, with null, anything it is not sure of (an unknown or missing field,
 * a null, a number in exponent form, a value or bound the strict reading would question); {@link
 * DefaultsFile#read} then reads that file strictly, with every problem at its line and column. What it
 * accepts, it reads as the strict reading does: the same terms and ranges.
 */
final class PlainDefaults {
  private static final Set<String> TERM_FIELDS =
      Set.of("standard", "key", "value", "unit", "provenance");
  private static final Set<String> PROVENANCE_FIELDS = Set.of("origin", "source", "asOf", "url");

  /** Most digits before the decimal point of a number the strict reading takes (as {@code StrictValues}). */
  private static final int MAX_INTEGER_DIGITS = 12;

  /** Most digits after the decimal point, trailing zeros aside (as {@code StrictValues}). */
  private static final int MAX_SCALE = 9;

  /** Deepest nesting read: a defaults file has an array of terms, each with its provenance. */
  private static final int MAX_DEPTH = 3;

  private final String text;
  private int at;

  private PlainDefaults(String text) {
    this.text = text;
  }

  /**
   * The defaults of a sound file, in file order; null when the file is not plainly sound.
   *
   * @param text the file's text
   * @param standard the standard the file is named after, or null when the name says none
   */
  static @Nullable List<DefaultsFile.Default> read(String text, @Nullable String standard) {
    if (text.length() > CxJson.MAX_DOCUMENT_CHARS) {
      return null;
    }
    Object root;
    try {
      PlainDefaults reader = new PlainDefaults(text);
      root = reader.value(0);
      reader.skipSpace();
      if (reader.at != text.length()) {
        return null;
      }
    } catch (Decline e) {
      return null;
    }
    if (!(root instanceof List<?> elements)) {
      return null;
    }
    List<DefaultsFile.Default> defaults = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Object element : elements) {
      DefaultsFile.Default one = term(element);
      if (one == null
          || (standard != null && !standard.equals(one.term().standard()))
          || !seen.add(one.term().standard() + "/" + one.term().key())) {
        return null;
      }
      defaults.add(one);
    }
    return defaults;
  }

  /** One term with its range, or null when anything about it is not plainly sound. */
  private static DefaultsFile.@Nullable Default term(Object element) {
    if (!(element instanceof Map<?, ?> fields)) {
      return null;
    }
    BigDecimal[] bounds = new BigDecimal[DefaultsFile.RANGE_KEYS.size()];
    for (Map.Entry<?, ?> field : fields.entrySet()) {
      String name = (String) field.getKey();
      int bound = DefaultsFile.RANGE_KEYS.indexOf(name);
      if (bound >= 0) {
        if (!(field.getValue() instanceof Number number)) {
          return null;
        }
        bounds[bound] = number.value;
      } else if (!TERM_FIELDS.contains(name)) {
        return null;
      }
    }
    try {
      Unit unit = Unit.valueOf(text(fields.get("unit")));
      Term term =
          Term.builder()
              .standard(text(fields.get("standard")))
              .key(text(fields.get("key")))
              .value(number(fields.get("value")))
              .unit(unit)
              .provenance(provenance(fields.get("provenance")))
              .build();
      ThresholdRange range = range(unit, bounds);
      return range != null && range.contains(term.value())
          ? new DefaultsFile.Default(term, range)
          : null;
    } catch (RuntimeException e) {
      // A missing field, an unknown unit, a value the model refuses: the strict reading says which.
      return null;
    }
  }

  private static Provenance provenance(@Nullable Object value) {
    if (!(value instanceof Map<?, ?> fields) || !PROVENANCE_FIELDS.containsAll(fields.keySet())) {
      throw new Decline();
    }
    Provenance.Builder provenance = Provenance.builder();
    provenance.origin(Provenance.Origin.valueOf(text(fields.get("origin"))));
    provenance.source(text(fields.get("source")));
    if (fields.containsKey("asOf")) {
      provenance.asOf(date(text(fields.get("asOf"))));
    }
    if (fields.containsKey("url")) {
      provenance.url(text(fields.get("url")));
    }
    return provenance.build();
  }

  /** The unit's range narrowed by the bounds given; null when a side has both or one widens it. */
  private static @Nullable ThresholdRange range(Unit unit, BigDecimal[] bounds) {
    ThresholdRange own = ThresholdRange.of(unit);
    BigDecimal min = own.min();
    boolean minIncluded = true;
    BigDecimal max = own.max();
    boolean maxIncluded = true;
    for (int side = 0; side < 2; side++) {
      BigDecimal included = bounds[side * 2];
      BigDecimal excluded = bounds[side * 2 + 1];
      if (included != null && excluded != null) {
        return null;
      }
      BigDecimal bound = included != null ? included : excluded;
      if (bound == null) {
        continue;
      }
      if (side == 0
          ? min != null && bound.compareTo(min) < 0
          : max != null && bound.compareTo(max) > 0) {
        return null;
      }
      if (side == 0) {
        min = bound;
        minIncluded = included != null;
      } else {
        max = bound;
        maxIncluded = included != null;
      }
    }
    return new ThresholdRange(unit, min, minIncluded, max, maxIncluded);
  }

  private static String text(@Nullable Object value) {
    if (value instanceof String s) {
      return s;
    }
    throw new Decline();
  }

  private static BigDecimal number(@Nullable Object value) {
    if (value instanceof Number n) {
      return n.value;
    }
    throw new Decline();
  }

  /** A date from 1970 up to 2099 written {@code yyyy-mm-dd}, as the strict reading takes them. */
  private static LocalDate date(String value) {
    if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
      throw new Decline();
    }
    int year = digits(value, 0, 4);
    if (year < 1970 || year >= 2100) {
      throw new Decline();
    }
    try {
      return LocalDate.of(year, digits(value, 5, 2), digits(value, 8, 2));
    } catch (DateTimeException e) {
      throw new Decline();
    }
  }

  private static int digits(String value, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        throw new Decline();
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** A JSON number, kept as the decimal the strict reading makes of it. */
  private record Number(BigDecimal value) {}

  /** Thrown where the plain reading gives up; the strict one takes over. */
  private static final class Decline extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Decline() {
      super(null, null, false, false);
    }
  }

  // A strict JSON reader: objects (a key given twice declines), arrays, text, numbers; true, false
  // and
  // null decline, as no default has them.

  private Object value(int depth) {
    skipSpace();
    if (at >= text.length()) {
      throw new Decline();
    }
    char c = text.charAt(at);
    if (c == '{' || c == '[') {
      if (depth >= MAX_DEPTH) {
        throw new Decline();
      }
      return c == '{' ? object(depth + 1) : array(depth + 1);
    }
    if (c == '"') {
      return string();
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number();
    }
    throw new Decline();
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> fields = new LinkedHashMap<>();
    at++;
    skipSpace();
    if (peek() == '}') {
      at++;
      return fields;
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw new Decline();
      }
      String name = string();
      skipSpace();
      expect(':');
      if (fields.put(name, value(depth)) != null) {
        throw new Decline();
      }
      skipSpace();
      if (peek() == ',') {
        at++;
      } else {
        expect('}');
        return fields;
      }
    }
  }

  private List<Object> array(int depth) {
    List<Object> elements = new ArrayList<>();
    at++;
    skipSpace();
    if (peek() == ']') {
      at++;
      return elements;
    }
    while (true) {
      elements.add(value(depth));
      skipSpace();
      if (peek() == ',') {
        at++;
      } else {
        expect(']');
        return elements;
      }
    }
  }

  private String string() {
    at++;
    StringBuilder s = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw new Decline();
      }
      char c = text.charAt(at++);
      if (c == '"') {
        break;
      }
      if (c < 0x20) {
        throw new Decline();
      }
      if (c != '\\') {
        s.append(c);
        continue;
      }
      if (at >= text.length()) {
        throw new Decline();
      }
      char e = text.charAt(at++);
      switch (e) {
        case '"', '\\', '/' -> s.append(e);
        case 'b' -> s.append('\b');
        case 'f' -> s.append('\f');
        case 'n' -> s.append('\n');
        case 'r' -> s.append('\r');
        case 't' -> s.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw new Decline();
          }
          int code = 0;
          for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(at++), 16);
            if (digit < 0) {
              throw new Decline();
            }
            code = code * 16 + digit;
          }
          s.append((char) code);
        }
        default -> throw new Decline();
      }
    }
    if (s.length() > CxJson.MAX_STRING_CHARS) {
      throw new Decline();
    }
    return s.toString();
  }

  /**
   * A number written {@code -?(0|[1-9][0-9]*)(.[0-9]+)?}, within the digits the strict reading allows.
   * The strict reading goes through a JSON tree, which keeps a number with a fraction as a double: such a
   * number is read here only when it is written as that double prints ({@code 0.95}, not {@code 0.950}
   * nor {@code 0.0001}), so that both readings give the same decimal, scale included. Exponents decline.
   */
  private Number number() {
    int start = at;
    if (peek() == '-') {
      at++;
    }
    int integerStart = at;
    skipDigits();
    int integerDigits = at - integerStart;
    if (integerDigits == 0 || (integerDigits > 1 && text.charAt(integerStart) == '0')) {
      throw new Decline();
    }
    boolean fraction = peek() == '.';
    if (fraction) {
      at++;
      int fractionStart = at;
      skipDigits();
      if (at == fractionStart) {
        throw new Decline();
      }
    }
    char next = peek();
    if (next == 'e' || next == 'E') {
      throw new Decline();
    }
    String written = text.substring(start, at);
    if (fraction && !Double.toString(Double.parseDouble(written)).equals(written)) {
      throw new Decline();
    }
    BigDecimal value = new BigDecimal(written);
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS
        || stripped.scale() > MAX_SCALE) {
      throw new Decline();
    }
    return new Number(value);
  }

  private void skipDigits() {
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void expect(char c) {
    if (peek() != c) {
      throw new Decline();
    }
    at++;
  }

  private void skipSpace() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      at++;
    }
  }
}
