package io.sharedcx.model.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.sharedcx.test.SyntheticPortfolios;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.json.InputException;
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
        Arguments.of("truncated", VALID.substring(0, VALID.lastIndexOf('}')), "Unexpected end-of-input"),
        Arguments.of("empty document", "", "No content"),
        Arguments.of("not an object", "[1, 2, 3]", "expected Portfolio"),
        Arguments.of("trailing garbage", VALID + " {}", "Trailing token"),
        Arguments.of("wrong type: number for a list", replaceFirst("\"brands\" : \\[", "\"brands\" : 7, \"x\" : ["),
            "$.brands"),
        Arguments.of("wrong type: text for a quantity", replaceFirst("\"quantity\" : \\d+", "\"quantity\" : \"many\""),
            "quantity"),
        Arguments.of("negative quantity", replaceFirst("\"quantity\" : \\d+", "\"quantity\" : -3"),
            "OrderLine.quantity = -3 is not valid"),
        Arguments.of("absurd quantity", replaceFirst("\"quantity\" : \\d+", "\"quantity\" : 99999999999999"),
            "quantity"),
        Arguments.of("negative stock", replaceFirst("\"available\" : \\d+", "\"available\" : -1"),
            "StockCheck.available = -1"),
        Arguments.of("bad time", replaceFirst("\"at\" : \"[^\"]+\"", "\"at\" : \"yesterday\""),
            "ISO-8601"),
        Arguments.of("dates out of order: shipped after arrival",
            replaceFirst("\"shippedAt\" : \"[^\"]+\"", "\"shippedAt\" : \"2030-01-01T00:00:00Z\""),
            "Shipment.shippedAt"),
        Arguments.of("dangling customer", replaceFirst("\"customer\" : \"cust-\\d+\"", "\"customer\" : \"ghost\""),
            "Journey.customer = 'ghost' names no customer"),
        Arguments.of("dangling party", replaceFirst("\"packedBy\" : \"[^\"]+\"", "\"packedBy\" : \"nobody\""),
            "names no party"),
        Arguments.of("duplicate journey id", replaceFirst("\"id\" : \"j1\"", "\"id\" : \"j0\""),
            "'j0' occurs more than once"),
        Arguments.of("unknown field", replaceFirst("\"packedBy\"", "\"packedby\" : \"x\", \"packedBy\""),
            "unknown field 'packedby'"),
        Arguments.of("unknown kind", replaceFirst("\"kind\" : \"order\"", "\"kind\" : \"java.lang.Runtime\""),
            "unknown kind 'java.lang.Runtime'"),
        Arguments.of("unknown enum", replaceFirst("\"channel\" : \"WEB\"", "\"channel\" : \"FAX\""),
            "Maybe one of: WEB"),
        Arguments.of("missing required field", replaceFirst("\"seller\" : \"[^\"]+\",", ""), "seller"),
        Arguments.of("null for a required field", replaceFirst("\"seller\" : \"[^\"]+\"", "\"seller\" : null"),
            "seller"),
        Arguments.of("huge string", replaceFirst("\"name\" : \"[^\"]+\"", "\"name\" : \"" + "x".repeat(200_000) + "\""),
            "String value length"),
        Arguments.of("deep nesting where objects belong", "{\"brands\": " + "[".repeat(2_000) + "]".repeat(2_000) + "}",
            "at $.brands[0]: expected Brand"),
        Arguments.of("deep nesting in a free-form value", "{\"products\": [{\"id\": \"p\", \"name\": \"P\", "
            + "\"brand\": \"b\", \"attributes\": {\"size\": " + "[".repeat(2_000) + "]".repeat(2_000) + "}}]}",
            "$.products[0].attributes.size"),
        Arguments.of("blank id", replaceFirst("\"id\" : \"brand\"", "\"id\" : \" \""), "Brand.id"));
  }

  @org.junit.jupiter.api.Test
  void parser_capsNestingDepth_beforeAnyBinding() {
    String deep = "[".repeat(2_000) + "]".repeat(2_000);
    Throwable thrown = catchThrowable(() -> CxJson.mapper().readTree(deep));
    assertThat(thrown).hasMessageContaining("Document nesting depth").hasMessageContaining("64");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void malformedInput_givesTheDocumentedOneLineError(String what, String json, String expected) {
    Throwable thrown = catchThrowable(() -> CxJson.readPortfolio(json, "corpus.json"));
    assertThat(thrown).as(what).isInstanceOf(InputException.class);
    assertThat(thrown.getMessage()).as(what).startsWith("corpus.json").contains(expected).doesNotContain("\n");
  }
}
