package io.sharedcx.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sharedcx.model.Portfolio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A {@code null} where the input should hold a value is an error that says where, never a crash. */
class NullInputTest {
  @TempDir Path dir;

  @Test
  void readPortfolio_documentIsNull_isAnErrorAtItsFirstValue() throws IOException {
    Path file = Files.writeString(dir.resolve("null.json"), "null\n");

    InputException e = catchThrowableOfType(InputException.class, () -> CxJson.readPortfolio(file));

    assertThat(e.getMessage())
        .isEqualTo(
            file
                + ":1:1: at $: expected a JSON object (a portfolio), but the document is null."
                + " Maybe check that this is the right file");
  }

  @Test
  void readPortfolio_nullAfterBlankLines_givesTheNullsLineAndColumn() {
    InputException e =
        catchThrowableOfType(
            InputException.class, () -> CxJson.readPortfolio("\n\n   null", "in.json"));

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(4);
    assertThat(e.problem()).contains("a portfolio").contains("the document is null");
  }

  @Test
  void readAdjustments_documentIsNull_isAnErrorAtItsFirstValue() throws IOException {
    Path file = Files.writeString(dir.resolve("adjustments.json"), "null");

    InputException e =
        catchThrowableOfType(InputException.class, () -> CxJson.readAdjustments(file));

    assertThat(e.getMessage())
        .startsWith(file + ":1:1: at $: expected a JSON object (exemptions and disputes)")
        .contains("the document is null");
  }

  @Test
  void portfolioStream_documentIsNull_saysWhatTheWholeFileReadSays() throws IOException {
    Path file = Files.writeString(dir.resolve("null.json"), "null");

    InputException streamed =
        catchThrowableOfType(InputException.class, () -> PortfolioStream.open(file));
    InputException whole =
        catchThrowableOfType(InputException.class, () -> CxJson.readPortfolio(file));

    assertThat(streamed.getMessage()).isEqualTo(whole.getMessage());
  }

  /** A small valid portfolio with one of every list the tests put a null into. */
  static final String PORTFOLIO =
      "{\"brands\": [{\"id\": \"b\", \"name\": \"B\"}],\n"
          + " \"partners\": [{\"id\": \"p\", \"name\": \"P\", \"roles\": [\"RETAILER\"]}],\n"
          + " \"partnerships\": [{\"id\": \"b-p\", \"principal\": \"b\", \"partner\": \"p\",\n"
          + "   \"agreement\": {\"standards\": [], \"terms\": []}}],\n"
          + " \"customers\": [{\"id\": \"c\"}],\n"
          + " \"journeys\": [{\"id\": \"j\", \"customer\": \"c\", \"touchpoints\": [\n"
          + "   {\"kind\": \"complaint\", \"id\": \"t\", \"at\": \"2026-03-01T10:00:00Z\","
          + " \"channel\": \"WEB\", \"party\": \"b\",\n"
          + "    \"reason\": \"DAMAGED\", \"disposition\": \"OPEN\", \"photos\": [\"p1.jpg\"]}]}]}";

