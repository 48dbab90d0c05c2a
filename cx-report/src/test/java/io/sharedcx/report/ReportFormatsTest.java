package io.sharedcx.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.sharedcx.model.Brand;
import io.sharedcx.model.Partner;
import io.sharedcx.model.PartnerRole;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Product;
import io.sharedcx.model.Provenance;
import io.sharedcx.model.Unit;
import io.sharedcx.model.finding.AppliedThreshold;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Evidence;
import io.sharedcx.model.finding.Failure;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
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

  static Violation violation(String id, String party, Severity severity, String standard) {
    return Violation.builder()
        .id(id)
        .standard(standard)
        .title("A standard")
        .severity(severity)
        .responsibleParty(party)
        .responsibility("did it")
        .message("Finding " + id)
        .addEvidence(Evidence.of("s-" + id, "shipment"), Evidence.of("choc", "product"))
        .journey("j1")
        .rule("A rule")
        .build();
  }

  /** Three violations of two parties, each answered by a recommendation, and one failed journey. */
  static Assessment mixed() {
    return Assessment.builder()
        .addStandardsRun("PROMISE-X", "SHIP-Y")
        .addJourneysAssessed("j1")
        .addViolations(
            violation("v1", "quickship", Severity.HIGH, "PROMISE-X"),
            violation("v2", "quickship", Severity.LOW, "SHIP-Y"),
            violation("v3", "brand", Severity.HIGH, "PROMISE-X"))
        .addRecommendations(
            recommendation("r1", "v1"), recommendation("r2", "v2"), recommendation("r3", "v3"))
        .addFailures(Failure.builder().journey("j2").message("stopped at the firing limit").build())
        .build();
  }

  static Recommendation recommendation(String id, String answers) {
    return Recommendation.builder()
        .id(id)
        .standard("PROMISE-X")
        .action("Fix " + answers)
        .owner("brand")
        .accountableParty("quickship")
        .addAnswers(answers)
        .rule("A recommendation")
        .build();
  }

  static final Names NAMES =
      Names.of(
          Portfolio.builder()
              .addBrands(Brand.builder().id("brand").name("Gift Shop").build())
              .addPartners(
                  Partner.builder()
                      .id("quickship")
                      .name("QuickShip Logistics")
                      .addRoles(PartnerRole.FULFILMENT)
                      .build())
              .addProducts(Product.builder().id("choc").name("Chocolate").brand("brand").build())
              .build());

  static String write(ReportFormat format, FindingFilter filter, Assessment part) {
    StringWriter out = new StringWriter();
    try (Report report = format.open(out, new ReportOptions(false, filter))) {
      report.beginFile("a.json");
      report.names(NAMES);
      report.add(part);
      report.endFile();
    }
    return out.toString();
  }

  @Test
  void text_showsNamesBesideIds_andAPartyLineWithCountsBySeverityAndStandard() {
    String text = write(ReportFormats.TEXT, FindingFilter.NONE, mixed());

    assertThat(text)
        .contains("against QuickShip Logistics (quickship): Finding v1")
        .contains("against Gift Shop (brand): Finding v3")
        .contains("evidence [shipment:s-v1, product:Chocolate (choc)]")
        .contains("owner Gift Shop (brand), accountable QuickShip Logistics (quickship)")
        .contains(
            "PARTY     QuickShip Logistics (quickship): 2 violation(s): 1 HIGH, 1 LOW;"
                + " PROMISE-X 1, SHIP-Y 1")
        .contains("PARTY     Gift Shop (brand): 1 violation(s): 1 HIGH; PROMISE-X 1")
        .doesNotContain("FILTERED");
    assertThat(text.indexOf("PARTY     QuickShip")).isLessThan(text.indexOf("PARTY     Gift Shop"));
  }

  @Test
  void text_withoutNames_showsIdsAlone() {
    String text = TextReport.render(mixed());
    assertThat(text)
        .contains("against quickship: Finding v1")
        .contains("product:choc]")
        .contains("PARTY     quickship: 2 violation(s)");
  }

  @Test
  void filter_byParty_showsItsViolationsAndTheirRecommendations_andCountsTheRest() {
    FindingFilter quickship = FindingFilter.of(Set.of("quickship"), Severity.INFO);
    String text = write(ReportFormats.TEXT, quickship, mixed());

    assertThat(text)
        .contains("Finding v1")
        .contains("Finding v2")
        .doesNotContain("Finding v3")
        .contains("Fix v1")
        .contains("Fix v2")
        .doesNotContain("Fix v3")
        .contains("FAILED    journey j2")
        .contains("a.json: 1 journey(s) assessed, 1 failed, 2 violation(s), 2 recommendation(s)")
        .doesNotContain("PARTY     Gift Shop")
        .contains(
            "FILTERED  1 violation(s) (1 of other parties) and 1 recommendation(s) not shown,"
                + " by --party quickship");
  }

  @Test
  void filter_byParty_matchesTheResponsibleTheCustomerFacingPartyOrTheBrand() {
    Violation chained =
        Violation.builder()
            .from(violation("v1", "quickship", Severity.HIGH, "PROMISE-X"))
            .customerFacingParty("gift-shop")
            .brand("maison")
            .build();
    Violation own = violation("v2", "gift-shop", Severity.LOW, "PROMISE-X");
    Violation other = violation("v3", "carrier", Severity.LOW, "PROMISE-X");
    for (String party : List.of("quickship", "gift-shop", "maison")) {
      assertThat(FindingFilter.of(Set.of(party), Severity.INFO).ofParty(chained))
          .as(party)
          .isTrue();
    }
    assertThat(FindingFilter.of(Set.of("carrier"), Severity.INFO).ofParty(chained)).isFalse();
    Assessment part =
        Assessment.builder()
            .addStandardsRun("PROMISE-X")
            .addJourneysAssessed("j1")
            .addViolations(chained, own, other)
            .build();
    assertThat(FindingFilter.of(Set.of("gift-shop"), Severity.INFO).apply(part).violations())
        .extracting(Violation::id)
        .containsExactly("v1", "v2");
    assertThat(FindingFilter.of(Set.of("maison"), Severity.INFO).apply(part).violations())
        .extracting(Violation::id)
        .containsExactly("v1");
  }

  @Test
  void filter_bySeverity_keepsThoseAtOrAbove_andSaysHowManyWereBelow() {
    FindingFilter high = FindingFilter.of(Set.of(), Severity.HIGH);
    String text = write(ReportFormats.TEXT, high, mixed());

    assertThat(text)
        .contains("Finding v1")
        .contains("Finding v3")
        .doesNotContain("Finding v2")
        .doesNotContain("Fix v2")
        .contains(
            "FILTERED  1 violation(s) (1 below HIGH) and 1 recommendation(s) not shown,"
                + " by --min-severity HIGH");
  }

  @Test
  void filter_leavingEverythingOut_doesNotSayEveryStandardWasMet() {
    FindingFilter critical = FindingFilter.of(Set.of(), Severity.CRITICAL);
    Assessment part = journey("j1", violation("j1", "s1"));
    String text = write(ReportFormats.TEXT, critical, part);

    assertThat(text).doesNotContain("every standard that ran was met").contains("FILTERED  1 ");
  }

  @Test
  void noJourney_doesNotSayEveryStandardWasMet() {
    String empty = write(ReportFormats.TEXT, false, Assessment.builder().build());
    assertThat(empty)
        .contains("no violations, and no journey to assess")
        .doesNotContain("every standard that ran was met");
    assertThat(write(ReportFormats.TEXT, false, journey("j1")))
        .contains("no violations: every standard that ran was met");
  }

  @Test
  void filter_appliesTheSameWayToEveryFormat() throws Exception {
    FindingFilter filter = FindingFilter.of(Set.of("quickship"), Severity.HIGH);
    JsonNode json = STRICT.readTree(write(ReportFormats.JSON, filter, mixed()));
    List<String> lines = write(ReportFormats.JSONL, filter, mixed()).lines().toList();
    JsonNode journey = STRICT.readTree(lines.get(0));
    JsonNode totals = STRICT.readTree(lines.get(1));

    for (JsonNode entry : List.of(json.get("files").get(0).get("journeys").get(0), journey)) {
      assertThat(entry.get("violations")).hasSize(1);
      assertThat(entry.get("violations").get(0).get("id").asText()).isEqualTo("v1");
      assertThat(entry.get("recommendations")).hasSize(1);
      assertThat(entry.get("failures")).hasSize(1);
    }
    for (JsonNode document : List.of(json, totals)) {
      assertThat(document.get("filter").toString())
          .isEqualTo("{\"parties\":[\"quickship\"],\"minSeverity\":\"HIGH\"}");
      JsonNode t = document.get("totals");
      assertThat(t.get("violations").asInt()).isEqualTo(1);
      assertThat(t.get("filteredOut").toString())
          .isEqualTo(
              "{\"violations\":2,\"ofOtherParties\":1,\"belowMinSeverity\":1,"
                  + "\"recommendations\":2}");
    }
    assertThat(json.get("files").get(0).get("totals").get("filteredOut").get("violations").asInt())
        .isEqualTo(2);
  }

  @Test
  void json_totals_countEachPartysViolationsBySeverityAndStandard_withItsName() throws Exception {
    JsonNode json = STRICT.readTree(write(ReportFormats.JSON, FindingFilter.NONE, mixed()));
    JsonNode byParty = json.get("totals").get("byParty");

    assertThat(byParty.get("quickship").toString())
        .isEqualTo(
            "{\"name\":\"QuickShip Logistics\",\"violations\":2,"
                + "\"bySeverity\":{\"HIGH\":1,\"LOW\":1},"
                + "\"byStandard\":{\"PROMISE-X\":1,\"SHIP-Y\":1}}");
    assertThat(byParty.get("brand").get("violations").asInt()).isEqualTo(1);
    assertThat(json.get("files").get(0).get("totals").get("byParty")).isEqualTo(byParty);
    assertThat(json.has("filter")).isFalse();
    assertThat(json.get("totals").has("filteredOut")).isFalse();
  }

  @Test
  void names_escapeWhatTheyShow_andFallBackToTheId() {
    Names names =
        Names.of(
            Portfolio.builder()
                .addBrands(Brand.builder().id("b").name("Evil\u001b[2J").build())
                .build());
    assertThat(names.party("b")).isEqualTo("Evil\\u001b[2J (b)");
    assertThat(names.party("other")).isEqualTo("other");
    assertThat(names.product("p")).isEqualTo("p");
    assertThat(names.and(NAMES).party("quickship")).isEqualTo("QuickShip Logistics (quickship)");
  }

  @Test
  void named_findsEachFormat_andNamesThemAllWhenUnknown() {
    assertThat(ReportFormats.all())
        .extracting(ReportFormat::name)
        .containsExactly("text", "json", "jsonl", "csv");
    assertThat(ReportFormats.named("jsonl")).isSameAs(ReportFormats.JSONL);
    assertThat(ReportFormats.named("csv")).isSameAs(ReportFormats.CSV);
    assertThatThrownBy(() -> ReportFormats.named("x\u001bml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown format 'x\\u001bml'. Maybe one of: text, json, jsonl, csv");
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
    assertThat(lines.get(lines.size() - 2))
        .isEqualTo("a.json: 1 journey(s) assessed, 1 failed, 2 violation(s), 0 recommendation(s)");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("PARTY     gourmet: 2 violation(s): 2 MEDIUM; PROMISE-X 2");
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

  /** A drop-ship supplier's violation in a chain: the customer dealt with the retailer. */
  static Violation inChain(String journey) {
    return Violation.builder()
        .from(violation(journey, "s7"))
        .id("PROMISE-X:gourmet:s7")
        .customerFacingParty("shop")
        .brand("brand")
        .partnership("shop-gourmet")
        .build();
  }

  @Test
  void text_showsTheChain_whenTheCustomerDealtWithAnotherParty() {
    Violation own =
        Violation.builder()
            .from(violation("j1", "s8"))
            .id("PROMISE-X:gourmet:s8")
            .customerFacingParty("gourmet")
            .brand("brand")
            .build();
    String text = TextReport.render(journey("j1", inChain("j1"), own));
    assertThat(text)
        .contains(
            "why gourmet: packed the parcel; evidence [shipment:s7]"
                + System.lineSeparator()
                + "          chain: the customer dealt with shop; brand brand; partnership"
                + " shop-gourmet"
                + System.lineSeparator());
    assertThat(text.lines().filter(l -> l.contains("chain:"))).hasSize(1);
  }

  @Test
  void json_explainNamesTheCustomerFacingPartyAndBrand_whenTheyDifferFromTheResponsibleParty()
      throws Exception {
    JsonNode journey =
        STRICT
            .readTree(write(ReportFormats.JSON, true, journey("j1", inChain("j1"))))
            .get("files")
            .get(0)
            .get("journeys")
            .get(0);
    JsonNode violation = journey.get("violations").get(0);
    assertThat(violation.get("customerFacingParty").asText()).isEqualTo("shop");
    assertThat(violation.get("brand").asText()).isEqualTo("brand");
    assertThat(violation.get("partnership").asText()).isEqualTo("shop-gourmet");
    JsonNode explained = journey.get("explanations").get(0);
    assertThat(explained.get("customerFacingParty").asText()).isEqualTo("shop");
    assertThat(explained.get("brand").asText()).isEqualTo("brand");
    JsonNode plain =
        STRICT
            .readTree(write(ReportFormats.JSON, true, journey("j1", violation("j1", "s1"))))
            .get("files")
            .get(0)
            .get("journeys")
            .get(0)
            .get("explanations")
            .get(0);
    assertThat(plain.has("customerFacingParty")).isFalse();
    assertThat(plain.has("brand")).isFalse();
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
