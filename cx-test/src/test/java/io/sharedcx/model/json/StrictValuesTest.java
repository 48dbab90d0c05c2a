package io.sharedcx.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Times are read field by field in the usual form, and exactly as the pattern and Instant.parse read them. */
class StrictValuesTest {
  /** The reading before the field-by-field one: the pattern, then {@link Instant#parse}. */
  private static final Pattern UTC_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z");

  private static Instant byPattern(String text) {
    if (!UTC_TIME.matcher(text).matches()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Test
  void instant_readsTheUsualForms() {
    // Without seconds it is no time, as Instant.parse has always read it, though the pattern allows
    // it.
    assertThat(StrictValues.instant("2026-03-01T10:15Z")).isNull();
    assertThat(StrictValues.instant("2026-03-01T10:15:07Z")).isEqualTo("2026-03-01T10:15:07Z");
    assertThat(StrictValues.instant("2024-02-29T23:59:59.5Z"))
        .isEqualTo(Instant.parse("2024-02-29T23:59:59.500Z"));
    assertThat(StrictValues.instant("2026-03-01T00:00:00.123456789Z").getNano())
        .isEqualTo(123_456_789);
  }

  @Test
  void instant_agreesWithThePatternAndParse_onEdgesAndNearMisses() {
    String[] cases = {
      "2026-02-29T00:00:00Z", // no such day
      "2026-13-01T00:00:00Z",
      "2026-00-10T00:00:00Z",
      "2026-04-31T00:00:00Z",
      "2026-03-01T24:00:00Z", // read by parse as the next midnight
      "2026-03-01T24:00Z",
      "2026-06-30T23:59:60Z", // a leap second, read by parse
      "2026-03-01T23:60:00Z",
      "2026-03-01T10:15:00.Z",
      "2026-03-01T10:15:00.1234567890Z",
      "2026-03-01T10:15:0Z",
      "2026-03-01T10:15:00",
      "2026-03-01 10:15:00Z",
      "2026-03-01T10:15:00+01:00",
      "+2026-03-01T10:15:00Z",
      "2026-3-01T10:15:00Z",
      "\uff12026-03-01T10:15:00Z", // a full-width digit
      "2026-03-01t10:15:00z",
      "",
      "Z",
      "0000-01-01T00:00Z",
      "9999-12-31T23:59:59.999999999Z"
    };
    for (String text : cases) {
      assertThat(StrictValues.instant(text)).as(text).isEqualTo(byPattern(text));
    }
  }

  @Test
  void instant_agreesWithThePatternAndParse_onGeneratedTexts() {
    Random random = new Random(2026);
    String[] forms = {
      "2026-03-01T10:15Z", "2026-03-01T10:15:07Z", "2026-03-01T10:15:07.123456789Z"
    };
    String alphabet = "0123456789-:T.Z+ x";
    for (int i = 0; i < 50_000; i++) {
      char[] text = forms[random.nextInt(forms.length)].toCharArray();
      int length = text.length;
      if (text.length == 30 && random.nextInt(4) == 0) {
        length = 21 + random.nextInt(text.length - 21);
        text[length - 1] = 'Z';
      }
      for (int at = 0; at < length; at++) {
        char c = text[at];
        if (c >= '0' && c <= '9') {
          // every digit random: months, days, hours and seconds out of range come up often
          text[at] = (char) ('0' + random.nextInt(10));
        }
      }
      if (random.nextInt(3) == 0) {
        text[random.nextInt(length)] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      String candidate = new String(text, 0, length);
      assertThat(StrictValues.instant(candidate)).as(candidate).isEqualTo(byPattern(candidate));
    }
  }
}