  @Test
  void portfolio_withoutNulls_reads() {
    Portfolio portfolio = CxJson.readPortfolio(PORTFOLIO, "in.json");

    assertThat(portfolio.journeys()).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'\"journeys\": ['         | '\"journeys\": [null, '      | $.journeys[0]                           | a journey (a JSON object)",
        "'\"touchpoints\": ['      | '\"touchpoints\": [null, '   | $.journeys[0].touchpoints[0]            | a touchpoint (a JSON object)",
        "'\"brands\": ['           | '\"brands\": [null, '        | $.brands[0]                             | a brand (a JSON object)",
        "'\"terms\": ['            | '\"terms\": [null'           | $.partnerships[0].agreement.terms[0]    | a term (a JSON object)",
        "'\"standards\": ['        | '\"standards\": [null'       | $.partnerships[0].agreement.standards[0]| text",
        "'\"roles\": [\"RETAILER\"' | '\"roles\": [null'         | $.partners[0].roles[0]                  | one of RETAILER, MARKETPLACE",
        "'\"photos\": [\"p1.jpg\"'  | '\"photos\": [\"p1.jpg\", null' | $.journeys[0].touchpoints[0].photos[1] | text",
      })
  void readPortfolio_nullInAList_isAnErrorAtTheNullNamingItsPath(
      String list, String withNull, String path, String expected) {
    String json = PORTFOLIO.replace(list, withNull);
    String at = at(json, json.indexOf("null", json.indexOf(withNull)));

    InputException e =
        catchThrowableOfType(InputException.class, () -> CxJson.readPortfolio(json, "in.json"));

    assertThat(e.getMessage())
        .startsWith(
            "in.json:"
                + at
                + ": at "
                + path
                + ": null is not allowed in a list: expected "
                + expected)
        .endsWith(". Maybe remove the null")
        .doesNotContain("Immutable")
        .doesNotContain("Exception")
        .doesNotContain("`null`");
  }

  @Test
  void readPortfolio_nullAsAMapValue_isAnErrorAtTheNullNamingItsKey() {
    String json =
        PORTFOLIO.replace(
            "\"agreement\": {", "\"agreement\": {\"categoryMap\": {\"Toys\": null}, ");

    InputException e =
        catchThrowableOfType(InputException.class, () -> CxJson.readPortfolio(json, "in.json"));

    assertThat(e.getMessage())
        .startsWith(
            "in.json:"
                + at(json, json.indexOf("null"))
                + ": at $.partnerships[0].agreement.categoryMap.Toys: null is not allowed here:"
                + " expected text.");
  }

  @Test
  void portfolioStream_nullInAListOfTheParties_saysWhatTheWholeFileReadSays() throws IOException {
    String json = PORTFOLIO.replace("\"terms\": [", "\"terms\": [null");
    Path file = Files.writeString(dir.resolve("in.json"), json);

    InputException streamed =
        catchThrowableOfType(InputException.class, () -> PortfolioStream.open(file));
    InputException whole =
        catchThrowableOfType(InputException.class, () -> CxJson.readPortfolio(file));

    assertThat(streamed.getMessage())
        .isEqualTo(whole.getMessage())
        .startsWith(file + ":" + at(json, json.indexOf("null")) + ": at $.partnerships[0]");
  }

  @Test
  void portfolioStream_nullJourney_failsAlone_andTheJourneysAfterItAreRead() throws IOException {
    String json =
        PORTFOLIO.replace(
            "\"journeys\": [",
            "\"journeys\": [\n  null,\n  {\"id\": \"j0\", \"customer\": \"c\"},\n");
    Path file = Files.writeString(dir.resolve("in.json"), json);

    for (boolean ahead : new boolean[] {false, true}) {
      List<Object> seen = new ArrayList<>();
      try (PortfolioStream stream =
          ahead ? PortfolioStream.open(file).readAhead() : PortfolioStream.open(file)) {
        while (stream.hasNext()) {
          try {
            seen.add(stream.next().id());
          } catch (InputException e) {
            seen.add(e);
          }
        }
        assertThat(stream.journeysRead()).isEqualTo(3);
      }

      assertThat(seen).hasSize(3);
      assertThat(seen.subList(1, 3)).containsExactly("j0", "j");
      InputException e = (InputException) seen.get(0);
      assertThat(e.journey()).isEqualTo("$.journeys[0]");
      assertThat(e.getMessage())
          .isEqualTo(
              file
                  + ":7:3: at $.journeys[0]: null is not allowed in a list: expected a journey (a"
                  + " JSON object). Maybe remove the null");
    }
  }

  @Test
  void readPortfolio_nullJourney_saysWhatTheStreamSays() {
    String json = PORTFOLIO.replace("\"journeys\": [", "\"journeys\": [\n  null,\n");

    InputException e =
        catchThrowableOfType(InputException.class, () -> CxJson.readPortfolio(json, "in.json"));

    assertThat(e.getMessage())
        .isEqualTo(
            "in.json:7:3: at $.journeys[0]: null is not allowed in a list: expected a journey (a"
                + " JSON object). Maybe remove the null");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'\"journeys\": [{'    | journeys    | $.journeys",
        "'\"customers\": [{'   | customers   | $.customers",
        "'\"touchpoints\": ['  | touchpoints | $.journeys[0].touchpoints",
        "'\"roles\": [\"'      | roles       | $.partners[0].roles",
        "'\"photos\": [\"'     | photos      | $.journeys[0].touchpoints[0].photos",
      })
  void readPortfolio_nullForAList_isAnError_notAnEmptyList(String list, String field, String path) {
    String json = nullFor(list, field);

    InputException e =
        catchThrowableOfType(InputException.class, () -> CxJson.readPortfolio(json, "in.json"));

    assertThat(e.getMessage())
        .isEqualTo(
            "in.json:"
                + at(json, json.indexOf("null"))
                + ": at "
                + path
                + ": null is not a list. Maybe write [] for none, or leave '"
                + field
                + "' out");
  }

  @Test
  void portfolioStream_nullJourneys_saysWhatTheWholeFileReadSays() throws IOException {
    Path file = Files.writeString(dir.resolve("in.json"), nullFor("\"journeys\": [{", "journeys"));

    InputException streamed =
        catchThrowableOfType(InputException.class, () -> PortfolioStream.open(file));
    InputException whole =
        catchThrowableOfType(InputException.class, () -> CxJson.readPortfolio(file));

    assertThat(streamed.getMessage()).isEqualTo(whole.getMessage()).contains("null is not a list");
  }

  /** The portfolio with the list that starts with {@code list} replaced by null. */
  private static String nullFor(String list, String field) {
    int start = PORTFOLIO.indexOf(list);
    int open = start + list.indexOf('[');
    int depth = 0;
    int end = open;
    do {
      char c = PORTFOLIO.charAt(end++);
      depth += c == '[' ? 1 : c == ']' ? -1 : 0;
    } while (depth > 0);
    return PORTFOLIO.substring(0, start) + "\"" + field + "\": null" + PORTFOLIO.substring(end);
  }

  /** The line and column of the character at {@code index}, as errors give them. */
  static String at(String text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return line + ":" + (index - lineStart + 1);
  }
}
