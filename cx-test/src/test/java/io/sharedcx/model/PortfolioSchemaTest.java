package io.sharedcx.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.reliability.MalformedInputCorpus;
import io.sharedcx.test.SyntheticPortfolios;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema shipped in the cx-model jar against generated portfolios and the malformed-input corpus:
 * exactly the corpus entries a schema can express are schema errors.
 */
class PortfolioSchemaTest {
  /**
   * The corpus entries of {@code MalformedInputTest} that a schema can express (unknown field, wrong type,
   * unknown kind or enum, missing or null required field, malformed time). The others are errors of syntax,
   * size, value ranges or references, which the reader alone rejects.
   */
  static final Set<String> SCHEMA_ERRORS =
      Set.of(
          "not an object",
          "wrong type: number for a list",
          "wrong type: text for a quantity",
          "bad time",
          "unknown field",
          "unknown kind",
          "unknown enum",
          "missing required field",
          "null for a required field",
          "fraction for a whole number",
          "half for a whole number",
          "text for a whole number",
          "number for an enum",
          "text for a flag",
          "number for a flag",
          "text for a price",
          "number for a text",
          "epoch number for a time",
          "overflowing number for a time",
          "time with an offset",
          "empty time",
          "time a billion years ahead",
          "unknown kind lists every kind");

  /** Corpus entries that are no JSON document at all (broken, or over a parser limit). */
  static final Set<String> NOT_DOCUMENTS =
      Set.of(
          "truncated",
          "empty document",
          "deep nesting where objects belong",
          "deep nesting in a free-form value");

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = loadSchema();

  /** The schema as the cx-model jar ships it. */
  private static JsonSchema loadSchema() {
    try (InputStream in =
        CxJson.class.getResourceAsStream("/io/sharedcx/model/portfolio.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(MAPPER.readTree(in), SchemaValidatorsConfig.builder().build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<ValidationMessage> validate(String json) throws IOException {
    return SCHEMA.validate(MAPPER.readTree(json));
  }

  @Test
  void syntheticPortfolios_validate() throws IOException {
    for (int seed = 1; seed <= 5; seed++) {
      String json = CxJson.write(new SyntheticPortfolios(seed).portfolio(6));
      assertThat(validate(json)).as("synthetic portfolio, seed " + seed).isEmpty();
    }
  }

  @Test
  void portfolioNamingItsSchema_validatesAndReads() throws IOException {
    String json =
        CxJson.write(new SyntheticPortfolios(2).portfolio(2))
            .replaceFirst("\\{", "{\"\\$schema\": \"portfolio.schema.json\",");
    assertThat(validate(json)).isEmpty();
    assertThat(CxJson.readPortfolio(json, "named.json").journeys()).hasSize(2);
  }

  static Stream<Arguments> schemaErrors() {
    return MalformedInputCorpus.corpus().filter(a -> SCHEMA_ERRORS.contains((String) a.get()[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaErrors")
  void malformedInput_thatIsASchemaError_isRejectedByTheSchema(
      String what, String json, String expected) throws IOException {
    JsonNode tree = MAPPER.readTree(json);
    assertThat(SCHEMA.validate(tree)).as(what).isNotEmpty();
  }

  static Stream<Arguments> otherErrors() {
    return MalformedInputCorpus.corpus().filter(a -> !SCHEMA_ERRORS.contains((String) a.get()[0]));
  }

  /**
   * The rest of the corpus is beyond a schema: broken JSON, keys given twice, size and nesting limits,
   * value ranges, the order of times, ids that must resolve or be unique. Where the text is JSON at all,
   * the schema accepts it, so the list above is exactly the schema's share.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("otherErrors")
  void malformedInput_beyondASchema_isLeftToTheReader(String what, String json, String expected) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (IOException notJson) {
      tree = null;
    }
    if (tree == null || tree.isMissingNode()) {
      assertThat(NOT_DOCUMENTS)
          .as(what + " is no JSON document for a schema to judge")
          .contains(what);
      return;
    }
    assertThat(NOT_DOCUMENTS).as(what + " is a JSON document").doesNotContain(what);
    assertThat(SCHEMA.validate(tree)).as(what).isEmpty();
  }

  @Test
  void everySchemaErrorNamed_isInTheCorpus() {
    assertThat(MalformedInputCorpus.corpus().map(a -> (String) a.get()[0]))
        .containsAll(SCHEMA_ERRORS);
  }
}
