package io.sharedcx.engine.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.sharedcx.engine.ThresholdRange;
import io.sharedcx.model.Provenance;
import io.sharedcx.model.Term;
import io.sharedcx.model.Unit;
import io.sharedcx.model.json.CxJson;
import java.io.IOException;
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
 * and dates) with Jackson's streaming parser alone, without the JSON mapper, which takes longer to set up
 * than the engine needs to read every default of the pack. It declines, with null, anything it is not sure of (an unknown or missing field,
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

  private PlainDefaults() {}

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
      root = parse(text);
    } catch (Decline | IOException e) {
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
      ThresholdRange range = DefaultsFile.narrowed(unit, bounds).range();
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

  // The file's JSON, read with Jackson's streaming parser (no mapper, no tree): objects (a key
  // given
  // twice declines), arrays, text and numbers; true, false and null decline, as no default has
  // them.

  /** The one streaming factory of the engine's internal JSON files (these, and the pack's rule index). */
  static final JsonFactory JSON = JsonFactory.builder().build();

  private static Object parse(String text) throws IOException {
    try (JsonParser parser = JSON.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new Decline();
      }
      Object root = value(parser, first, 0);
      if (parser.nextToken() != null) {
        throw new Decline();
      }
      return root;
    }
  }

  private static Object value(JsonParser parser, JsonToken token, int depth) throws IOException {
    switch (token) {
      case START_OBJECT, START_ARRAY -> {
        if (depth >= MAX_DEPTH) {
          throw new Decline();
        }
        return token == JsonToken.START_OBJECT
            ? object(parser, depth + 1)
            : array(parser, depth + 1);
      }
      case VALUE_STRING -> {
        String s = parser.getText();
        if (s.length() > CxJson.MAX_STRING_CHARS) {
          throw new Decline();
        }
        return s;
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return number(parser.getText());
      }
      default -> throw new Decline();
    }
  }

  private static Map<String, Object> object(JsonParser parser, int depth) throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_OBJECT;
        token = parser.nextToken()) {
      String name = parser.currentName();
      if (fields.put(name, value(parser, parser.nextToken(), depth)) != null) {
        throw new Decline();
      }
    }
    return fields;
  }

  private static List<Object> array(JsonParser parser, int depth) throws IOException {
    List<Object> elements = new ArrayList<>();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      elements.add(value(parser, token, depth));
    }
    return elements;
  }

  /**
   * A number as written, within the digits the strict reading allows. The strict reading goes through a
   * JSON tree, which keeps a number with a fraction as a double: such a number is read here only when it
   * is written as that double prints ({@code 0.95}, not {@code 0.950} nor {@code 0.0001}), so that both
   * readings give the same decimal, scale included. Exponents decline.
   */
  private static Number number(String written) {
    if (written.indexOf('e') >= 0 || written.indexOf('E') >= 0) {
      throw new Decline();
    }
    boolean fraction = written.indexOf('.') >= 0;
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
}
