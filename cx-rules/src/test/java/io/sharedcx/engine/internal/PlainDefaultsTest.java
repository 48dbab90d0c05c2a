package io.sharedcx.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain reading of a defaults file gives what the strict reading gives, or declines and leaves the
 * file to it.
 */
class PlainDefaultsTest {
  static Stream<Path> packDefaults() throws IOException, URISyntaxException {
    Path folder =
        Path.of(
            PlainDefaultsTest.class
                .getClassLoader()
                .getResource("io/sharedcx/rules/defaults")
                .toURI());
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(20);
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("packDefaults")
  void everyPackDefaultsFile_isReadPlainly_asTheStrictReadingReadsIt(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String name = file.getFileName().toString();
    String standard = name.substring(0, name.length() - ".json".length());
    DefaultsFile strict = DefaultsFile.readStrictly(text, name, standard);
    assertThat(strict.problems()).isEmpty();
    assertThat(strict.defaults()).isNotEmpty();

    List<DefaultsFile.Default> plain = PlainDefaults.read(text, standard);

    assertThat(plain).isNotNull().containsExactlyElementsOf(strict.defaults());
    assertThat(DefaultsFile.read(text, name, standard).defaults())
        .containsExactlyElementsOf(strict.defaults());
  }

  static String file(String term) {
    return "[\n  {\"standard\": \"ACME-X\", \"key\": \"maxHours\", " + term + "}\n]\n";
  }

  static final String PROVENANCE =
      "\"provenance\": {\"origin\": \"DEFAULT\", \"source\": \"Acme\", \"asOf\": \"2026-01-01\"}";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"value\": 0.5, \"unit\": \"FRACTION\", \"above\": 0, " + PROVENANCE,
        "\"value\": 0.25, \"unit\": \"FRACTION\", \"min\": 0.1, \"below\": 0.5, " + PROVENANCE,
        "\"value\": 1.0, \"unit\": \"FRACTION\", " + PROVENANCE,
        "\"value\": 24, \"unit\": \"HOURS\", \"max\": 72, " + PROVENANCE,
        "\"value\": 12, \"unit\": \"CELSIUS\", \"min\": -10, \"max\": 40.5, " + PROVENANCE,
        "\"value\": 3, \"unit\": \"COUNT\", \"provenance\": {\"origin\": \"DEFAULT\","
            + " \"source\": \"A \\\"quoted\\\" \\u00e9t\\u00e9 source\\/page\\n\","
            + " \"url\": \"https://example.com/a?b=c\"}",
        "\"value\": 3, \"unit\": \"COUNT\", \"provenance\": {\"url\": \"https://x\", \"source\":"
            + " \"Acme\", \"origin\": \"AGREED\"}",
      })
  void aSoundDefault_isReadPlainly_asTheStrictReadingReadsIt(String term) {
    String text = file(term);
    DefaultsFile strict = DefaultsFile.readStrictly(text, "ACME-X.json", "ACME-X");
    assertThat(strict.problems()).isEmpty();

    assertThat(PlainDefaults.read(text, "ACME-X"))
        .isNotNull()
        .containsExactlyElementsOf(strict.defaults());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Numbers the JSON tree of the strict reading would write otherwise.
        "\"value\": 0.950, \"unit\": \"FRACTION\", " + PROVENANCE,
        "\"value\": 0.0001, \"unit\": \"FRACTION\", " + PROVENANCE,
        "\"value\": 123456789.5, \"unit\": \"HOURS\", " + PROVENANCE,
        "\"value\": 1e2, \"unit\": \"HOURS\", " + PROVENANCE,
        // Nulls, unknown and missing fields.
        "\"value\": 4, \"unit\": \"HOURS\", \"provenance\": {\"origin\": \"DEFAULT\","
            + " \"source\": \"Acme\", \"url\": null}",
        "\"value\": 4, \"unit\": \"HOURS\", \"note\": \"x\", " + PROVENANCE,
        "\"value\": 4, \"unit\": \"HOURS\", \"provenance\": {\"origin\": \"DEFAULT\","
            + " \"source\": \"Acme\", \"by\": \"me\"}",
        "\"value\": 4, " + PROVENANCE,
        "\"value\": 4, \"unit\": \"HOURS\"",
      })
  void whatTheJsonTreeWouldChange_orANullOrAnOddField_isLeftToTheStrictReading(String term) {
    String text = file(term);

    assertThat(PlainDefaults.read(text, "ACME-X")).isNull();
    DefaultsFile strict = DefaultsFile.readStrictly(text, "ACME-X.json", "ACME-X");
    DefaultsFile read = DefaultsFile.read(text, "ACME-X.json", "ACME-X");
    assertThat(read.defaults()).containsExactlyElementsOf(strict.defaults());
    assertThat(read.problems())
        .extracting(Throwable::getMessage)
        .containsExactlyElementsOf(strict.problems().stream().map(Throwable::getMessage).toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Problems the strict reading reports at their line and column.
        "\"value\": 4, \"unit\": \"PERCENT\", " + PROVENANCE,
        "\"value\": -1, \"unit\": \"HOURS\", " + PROVENANCE,
        "\"value\": 2, \"unit\": \"FRACTION\", " + PROVENANCE,
        "\"value\": 0.5, \"unit\": \"FRACTION\", \"max\": 2, " + PROVENANCE,
        "\"value\": 0.5, \"unit\": \"FRACTION\", \"min\": 0, \"above\": 0, " + PROVENANCE,
        "\"value\": 0.5, \"unit\": \"FRACTION\", \"above\": 0.5, " + PROVENANCE,
        "\"value\": 1.5, \"unit\": \"COUNT\", " + PROVENANCE,
        "\"value\": \"4\", \"unit\": \"HOURS\", " + PROVENANCE,
        "\"value\": 4, \"value\": 5, \"unit\": \"HOURS\", " + PROVENANCE,
        "\"value\": 4, \"unit\": \"HOURS\", \"provenance\": {\"origin\": \"DEFAULT\","
            + " \"source\": \"Acme\", \"asOf\": \"2026-02-30\"}",
        "\"value\": 4, \"unit\": \"HOURS\", \"provenance\": {\"origin\": \"DEFAULT\","
            + " \"source\": \"Acme\", \"asOf\": \"1969-12-31\"}",
        "\"value\": 4, \"unit\": \"HOURS\", \"provenance\": {\"origin\": \"default\","
            + " \"source\": \"Acme\"}",
        "\"value\": 4, \"unit\": \"HOURS\", \"provenance\": {\"origin\": \"DEFAULT\","
            + " \"source\": \" \"}",
        "\"value\": 4, \"unit\": \"HOURS\", " + PROVENANCE + ",",
      })
  void aFileWithAProblem_isLeftToTheStrictReading_whichReportsIt(String term) {
    String text = file(term);

    assertThat(PlainDefaults.read(text, "ACME-X")).isNull();
    DefaultsFile read = DefaultsFile.read(text, "ACME-X.json", "ACME-X");
    assertThat(read.problems()).isNotEmpty();
    assertThat(read.problems())
        .extracting(Throwable::getMessage)
        .containsExactlyElementsOf(
            DefaultsFile.readStrictly(text, "ACME-X.json", "ACME-X").problems().stream()
                .map(Throwable::getMessage)
                .toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[{\"standard\": \"ACME-Y\", \"key\": \"k\", \"value\": 4, \"unit\": \"HOURS\", "
            + PROVENANCE
            + "}]",
        "[{\"standard\": \"ACME-X\", \"key\": \"k\", \"value\": 4, \"unit\": \"HOURS\", "
            + PROVENANCE
            + "}, {\"standard\": \"ACME-X\", \"key\": \"k\", \"value\": 5, \"unit\": \"HOURS\", "
            + PROVENANCE
            + "}]",
        "{}",
        "[1]",
        "[] []",
        "",
        "[{\"standard\": \"ACME-X\", \"key\": \"k\", \"value\": 04, \"unit\": \"HOURS\", "
            + PROVENANCE
            + "}]",
      })
  void aFileOfAnotherStandard_aKeyTwice_orNoArrayOfTerms_isLeftToTheStrictReading(String text) {
    assertThat(PlainDefaults.read(text, "ACME-X")).isNull();
    assertThat(DefaultsFile.read(text, "ACME-X.json", "ACME-X").problems()).isNotEmpty();
  }
}
