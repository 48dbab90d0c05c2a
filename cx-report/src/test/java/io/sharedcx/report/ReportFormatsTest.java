package io.sharedcx.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.sharedcx.model.Provenance;
import io.sharedcx.model.Unit;
import io.sharedcx.model.finding.AppliedThreshold;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Evidence;
import io.sharedcx.model.finding.Failure;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report formats: shapes, escaping, and a report that stays whole when a file fails. */
class ReportFormatsTest {
  static final String HOSTILE =
      "s1\u001b]0;owned\u0007\r\u001b[2KVIOLATION none: all clear\n\u009b2J\u202e";
  static final ObjectMapper STRICT =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  static Violation violation(String journey, String evidenceId) {
    return Violation.builder()
        .id("PROMISE-X:gourmet:" + evidenceId)
        .standard("PROMISE-X")
        .title("Parcels carry a slip")
        .severity(Severity.MEDIUM)
        .responsibleParty("gourmet")
        .responsibility("packed the parcel")
        .message("Parcel " + evidenceId + " shipped without a slip")
        .addEvidence(Evidence.of(evidenceId, "shipment"))
        .journey(journey)
        .rule("Parcel without slip")
        .build();
  }

  static Assessment journey(String id, Violation... violations) {
    return Assessment.builder()
        .addStandardsRun("PROMISE-X")
        .addJourneysAssessed(id)
        .addViolations(violations)
        .build();
  }

  static String write(ReportFormat format, boolean explain, Assessment... parts) {
    StringWriter out = new StringWriter();
    try (Report report = format.open(out, new ReportOptions(explain))) {
      report.beginFile("a.json");
      for (Assessment part : parts) {
        report.add(part);
      }
      report.endFile();
    }
    return out.toString();
  }

