package io.sharedcx.model.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.json.InputException;
import io.sharedcx.test.SyntheticPortfolios;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of malformed inputs: each gives the documented one-line error (source, position or JSON path,
 * what is wrong), never a bare stack trace, never an out-of-memory.
 */
class MalformedInputTest {
  static final String VALID = CxJson.write(new SyntheticPortfolios(1).portfolio(2));

  static String replaceFirst(String regex, String replacement) {
    String changed = VALID.replaceFirst(regex, replacement);
    if (changed.equals(VALID)) {
      throw new IllegalStateException("corpus entry did not change the document: " + regex);
    }
    return changed;
  }

  static Stream<Arguments> corpus() {
    return Stream.of(
        Arguments.of(
            "truncated", VALID.substring(0, VALID.lastIndexOf('}')), "it is probably truncated"),
        Arguments.of("empty document", "", "the document is empty"),
        Arguments.of(
            "not an object", "[1, 2, 3]", "expected a portfolio (a JSON object), not a list"),
        Arguments.of("trailing garbage", VALID + " {}", "content after the end of the document"),
        Arguments.of(
            "wrong type: number for a list",
            replaceFirst("\"brands\" : \\[", "\"brands\" : 7, \"x\" : ["),
            "$.brands"),
        Arguments.of(
            "wrong type: text for a quantity",
            replaceFirst("\"quantity\" : \\d+", "\"quantity\" : \"many\""),
            "quantity"),
        Arguments.of(
            "negative quantity",
            replaceFirst("\"quantity\" : \\d+", "\"quantity\" : -3"),
            "OrderLine.quantity = -3 is not valid"),
        Arguments.of(
            "absurd quantity",
            replaceFirst("\"quantity\" : \\d+", "\"quantity\" : 99999999999999"),
            "quantity"),
        Arguments.of(
            "negative stock",
            replaceFirst("\"available\" : \\d+", "\"available\" : -1"),
            "StockCheck.available = -1"),
        Arguments.of(
            "bad time", replaceFirst("\"at\" : \"[^\"]+\"", "\"at\" : \"yesterday\""), "ISO-8601"),
        Arguments.of(
            "dates out of order: shipped after arrival",
            replaceFirst("\"shippedAt\" : \"[^\"]+\"", "\"shippedAt\" : \"2030-01-01T00:00:00Z\""),
            "Shipment.shippedAt"),
        Arguments.of(
            "dangling customer",
            replaceFirst("\"customer\" : \"cust-\\d+\"", "\"customer\" : \"ghost\""),
            "Journey.customer = 'ghost' names no customer"),
        Arguments.of(
            "dangling party",
            replaceFirst("\"packedBy\" : \"[^\"]+\"", "\"packedBy\" : \"nobody\""),
            "names no party"),
        Arguments.of(
            "duplicate journey id",
            replaceFirst("\"id\" : \"j1\"", "\"id\" : \"j0\""),
            "'j0' occurs more than once"),
        Arguments.of(
            "unknown field",
            replaceFirst("\"packedBy\"", "\"packedby\" : \"x\", \"packedBy\""),
            "unknown field 'packedby'"),
        Arguments.of(
            "unknown kind",
            replaceFirst("\"kind\" : \"order\"", "\"kind\" : \"java.lang.Runtime\""),
            "unknown kind 'java.lang.Runtime'"),
        Arguments.of(
            "unknown enum",
            replaceFirst("\"channel\" : \"WEB\"", "\"channel\" : \"FAX\""),
            "Maybe one of: WEB"),
        Arguments.of(
            "missing required field", replaceFirst("\"seller\" : \"[^\"]+\",", ""), "seller"),
        Arguments.of(
            "null for a required field",
            replaceFirst("\"seller\" : \"[^\"]+\"", "\"seller\" : null"),
            "seller"),
        Arguments.of(
            "huge string",
            replaceFirst("\"name\" : \"[^\"]+\"", "\"name\" : \"" + "x".repeat(200_000) + "\""),
            "a text longer than the limit of 100,000 characters"),
        Arguments.of(
            "deep nesting where objects belong",
            "{\"brands\": " + "[".repeat(2_000) + "]".repeat(2_000) + "}",
            "at $.brands[0]: expected a brand (a JSON object), not a list"),
        Arguments.of(
            "deep nesting in a free-form value",
            "{\"products\": [{\"id\": \"p\", \"name\": \"P\", "
                + "\"brand\": \"b\", \"attributes\": {\"size\": "
                + "[".repeat(2_000)
                + "]".repeat(2_000)
                + "}}]}",
            "$.products[0].attributes.size"),
        Arguments.of("blank id", replaceFirst("\"id\" : \"brand\"", "\"id\" : \" \""), "Brand.id"),
        Arguments.of(
            "duplicate key: a second journeys list",
            replaceFirst("\"journeys\" : \\[", "\"journeys\" : [ ], \"journeys\" : ["),
            "duplicate key 'journeys': first at line"),
        Arguments.of(
            "duplicate key in a touchpoint",
            replaceFirst("\"quantity\" : (\\d+)", "\"quantity\" : $1, \"quantity\" : 7"),
            "duplicate key 'quantity': first at line"),
        Arguments.of(
            "fraction for a whole number",
            replaceFirst("\"quantity\" : \\d+", "\"quantity\" : 1.9"),
            "quantity: cannot read 1.9 as a whole number. Maybe a whole number such as 2"),
        Arguments.of(
            "half for a whole number",
            replaceFirst("\"quantity\" : \\d+", "\"quantity\" : 0.5"),
            "quantity: cannot read 0.5 as a whole number. Maybe a whole number"),
        Arguments.of(
            "text for a whole number",
            replaceFirst("\"quantity\" : \\d+", "\"quantity\" : \"3\""),
            "quantity: expected a whole number, not text (\"3\")"),
        Arguments.of(
            "number for an enum",
            replaceFirst("\"channel\" : \"WEB\"", "\"channel\" : 1"),
            "Maybe one of: WEB"),
        Arguments.of(
            "text for a flag",
            replaceFirst("\"fragile\" : (true|false)", "\"fragile\" : \"false\""),
            "fragile: expected true or false, not text"),
        Arguments.of(
            "number for a flag",
            replaceFirst("\"fragile\" : (true|false)", "\"fragile\" : 0"),
            "fragile: cannot read 0 as a yes-or-no value. Maybe true or false"),
        Arguments.of(
            "text for a price",
            replaceFirst("\"price\" : \\d+", "\"price\" : \"12.50\""),
            "cannot read '12.50' as a number"),
        Arguments.of(
            "huge exponent for a price",
            replaceFirst("\"price\" : \\d+", "\"price\" : 1e100000000"),
            "the number 1e100000000 is out of range"),
        Arguments.of(
            "too many decimals for a price",
            replaceFirst("\"price\" : \\d+", "\"price\" : 0.0000000001"),
            "out of range: expected at most 12 digits before the decimal point and 9 after"),
        Arguments.of(
            "epoch number for a time",
            replaceFirst("\"at\" : \"[^\"]+\"", "\"at\" : 1772000000"),
            "cannot read 1772000000 as a time: expected an ISO-8601 UTC time ending in Z"),
        Arguments.of(
            "overflowing number for a time",
            replaceFirst("\"at\" : \"[^\"]+\"", "\"at\" : 1e400"),
            "cannot read 1e400 as a time"),
        Arguments.of(
            "time with an offset",
            replaceFirst("\"at\" : \"[^\"]+\"", "\"at\" : \"2026-03-05T15:00:00+02:00\""),
            "cannot read '2026-03-05T15:00:00+02:00' as a time"),
        Arguments.of(
            "empty time",
            replaceFirst("\"promisedBy\" : \"[^\"]+\"", "\"promisedBy\" : \"\""),
            "cannot read '' as a time"),
        Arguments.of(
            "time a billion years ahead",
            replaceFirst("\"at\" : \"[^\"]+\"", "\"at\" : \"+1000000000-01-01T00:00:00Z\""),
            "from 1970-01-01 up to 2099-12-31"),
        Arguments.of(
            "touchpoint far in the future",
            replaceFirst("\"at\" : \"[^\"]+\"", "\"at\" : \"2150-01-01T00:00:00Z\""),
            "cannot read '2150-01-01T00:00:00Z' as a time"),
        Arguments.of(
            "shipped before its order was placed",
            replaceFirst("\"shippedAt\" : \"[^\"]+\"", "\"shippedAt\" : \"2001-01-01T00:00:00Z\""),
            "Shipment.shippedAt = 2001-01-01T00:00:00Z is not valid:"
                + " expected a time after its order"),
        Arguments.of(
            "delivered years before its order",
            replaceFirst(
                "\"deliveredAt\" : \"[^\"]+\"", "\"deliveredAt\" : \"2001-01-01T00:00:00Z\""),
            "Delivery.deliveredAt = 2001-01-01T00:00:00Z is not valid"),
        Arguments.of(
            "number for a text",
            replaceFirst("\"name\" : \"[^\"]+\"", "\"name\" : 7"),
            "at $.brands[0].name: cannot read 7 as text. Maybe write it in quotes"),
        Arguments.of(
            "a status update dated before its order",
            replaceFirst(
                "(\"kind\" : \"statusUpdate\",\\s*\"id\" : \"[^\"]+\",\\s*\"at\" : )\"[^\"]+\"",
                "$1\"2001-01-01T00:00:00Z\""),
            "StatusUpdate.at = 2001-01-01T00:00:00Z is not valid: expected a time after its order"),
        Arguments.of(
            "unknown kind lists every kind",
            replaceFirst("\"kind\" : \"order\"", "\"kind\" : \"orders\""),
            "Maybe one of: research, offer, stockCheck, order, pickup, shipment, delivery, statusUpdate, complaint,"
                + " serviceContact, cancellation, feedback, claim"),
        Arguments.of(
            "dangling party, located at its journey",
            replaceFirst("\"packedBy\" : \"[^\"]+\"", "\"packedBy\" : \"nobody\""),
            "at $.journeys[1]: Shipment.packedBy = 'nobody' names no party in this"
                + " portfolio; known parties:"),
        Arguments.of(
            "dangling order: plural and article right",
            replaceFirst("(\"kind\" : \"shipment\"[^}]*?\"order\" : )\"[^\"]+\"", "$1\"nowhere\""),
            "names no order in this portfolio; known orders: "),
        Arguments.of(
            "dangling order: the hint's article",
            replaceFirst("(\"kind\" : \"shipment\"[^}]*?\"order\" : )\"[^\"]+\"", "$1\"nowhere\""),
            "Maybe add an order with id 'nowhere'"),
        Arguments.of(
            "duplicate journey id, located at the second",
            replaceFirst("\"id\" : \"j1\"", "\"id\" : \"j0\""),
            "at $.journeys[1]: Portfolio.journeys.id = 'j0'"));
  }

