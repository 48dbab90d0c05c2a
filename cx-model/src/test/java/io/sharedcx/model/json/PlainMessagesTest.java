package io.sharedcx.model.json;

import static io.sharedcx.model.json.NullInputTest.PORTFOLIO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Errors in input are said in the input format's words: never the names of the JSON library's features
 * or of Java classes, and always with the line and column.
 */
class PlainMessagesTest {
  /** What the library's own wording would show. */
  static final List<String> INTERNALS =
      List.of(
          "Feature",
          "CoercionConfig",
          "StreamReadConstraints",
          "REDACTED",
          "java.",
          "$Json",
          "$Line",
          "Immutable",
          "creator property",
          "Exception",
          "`");

  static Stream<Arguments> portfolios() {
    return Stream.of(
        Arguments.of(
            "NaN",
            PORTFOLIO.replace("\"terms\": []", "\"terms\": [], \"disputeWindowDays\": NaN"),
            "NaN is not a number JSON can hold. Maybe write a number such as 12.5"),
        Arguments.of(
            "null for a flag",
            PORTFOLIO.replace("\"photos\"", "\"viaRegulator\": null, \"photos\""),
            "at $.journeys[0].touchpoints[0].viaRegulator: 'viaRegulator' cannot be null: expected"
                + " true or false"),
        Arguments.of(
            "content after the document",
            PORTFOLIO + "\n{}",
            "content after the end of the document. Maybe remove it"),
        Arguments.of(
            "truncated",
            PORTFOLIO.substring(0, PORTFOLIO.length() - 3),
            "it is probably truncated. Maybe write it again"),
        Arguments.of(
            "a text over the length limit",
            PORTFOLIO.replace("\"name\": \"B\"", "\"name\": \"" + "x".repeat(100_001) + "\""),
            "a text longer than the limit of 100,000 characters. Maybe shorten it"),
        Arguments.of(
            "an object for a list",
            PORTFOLIO.replace("\"customers\": [{\"id\": \"c\"}]", "\"customers\": {}"),
            "at $.customers: expected a list (a JSON array), not an object"),
        Arguments.of(
            "a list for the portfolio",
            "[1, 2]",
            "expected a portfolio (a JSON object), not a list"),
        Arguments.of(
            "text for a whole number",
            PORTFOLIO.replace("\"terms\": []", "\"terms\": [], \"disputeWindowDays\": \"3\""),
            "expected a whole number, not text (\"3\")"),
        Arguments.of(
            "a whole number out of range",
            PORTFOLIO.replace(
                "\"terms\": []", "\"terms\": [], \"disputeWindowDays\": 10000000000000000000000"),
            "the number 10000000000000000000000 is out of range: expected a whole number from"
                + " -2147483648 to 2147483647"),
        Arguments.of(
            "a fraction for a whole number",
            PORTFOLIO.replace("\"terms\": []", "\"terms\": [], \"disputeWindowDays\": 1.5"),
            "cannot read 1.5 as a whole number"),
        Arguments.of(
            "a number for a journey",
            PORTFOLIO.replace("\"journeys\": [", "\"journeys\": [7, "),
            "at $.journeys[0]: expected a journey (a JSON object), not a number"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("portfolios")
  void readPortfolio_saysTheProblemPlainly_withLineAndColumn(
      String name, String json, String plain) {
    InputException e =
        catchThrowableOfType(InputException.class, () -> CxJson.readPortfolio(json, "in.json"));

    assertThat(e.getMessage()).matches("in\\.json:\\d+:\\d+: .*").contains(plain);
    assertThat(INTERNALS).noneMatch(e.getMessage()::contains);
  }

  static Stream<Arguments> eventLines() {
    String good = EventLinesTest.GOOD.formatted("t1");
    return Stream.of(
        Arguments.of("a list", "[1]", "expected a touchpoint event (a JSON object), not a list"),
        Arguments.of(
            "no journey",
            good.replace("\"journey\":\"j\",", ""),
            "'journey' is missing. Maybe add it"),
        Arguments.of(
            "NaN", good.replace("\"time\":\"2026-06-05T09:12:00Z\"", "\"time\":NaN"), "NaN"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eventLines")
  void readEventLine_saysTheProblemPlainly_withLineAndColumn(
      String name, String line, String plain) {
    InputException e =
        catchThrowableOfType(
            InputException.class, () -> TouchpointEvents.read(line, "events.jsonl", 4));

    assertThat(e.getMessage()).matches("events\\.jsonl:4:\\d+: .*").contains(plain);
    assertThat(INTERNALS).noneMatch(e.getMessage()::contains);
  }
}
