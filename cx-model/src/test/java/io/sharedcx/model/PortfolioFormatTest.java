package io.sharedcx.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.sharedcx.model.json.CxJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the generated field reference (docs/FIELDS.md) and JSON Schema (in the jar and in docs/) current,
 * and checks the schema against the bundled samples (the generated portfolios and the malformed-input corpus
 * are checked in cx-test's {@code PortfolioSchemaTest}).
 */
class PortfolioFormatTest {
  static final String REGENERATE =
      "mvn -B -pl cx-model -am verify -Dtest=PortfolioFormatTest"
          + " -Dformat.write=true -Dsurefire.failIfNoSpecifiedTests=false";
  static final Path DOCS = Path.of("../docs");
  static final Path JAR_SCHEMA =
      Path.of("src/main/resources/io/sharedcx/model/portfolio.schema.json");
  static final Path SCENARIOS =
      Path.of("../cx-examples/src/main/resources/io/sharedcx/examples/scenarios");

  private static final PortfolioFormat FORMAT = new PortfolioFormat();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = loadSchema();

  /** The schema as generated; the tests below keep the shipped copies equal to it. */
  private static JsonSchema loadSchema() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(FORMAT.schema(), SchemaValidatorsConfig.builder().build());
  }

  private static Set<ValidationMessage> validate(String json) throws IOException {
    return SCHEMA.validate(MAPPER.readTree(json));
  }

  @Test
  void fieldReference_isCurrent() throws IOException {
    assertCurrent(DOCS.resolve("FIELDS.md"), FORMAT.reference());
  }

  @Test
  void schema_isCurrent_inTheJarAndInDocs() throws IOException {
    String expected = FORMAT.schema();
    assertCurrent(JAR_SCHEMA, expected);
    assertCurrent(DOCS.resolve("portfolio.schema.json"), expected);
  }

  @Test
  void schema_isInTheJar() throws IOException {
    try (InputStream in = Portfolio.class.getResourceAsStream("portfolio.schema.json")) {
      assertThat(in)
          .as(
              "io/sharedcx/model/portfolio.schema.json is not on the class path. Maybe regenerate it with "
                  + REGENERATE)
          .isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(FORMAT.schema());
    }
  }

  private static void assertCurrent(Path file, String expected) throws IOException {
    if (Boolean.getBoolean("format.write")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertThat(file).as(file + " is missing: regenerate it with " + REGENERATE).exists();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as(file + " is stale: regenerate it with " + REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void reference_namesEveryKindAndTheFieldsStandardsRead() {
    String reference = FORMAT.reference();
    for (Class<?> kind : PortfolioFormat.touchpointKinds()) {
      assertThat(reference).contains("## " + kind.getSimpleName() + "\n");
    }
    assertThat(reference)
        .contains(
            "| `msrp` |",
            "| `mapPrice` |",
            "| `surface` |",
            "| `priceAsOf` |",
            "| `imageCount` |",
            "| `trackingNumber` |",
            "| `trackingValid` |",
            "| `firstScanAt` |",
            "| `expectedShipBy` |",
            "| `delayCause` |",
            "| `viaRegulator` |",
            "| `rootCause` |",
            "| `feeds` |",
            "| `purchaseOrders` |",
            "| `stockAudits` |",
            "`ACKNOWLEDGEMENT`");
    assertThat(reference).contains("| `price` | number | optional | money");
  }

  @Test
  void inputOverview_namesEveryKindAndField() throws IOException {
    String overview = Files.readString(DOCS.resolve("INPUT.md"), StandardCharsets.UTF_8);
    for (var entry : FORMAT.types().entrySet()) {
      for (PortfolioFormat.Field field : entry.getValue()) {
        boolean inCode =
            java.util.regex.Pattern.compile("`[^`\\n]*\\b" + field.name() + "\\b[^`\\n]*`")
                .matcher(overview)
                .find();
        assertThat(inCode)
            .as(
                "docs/INPUT.md names "
                    + entry.getKey().getSimpleName()
                    + "."
                    + field.name()
                    + ". Maybe add it to the overview there")
            .isTrue();
      }
    }
    for (Class<?> kind : PortfolioFormat.touchpointKinds()) {
      assertThat(overview)
          .as("docs/INPUT.md has a row for the kind " + PortfolioFormat.kindName(kind))
          .contains("| `" + PortfolioFormat.kindName(kind) + "` |");
    }
    assertThat(overview).contains("(FIELDS.md)", "(portfolio.schema.json)");
  }

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      List<Path> list = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      assertThat(list).as("bundled scenarios under " + SCENARIOS).isNotEmpty();
      return list.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void bundledSample_validates(Path sample) throws IOException {
    String json = Files.readString(sample, StandardCharsets.UTF_8);
    CxJson.readPortfolio(json, sample.toString());
    assertThat(validate(json)).as(sample.toString()).isEmpty();
  }
}