  @org.junit.jupiter.api.Test
  void parser_capsNestingDepth_beforeAnyBinding() {
    String deep = "[".repeat(2_000) + "]".repeat(2_000);
    Throwable thrown = catchThrowable(() -> CxJson.mapper().readTree(deep));
    assertThat(thrown).hasMessageContaining("Document nesting depth").hasMessageContaining("64");
  }

  @org.junit.jupiter.api.Test
  void danglingId_isReportedAtTheLineOfItsJourney() {
    String json = replaceFirst("\"customer\" : \"cust-\\d+\"", "\"customer\" : \"ghost\"");
    int line = (int) json.substring(0, json.indexOf("\"journeys\"")).lines().count();
    Throwable thrown = catchThrowable(() -> CxJson.readPortfolio(json, "corpus.json"));
    assertThat(thrown).isInstanceOf(InputException.class);
    InputException e = (InputException) thrown;
    assertThat(e.path()).isEqualTo("$.journeys[0]");
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.getMessage()).contains("Maybe add a customer with id 'ghost'");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void malformedInput_givesTheDocumentedOneLineError(String what, String json, String expected) {
    Throwable thrown = catchThrowable(() -> CxJson.readPortfolio(json, "corpus.json"));
    assertThat(thrown).as(what).isInstanceOf(InputException.class);
    assertThat(thrown.getMessage())
        .as(what)
        .startsWith("corpus.json")
        .contains(expected)
        .doesNotContain("\n");
  }
}