  @Test
  void named_findsEachFormat_andNamesThemAllWhenUnknown() {
    assertThat(ReportFormats.all())
        .extracting(ReportFormat::name)
        .containsExactly("text", "json", "jsonl");
    assertThat(ReportFormats.named("jsonl")).isSameAs(ReportFormats.JSONL);
    assertThatThrownBy(() -> ReportFormats.named("x\u001bml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown format 'x\\u001bml'. Maybe one of: text, json, jsonl");
  }

  @Test
  void text_escapesEveryControlCharacter_soInputCannotFakeALine() {
    String text = write(ReportFormats.TEXT, true, journey("j1", violation("j1", HOSTILE)));
    assertThat(text)
        .contains(
            "s1\\u001b]0;owned\\u0007\\r\\u001b[2KVIOLATION none: all clear\\n\\u009b2J\\u202e")
        .doesNotContain("\u001b")
        .doesNotContain("\u0007")
        .doesNotContain("\r")
        .doesNotContain("\u009b")
        .doesNotContain("\u202e");
    assertThat(text.lines()).noneMatch(l -> l.startsWith("VIOLATION none"));
    assertThat(text.lines().filter(l -> l.startsWith("VIOLATION"))).hasSize(1);
  }

  @Test
  void json_escapesTheControlCharactersJsonAllowsRaw() throws Exception {
    for (ReportFormat format : List.of(ReportFormats.JSON, ReportFormats.JSONL)) {
      String json = write(format, true, journey("j1", violation("j1", HOSTILE)));
      assertThat(json)
          .doesNotContain("\u001b")
          .doesNotContain("\u009b")
          .doesNotContain("\u202e")
          .contains("\\u009b")
          .contains("\\u202e");
      json.lines()
          .forEach(
              line -> {
                if (format == ReportFormats.JSONL) {
                  assertThat(readable(line)).isNotNull();
                }
              });
      if (format == ReportFormats.JSON) {
        JsonNode evidence =
            STRICT
                .readTree(json)
                .get("files")
                .get(0)
                .get("journeys")
                .get(0)
                .get("violations")
                .get(0)
                .get("evidence")
                .get(0);
        assertThat(evidence.get("id").asText()).isEqualTo(HOSTILE);
      }
    }
  }

  @Test
  void text_writesEachJourneysFindings_thenTheFilesTotals_andExplainsBesideTheViolation() {
    Assessment failed =
        Assessment.builder()
            .addStandardsRun("PROMISE-X")
            .addFailures(
                Failure.builder()
                    .journey("j2")
                    .message("rules fired 1 times, the firing limit")
                    .build())
            .build();
    String text =
        write(
            ReportFormats.TEXT,
            true,
            journey("j1", violation("j1", "s2"), violation("j1", "s1")),
            failed);
    List<String> lines = text.lines().toList();
    assertThat(lines.get(0)).isEqualTo("== a.json");
    assertThat(lines.get(1))
        .startsWith("VIOLATION MEDIUM   PROMISE-X")
        .endsWith("Parcel s1 shipped without a slip");
    assertThat(lines.get(2))
        .isEqualTo("          why gourmet: packed the parcel; evidence [shipment:s1]");
    assertThat(lines.get(3)).isEqualTo("EXPLAIN   PROMISE-X:gourmet:s1");
    assertThat(lines.get(4))
        .isEqualTo(
            "          rule \"Parcel without slip\" of PROMISE-X (Parcels carry a slip); doc page docs/standards/PROMISE-X.md");
    assertThat(lines.get(7)).startsWith("VIOLATION").endsWith("Parcel s2 shipped without a slip");
    assertThat(lines).contains("FAILED    journey j2: rules fired 1 times, the firing limit");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("a.json: 1 journey(s) assessed, 1 failed, 2 violation(s), 0 recommendation(s)");
  }

  /** A late parcel decided by an agreed 1 h handling time and the pack's default early-warning ratio. */
  static Violation late(String journey) {
    return Violation.builder()
        .from(violation(journey, "s9"))
        .id("SHIP-X:gourmet:s9")
        .addThresholds(
            AppliedThreshold.builder()
                .standard("SHIP-X")
                .key("maxHandlingHours")
                .party("gourmet")
                .value(1)
                .unit(Unit.HOURS)
                .provenance(Provenance.agreed("B annex, clause 2"))
                .partnership("p1-brand-b-gourmet")
                .build(),
            AppliedThreshold.builder()
                .standard("SHIP-X")
                .key("windowTarget")
                .party("gourmet")
                .value(0.04)
                .unit(Unit.FRACTION)
                .provenance(Provenance.byDefault("Amazon late shipment rate"))
                .partnership("p1-brand-b-gourmet")
                .build())
        .build();
  }

  @Test
  void text_explain_endsWithAThresholdLinePerThreshold_rightBeneathItsViolation() {
    List<String> lines =
        write(ReportFormats.TEXT, true, journey("j1", late("j1"), violation("j1", "s1")))
            .lines()
            .toList();

    int explain = lines.indexOf("EXPLAIN   SHIP-X:gourmet:s9");
    assertThat(explain).isPositive();
    assertThat(lines.get(explain + 4))
        .isEqualTo(
            "          threshold maxHandlingHours = 1 h for gourmet, agreed in partnership"
                + " p1-brand-b-gourmet (B annex, clause 2)");
    assertThat(lines.get(explain + 5))
        .isEqualTo(
            "          threshold windowTarget = 0.04 (4 %) for gourmet, the pack's default under"
                + " partnership p1-brand-b-gourmet (Amazon late shipment rate)");
    assertThat(lines.get(explain + 6)).doesNotContain("threshold");
    // A violation without thresholds explains in four lines, with no threshold line.
    int plain = lines.indexOf("EXPLAIN   PROMISE-X:gourmet:s1");
    assertThat(lines.get(plain + 4)).doesNotContain("threshold");
  }

  @Test
  void text_withoutExplain_leavesThresholdsOut() {
    assertThat(write(ReportFormats.TEXT, false, journey("j1", late("j1"))))
        .doesNotContain("threshold")
        .doesNotContain("B annex");
  }

  @Test
  void json_carriesEachViolationsThresholds_andExplainSaysThemInWords() throws Exception {
    for (boolean explain : List.of(false, true)) {
      JsonNode journey =
          STRICT
              .readTree(write(ReportFormats.JSON, explain, journey("j1", late("j1"))))
              .get("files")
              .get(0)
              .get("journeys")
              .get(0);
      JsonNode threshold = journey.get("violations").get(0).get("thresholds").get(0);
      assertThat(threshold.get("key").asText()).isEqualTo("maxHandlingHours");
      assertThat(threshold.get("value").asDouble()).isEqualTo(1.0);
      assertThat(threshold.get("unit").asText()).isEqualTo("HOURS");
      assertThat(threshold.get("provenance").get("origin").asText()).isEqualTo("AGREED");
      assertThat(threshold.get("provenance").get("source").asText()).isEqualTo("B annex, clause 2");
      assertThat(threshold.get("partnership").asText()).isEqualTo("p1-brand-b-gourmet");
      if (explain) {
        assertThat(journey.get("explanations").get(0).get("thresholds").get(1).asText())
            .isEqualTo(
                "windowTarget = 0.04 (4 %) for gourmet, the pack's default under partnership"
                    + " p1-brand-b-gourmet (Amazon late shipment rate)");
      } else {
        assertThat(journey.has("explanations")).isFalse();
      }
    }
  }

  @Test
  void json_violationWithThresholds_readsBackEqual() throws Exception {
    Violation late = late("j1");
    String json = io.sharedcx.model.json.CxJson.mapper().writeValueAsString(late);
    assertThat(io.sharedcx.model.json.CxJson.mapper().readValue(json, Violation.class))
        .isEqualTo(late);
  }

  @Test
  void json_aFileThatFails_leavesOneValidDocument_withTheErrorAndTheTotalsSoFar() throws Exception {
    StringWriter out = new StringWriter();
    try (Report report = ReportFormats.JSON.open(out, ReportOptions.DEFAULT)) {
      report.beginFile("a.json");
      report.add(journey("j1", violation("j1", "s1")));
      report.endFile();
      report.beginFile("b.json");
      report.add(journey("k1"));
      report.fileFailed("b.json:9:3: unexpected end of input");
    }
    JsonNode doc = STRICT.readTree(out.toString());
    assertThat(doc.get("files")).hasSize(2);
    assertThat(doc.get("files").get(1).get("error").asText())
        .isEqualTo("b.json:9:3: unexpected end of input");
    assertThat(doc.get("files").get(1).get("journeys")).hasSize(1);
    assertThat(doc.get("totals").get("assessed").asInt()).isEqualTo(2);
    assertThat(doc.get("totals").get("violations").asInt()).isEqualTo(1);
    assertThat(doc.get("standardsRun").get(0).asText()).isEqualTo("PROMISE-X");
  }

  @Test
  void jsonl_isALinePerPart_thenTotals() throws Exception {
    String jsonl =
        write(ReportFormats.JSONL, false, journey("j1", violation("j1", "s1")), journey("j2"));
    List<String> lines = jsonl.lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(STRICT.readTree(lines.get(0)).get("journeysAssessed").get(0).asText())
        .isEqualTo("j1");
    assertThat(STRICT.readTree(lines.get(1)).get("violations")).isEmpty();
    JsonNode totals = STRICT.readTree(lines.get(2));
    assertThat(totals.get("totals").get("assessed").asInt()).isEqualTo(2);
    assertThat(totals.get("files").get(0).get("file").asText()).isEqualTo("a.json");
  }

  @Test
  void violationText_oneLine_isOneLineWithEverythingATestFailureNeeds() {
    Violation v = violation("j1", "s1\nVIOLATION none");
    assertThat(ViolationText.oneLine(v))
        .isEqualTo(
            "PROMISE-X MEDIUM against gourmet (packed the parcel): Parcel "
                + "s1\\nVIOLATION none shipped without a slip [evidence shipment:s1\\nVIOLATION none; rule \"Parcel without slip\"]");
  }

  @Test
  void printable_leavesOrdinaryTextAlone_andEscapesTheRest() {
    assertThat(Printable.escape("Café naïve 東京 é")).isEqualTo("Café naïve 東京 é");
    assertThat(Printable.escape("a\tb\u007fc\u2028d")).isEqualTo("a\\tb\\u007fc\\u2028d");
    assertThat(Printable.escape(null)).isEqualTo("null");
  }

  private static JsonNode readable(String line) {
    try {
      return STRICT.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not one JSON value: " + line, e);
    }
  }
}
