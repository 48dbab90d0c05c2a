package io.sharedcx.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The scalar values read exactly as documented: times as ISO-8601 UTC text within a sane range, dates as
 * ISO-8601 text in the same range, decimal numbers as JSON numbers of bounded size and scale. No epoch
 * numbers, no offsets, no empty strings meaning "not given", no text for numbers.
 */
final class StrictValues {
  /** The earliest time or date read. */
  static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

  /** The first time or date no longer read. */
  static final Instant END = Instant.parse("2100-01-01T00:00:00Z");

  /** Most digits before the decimal point of a decimal number. */
  static final int MAX_INTEGER_DIGITS = 12;

  /** Most digits after the decimal point of a decimal number (trailing zeros aside). */
  static final int MAX_SCALE = 9;

  private static final Pattern UTC_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final String TIME_HINT =
      "an ISO-8601 UTC time ending in Z, such as 2026-03-01T10:15:00Z,"
          + " from 1970-01-01 up to 2099-12-31";

  private StrictValues() {}

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("sharedcx-strict-values");
    module.addDeserializer(Instant.class, new InstantReader());
    module.addDeserializer(LocalDate.class, new DateReader());
    module.addDeserializer(BigDecimal.class, new DecimalReader());
    return module;
  }

  private static String shown(JsonParser p) throws IOException {
    String text = p.getText();
    if (text == null) {
      return "nothing";
    }
    String cut = text.length() > 40 ? text.substring(0, 37) + "..." : text;
    return p.currentToken() == JsonToken.VALUE_STRING ? "'" + cut + "'" : cut;
  }

  /**
   * {@return the UTC time {@code text} names, or null when it is not one} The usual form ({@code
   * 2026-03-01T10:15:00Z}, with 0 or 1 to 9 digits of fraction) is read field by field; the rest (24:00,
   * a leap second, anything odd) goes through the pattern and {@link Instant#parse}, which decide as
   * before. Every time of every journey read passes here.
   */
  static Instant instant(String text) {
    Instant at = usualInstant(text);
    if (at != null) {
      return at;
    }
    if (UTC_TIME.matcher(text).matches()) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  private static final int[] FRACTION_SCALE = {
    0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  /** A time in the usual form, with hours 0 to 23 and seconds 0 to 59; else null. */
  private static Instant usualInstant(String t) {
    int n = t.length();
    // Seconds are required: Instant.parse reads no time without them.
    if (n < 20
        || t.charAt(n - 1) != 'Z'
        || t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || t.charAt(10) != 'T'
        || t.charAt(13) != ':') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    if (t.charAt(16) != ':') {
      return null;
    }
    int second = digits(t, 17, 2);
    int nano = 0;
    if (n > 20) {
      int places = n - 21;
      if (t.charAt(19) != '.' || places < 1 || places > 9) {
        return null;
      }
      int fraction = digits(t, 20, places);
      if (fraction < 0) {
        return null;
      }
      nano = fraction * FRACTION_SCALE[places];
    }
    if (year < 0
        || month < 0
        || day < 0
        || hour < 0
        || hour > 23
        || minute < 0
        || second < 0
        || second > 59) {
      return null;
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second, nano)
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null; // no such day or minute: the slow path says no as well
    }
  }

  /** The number the ASCII digits at {@code from} spell, or -1 when one of them is not a digit. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static final class InstantReader extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    InstantReader() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        Instant at = instant(p.getText());
        if (at != null && !at.isBefore(EARLIEST) && at.isBefore(END)) {
          return at;
        }
      }
      throw JsonMappingException.from(
          p, "cannot read " + shown(p) + " as a time: expected " + TIME_HINT);
    }
  }

  private static final class DateReader extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    DateReader() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING && DATE.matcher(p.getText()).matches()) {
        try {
          LocalDate date = LocalDate.parse(p.getText());
          if (date.getYear() >= 1970 && date.getYear() < 2100) {
            return date;
          }
        } catch (DateTimeParseException e) {
          // falls through to the error below
        }
      }
      throw JsonMappingException.from(
          p,
          "cannot read "
              + shown(p)
              + " as a date: expected an ISO-8601 date such as 2026-03-01, from 1970-01-01 up to 2099-12-31");
    }
  }

  private static final class DecimalReader extends StdScalarDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    DecimalReader() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        // Parsing the text is cheap even for 1e100000000: only arithmetic on such a value is not.
        BigDecimal value = p.getDecimalValue().stripTrailingZeros();
        int integerDigits = value.precision() - value.scale();
        if (integerDigits <= MAX_INTEGER_DIGITS && value.scale() <= MAX_SCALE) {
          return p.getDecimalValue();
        }
        throw JsonMappingException.from(
            p,
            "the number "
                + shown(p)
                + " is out of range: expected at most "
                + MAX_INTEGER_DIGITS
                + " digits before the decimal point and "
                + MAX_SCALE
                + " after");
      }
      throw JsonMappingException.from(
          p,
          "cannot read "
              + shown(p)
              + " as a number: expected a JSON number such as 12.50, not text. Maybe remove the quotes.");
    }
  }
}
