package io.sharedcx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.json.CxJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The cx command in process: output, errors and exit codes. */
class CxTest {
  static Path resources;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void resources() throws URISyntaxException {
    resources =
        Path.of(CxTest.class.getClassLoader().getResource("gift-portfolio.json").toURI())
            .getParent();
  }

  static Run cx(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = Cx.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int exit = line.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /**
   * Runs {@link Cx#main} in a JVM of its own, its standard output sent to {@code out}, waiting at most
   * {@code seconds}: what {@code System.out} and java.util.logging do there, an in-process run does not
   * show.
   */
  static Run inItsOwnJvm(ProcessBuilder.Redirect out, int seconds, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Cx.class.getName());
    command.addAll(List.of(args));
    Process cx = new ProcessBuilder(command).redirectOutput(out).start();
    String err = new String(cx.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(cx.waitFor(seconds, TimeUnit.SECONDS)).as(err).isTrue();
    return new Run(cx.exitValue(), "", err);
  }

  static String path(String name) {
    return resources.resolve(name).toString();
  }

  @Test
  void standards_listsTheCatalog_builtInAndCustom() {
    Run run = cx("standards", "--rules", path("gift-standard"));
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("PROMISE-PACKAGING-PROTECTIVE")
        .contains("ACME-GIFT-NOTE")
        .contains("Gift parcels carry a gift note");
  }

  @Test
  void standards_showsEachThresholdBeneathItsStandard_withUnitAndAllowedValues() {
    Run run = cx("standards");
    assertThat(run.exit()).isZero();
    List<String> lines = run.out().lines().toList();
    int dispatch =
        lines.indexOf(
            lines.stream().filter(l -> l.startsWith("SHIP-ON-TIME-DISPATCH ")).findFirst().get());
    assertThat(lines.subList(dispatch + 1, dispatch + 5))
        .extracting(l -> l.trim().replaceAll(" +", " "))
        .containsExactly(
            "maxHandlingHours 48 HOURS at least 0",
            "windowTarget 0.04 FRACTION at least 0, below 1",
            "minSample 50 COUNT a whole number, at least 0",
            "atRiskRatio 0.75 FRACTION from 0 to 1");
    assertThat(run.out())
        .contains("tolerance")
        .containsPattern("tolerance +0 +MONEY +at least 0")
        .containsPattern("maxGap +0.1 +FRACTION +from 0 to 1");
  }

  @Test
  void check_aGoodDirectory_passes() {
    Run run = cx("check", path("gift-standard"));
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("ok: 29 standards");
  }

  @Test
  void check_brokenRules_printOnePreciseLineEach_andExitTwo() {
    Run run = cx("check", path("broken"));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("misspelled-property.drl:13:")
        .contains("Maybe packedBy")
        .contains("unknown-type.drl:11:")
        .contains("Maybe Shipment")
        .contains("java-error.drl:15:")
        .contains("packedBee")
        .contains("syntax-error.drl:13:")
        .contains("4 problem(s)");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void check_everyMistakeOfEveryFile_inOneRun_eachAtItsOwnLine_namingItsRuleOnce() {
    Run run = cx("check", path("mistakes"));
    assertThat(run.exit()).isEqualTo(2);
    String four = path("mistakes") + java.io.File.separator + "four-mistakes.drl";
    String apostrophe = path("mistakes") + java.io.File.separator + "apostrophe-in-title.drl";
    String parenthesis = path("mistakes") + java.io.File.separator + "missing-parenthesis.drl";
    assertThat(run.err().lines().toList())
        .containsExactly(
            apostrophe
                + ":22:22: a quote opened here is never closed (in rule \"Apostrophe in title\"). Maybe an apostrophe"
                + " in a metadata value: leave it out, or quote the whole value, e.g. @title(\"A retailer's parcels arrive"
                + " whole\")",
            apostrophe
                + ":30:6: rule has no @severity(...) (in rule \"No severity after the apostrophe\"). Maybe add"
                + " @severity(MEDIUM): one of INFO, LOW, MEDIUM, HIGH, CRITICAL",
            four
                + ":13:20: unknown property 'packedby' (in rule \"Misspelled property\"). Maybe packedBy (a property of"
                + " Shipment)",
            four
                + ":24:10: unknown type 'Shipmnt' (in rule \"Unknown type\"). Maybe Shipment (import"
                + " io.sharedcx.model.Shipment)",
            four
                + ":37:37: The method packedBee() is undefined for the type Shipment (in rule \"Java error in"
                + " consequence\"). Maybe packedBy() on Shipment (a Java error in the rule's consequence)",
            four
                + ":41:6: rule has no @standard(...) (in rule \"No metadata\"). Maybe add @standard(YOUR-STANDARD-ID)"
                + " under the rule name",
            parenthesis
                + ":13:27: missing ')' (in rule \"Missing parenthesis\"). Maybe close the parenthesis opened on"
                + " this line",
            parenthesis
                + ":19:6: rule has no @title(...) (in rule \"No title after the parenthesis\"). Maybe add"
                + " @title(What the standard promises in plain words)",
            "8 problem(s)");
  }

  @Test
  void test_aCustomStandardsDirectory_passes() {
    Run run = cx("test", path("gift-standard"));
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("PASS a gift parcel without a note")
        .contains("PASS the whole pack on the same parcel")
        .contains("2 passed, 0 failed");
  }

  @Test
  void test_aWrongExpectation_failsWithADiff() {
    Run run = cx("test", "--rules", path("gift-standard"), path("failing.test.json"));
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("FAIL a wrong expectation")
        .contains("- expected ACME-GIFT-NOTE against post x1, found x0")
        .contains("+ unexpected ACME-GIFT-NOTE against gourmet x1")
        .contains("0 passed, 1 failed");
  }

  @Test
  void test_aFile_loadsTheDrlBesideIt() {
    Run run = cx("test", path("gift-standard/gift-without-note.test.json"));
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("PASS a gift parcel without a note")
        .contains("1 passed, 0 failed");
  }

  @Test
  void test_aBadFile_isReportedWithLineColumnAndField_andTheRunEndsWithASummary() {
    Run run = cx("test", path("bad-scenarios"), path("gift-standard/gift-without-note.test.json"));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out())
        .contains(
            "ERROR misspelt.test.json ("
                + path("bad-scenarios/misspelt.test.json")
                + ")\n  "
                + path("bad-scenarios/misspelt.test.json")
                + ":4:36: at $.expect[0]: unknown field \"partyy\". Maybe party")
        .contains(
            path("bad-scenarios/unknown-standard.test.json")
                + ":2:17: at $.standards[0]: no standard "
                + "\"ACME-OMNI-PRICE\" among the rules loaded. Maybe one of: ")
        .doesNotContain("only(")
        .contains("PASS a gift parcel without a note")
        .endsWith("1 passed, 0 failed, 2 could not run" + System.lineSeparator());
  }

  @Test
  void test_noScenario_fails() {
    Run run = cx("test", path("broken"));
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("no scenario ran");
  }

  @Test
  void assess_withCustomRules_showsTheirFindingsBesideThePacks() {
    Run run = cx("assess", path("gift-portfolio.json"), "--rules", path("gift-standard"));
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("ACME-GIFT-NOTE").contains("PROMISE-PACKING-SLIP-BRANDING");
  }

  @Test
  void assess_json_isOneDocumentAMachineCanRead_withTheModelsViolations() throws Exception {
    Run run = cx("assess", path("gift-portfolio.json"), "--format", "json");
    assertThat(run.exit()).isZero();
    JsonNode report = strictJson(run.out());
    JsonNode journey = report.get("files").get(0).get("journeys").get(0);
    assertThat(journey.get("journeysAssessed").get(0).asText()).isEqualTo("gift");
    List<Violation> violations =
        List.of(CxJson.read(journey.get("violations").toString(), "stdout", Violation[].class));
    assertThat(violations)
        .extracting(Violation::standard)
        .contains("PROMISE-PACKING-SLIP-BRANDING");
    assertThat(report.get("totals").get("assessed").asInt()).isEqualTo(1);
  }

  @Test
  void assess_json_severalFiles_giveOneValidDocument() throws Exception {
    Run run =
        cx("assess", path("gift-portfolio.json"), path("gift-portfolio.json"), "--format", "json");
    assertThat(run.exit()).isZero();
    JsonNode report = strictJson(run.out());
    assertThat(report.get("files")).hasSize(2);
    assertThat(report.get("totals").get("assessed").asInt()).isEqualTo(2);
    assertThat(report.get("totals").get("violations").asInt())
        .isEqualTo(2 * report.get("files").get(0).get("totals").get("violations").asInt())
        .isPositive();
  }

  @Test
  void assess_jsonl_isALinePerJourney_thenATotalsLine() throws Exception {
    Run run =
        cx("assess", path("gift-portfolio.json"), path("gift-portfolio.json"), "--format", "jsonl");
    assertThat(run.exit()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(3);
    for (String line : lines.subList(0, 2)) {
      JsonNode journey = strictJson(line);
      assertThat(journey.get("file").asText()).endsWith("gift-portfolio.json");
      assertThat(journey.get("journeysAssessed").get(0).asText()).isEqualTo("gift");
      assertThat(journey.get("violations").size()).isPositive();
    }
    JsonNode totals = strictJson(lines.get(2));
    assertThat(totals.get("totals").get("assessed").asInt()).isEqualTo(2);
    assertThat(totals.get("files")).hasSize(2);
    assertThat(totals.get("standardsRun").size()).isGreaterThan(20);
  }

  @Test
  void assess_streamedAndInMemory_writeTheSameReport_inEveryFormat() {
    for (String format : List.of("text", "json", "jsonl")) {
      Run inMemory = cx("assess", path("gift-portfolio.json"), "--format", format, "--explain");
      Run streamed =
          cx(
              "assess",
              path("gift-portfolio.json"),
              "--format",
              format,
              "--explain",
              "--stream-above",
              "0");
      assertThat(streamed.exit()).as(streamed.err()).isZero();
      assertThat(streamed.out())
          .as(format)
          .isEqualTo(inMemory.out())
          .contains("PROMISE-PACKING-SLIP-BRANDING");
    }
  }

  @Test
  void assess_explain_inText_sitsBesideItsViolation() {
    Run run = cx("assess", path("gift-portfolio.json"), "--explain");
    List<String> lines = run.out().lines().toList();
    int violation =
        lines.indexOf(
            lines.stream()
                .filter(l -> l.startsWith("VIOLATION") && l.contains("PROMISE-PACKING-SLIP"))
                .findFirst()
                .orElseThrow());
    assertThat(lines.get(violation + 1)).startsWith("          why gourmet");
    // The drop-shipper packed it; the customer bought from the brand: the chain line says so.
    assertThat(lines.get(violation + 2))
        .isEqualTo(
            "          chain: the customer dealt with Gift Shop (brand); partnership brand-gourmet");
    assertThat(lines.get(violation + 3)).startsWith("EXPLAIN   PROMISE-PACKING-SLIP-BRANDING");
    assertThat(lines.get(violation + 4)).contains("rule \"Parcel without packing slip\"");
  }

  @Test
  void assess_explain_inJson_explainsEachViolation() throws Exception {
    Run run = cx("assess", path("gift-portfolio.json"), "--format", "json", "--explain");
    JsonNode journey = strictJson(run.out()).get("files").get(0).get("journeys").get(0);
    assertThat(journey.get("explanations")).hasSize(journey.get("violations").size());
    JsonNode slip = null;
    for (JsonNode e : journey.get("explanations")) {
      if (e.get("standard").asText().equals("PROMISE-PACKING-SLIP-BRANDING")) {
        slip = e;
      }
    }
    assertThat(slip).isNotNull();
    assertThat(slip.get("rule").asText()).isEqualTo("Parcel without packing slip");
    assertThat(slip.get("docPage").asText())
        .isEqualTo("docs/standards/PROMISE-PACKING-SLIP-BRANDING.md");
    assertThat(slip.get("matched").toString()).contains("shipment:s1").contains("order:o1");
  }

  @Test
  void assess_partnerOfTwoBrands_eachJourneyIsHeldToItsOwnBrandsAgreement() throws Exception {
    // Brand A agreed 1,000 h with the packer, brand B 1 h; both parcels left 96 h after the order.
    Run run = cx("assess", path("two-brands-portfolio.json"), "--format", "json");
    List<JsonNode> late = new java.util.ArrayList<>();
    for (JsonNode journey : strictJson(run.out()).get("files").get(0).get("journeys")) {
      for (JsonNode v : journey.get("violations")) {
        if (v.get("standard").asText().equals("SHIP-ON-TIME-DISPATCH")) {
          late.add(v);
        }
      }
    }
    assertThat(late).hasSize(1);
    assertThat(late.get(0).get("journey").asText()).isEqualTo("j-b");
    JsonNode threshold = late.get(0).get("thresholds").get(0);
    assertThat(threshold.get("key").asText()).isEqualTo("maxHandlingHours");
    assertThat(threshold.get("value").asDouble()).isEqualTo(1.0);
    assertThat(threshold.get("unit").asText()).isEqualTo("HOURS");
    assertThat(threshold.get("provenance").get("origin").asText()).isEqualTo("AGREED");
    assertThat(threshold.get("provenance").get("source").asText()).isEqualTo("B annex, clause 2");
    assertThat(threshold.get("partnership").asText()).isEqualTo("p1-brand-b-packer");
  }

  @Test
  void assess_explain_inText_showsTheThresholdsThatDecidedAViolation_besideIt() {
    Run run = cx("assess", path("two-brands-portfolio.json"), "--explain");
    List<String> lines = run.out().lines().toList();
    int violation =
        lines.indexOf(
            lines.stream()
                .filter(l -> l.startsWith("VIOLATION") && l.contains("SHIP-ON-TIME-DISPATCH"))
                .findFirst()
                .orElseThrow());
    assertThat(lines.get(violation + 2)).startsWith("EXPLAIN   SHIP-ON-TIME-DISPATCH");
    assertThat(lines.get(violation + 6))
        .isEqualTo(
            "          threshold maxHandlingHours = 1 h for packer, agreed in partnership"
                + " p1-brand-b-packer (B annex, clause 2)");
  }

  @Test
  void assess_explain_inJson_saysTheThresholdsInWords() throws Exception {
    Run run = cx("assess", path("two-brands-portfolio.json"), "--format", "json", "--explain");
    String words = null;
    for (JsonNode journey : strictJson(run.out()).get("files").get(0).get("journeys")) {
      for (JsonNode e : journey.get("explanations")) {
        if (e.get("standard").asText().equals("SHIP-ON-TIME-DISPATCH")) {
          words = e.get("thresholds").get(0).asText();
        }
      }
    }
    assertThat(words)
        .isEqualTo(
            "maxHandlingHours = 1 h for packer, agreed in partnership p1-brand-b-packer"
                + " (B annex, clause 2)");
  }

  @Test
  void assess_aFileThatFails_stillPrintsTheGoodFilesReport_throughAnUnflushedBuffer() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    CommandLine line = Cx.commandLine();
    line.setOut(new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8)));
    line.setErr(new PrintWriter(err, true));
    int exit = line.execute("assess", path("gift-portfolio.json"), path("truncated.json"));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(exit).isEqualTo(2);
    assertThat(out)
        .contains("PROMISE-PACKING-SLIP-BRANDING")
        .contains("gift-portfolio.json: 1 journey(s) assessed")
        .contains("truncated.json: stopped");
    assertThat(err.toString()).startsWith("cx: ").contains("truncated.json");
  }

  @Test
  void assess_aTruncatedStreamedFile_failsTheRun_afterReportingTheJourneysBeforeTheCut() {
    Run run =
        cx("assess", path("gift-portfolio.json"), path("truncated.json"), "--stream-above", "0");
    assertThat(run.exit()).as(run.out()).isEqualTo(2);
    assertThat(run.out())
        .contains("gift-portfolio.json: 1 journey(s) assessed")
        .contains("truncated.json: stopped");
    assertThat(run.err()).startsWith("cx: ").contains("truncated.json");
  }

  @Test
  void assess_aFileThatFails_inJson_leavesOneValidDocumentNamingTheError() throws Exception {
    Run run = cx("assess", path("gift-portfolio.json"), path("truncated.json"), "--format", "json");
    assertThat(run.exit()).isEqualTo(2);
    JsonNode report = strictJson(run.out());
    assertThat(report.get("files").get(0).get("totals").get("assessed").asInt()).isEqualTo(1);
    assertThat(report.get("files").get(1).get("error").asText()).isNotBlank();
  }

  @Test
  void assess_inputCannotWriteControlCharactersToTheTerminal_inAnyFormat() {
    for (String format : List.of("text", "json", "jsonl")) {
      Run run = cx("assess", path("hostile-portfolio.json"), "--format", format, "--explain");
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.out())
          .as(format)
          .contains("SHIP-VALID-TRACKING")
          .containsIgnoringCase("1Z\\u001b]0;owned")
          .doesNotContain("\u001b")
          .doesNotContain("\u0007")
          .doesNotContain("\r")
          .doesNotContain("\u009b");
      assertThat(run.out().lines()).as(format).noneMatch(l -> l.startsWith("VIOLATION none"));
    }
  }

  @Test
  void errors_escapeControlCharacters_andStayOnOneLine() {
    Run run = cx("assess", path("hostile-reference.json"));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("cx: ")
        .contains("post\\u001b[2K\\nVIOLATION none")
        .doesNotContain("\u001b");
    assertThat(run.err().lines()).hasSize(1);
    Run badOption = cx("assess", path("gift-portfolio.json"), "--format", "x\u001b[2J\nfake");
    assertThat(badOption.exit()).isEqualTo(2);
    assertThat(badOption.err())
        .contains("unknown format 'x\\u001b[2J\\nfake'. Maybe one of: text, json, jsonl")
        .doesNotContain("\u001b");
  }

  /** A number option says what it expects in plain words, never a Java type, in every command. */
  @Test
  void numberOptions_sayWhatTheyExpect_inPlainWords() {
    String file = path("gift-portfolio.json");
    Run text = cx("assess", file, "--firing-limit", "x");
    assertThat(text.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(text.err())
        .contains("'x' is not a whole number. Maybe write it with digits only")
        .doesNotContain("not an int");
    assertThat(cx("assess", file, "--firing-limit", "1.5").err())
        .contains("'1.5' is not a whole number");
    assertThat(cx("assess", file, "--firing-limit", "99999999999").err())
        .contains("'99999999999' is too large: at most 2,147,483,647");
    assertThat(cx("assess", file, "--stream-above", "lots").err())
        .contains("'lots' is not a whole number")
        .doesNotContain("not a long");
    assertThat(
            cx("window", file, "--from", "2026-03-01", "--to", "2026-04-01", "--periods", "six")
                .err())
        .contains("'six' is not a whole number");

    Run zero = cx("assess", file, "--firing-limit", "0");
    assertThat(zero.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(zero.err())
        .startsWith("cx: --firing-limit 0 is not valid: expected at least 1 firing per journey.")
        .doesNotContain("firingLimit");
    Run negative = cx("assess", file, "--stream-above", "-1");
    assertThat(negative.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(negative.err())
        .startsWith("cx: --stream-above -1 is not valid: expected a size of 0 or more bytes.");
    assertThat(cx("assess", file, "--stream-above", "0").exit()).isNotEqualTo(Cx.BAD_INPUT);
  }

  @Test
  void assess_failedJourneys_exitThree_unlessAllowed() {
    Run run = cx("assess", path("gift-portfolio.json"), "--firing-limit", "1", "--fail-on", "INFO");
    assertThat(run.exit()).isEqualTo(Cx.FAILED_JOURNEYS).isEqualTo(3);
    assertThat(run.out())
        .contains("FAILED    journey gift")
        .contains("firing limit")
        .contains("0 journey(s) assessed, 1 failed");
    assertThat(run.err())
        .contains("1 journey(s) could not be assessed")
        .contains("--allow-failures");
    Run allowed =
        cx("assess", path("gift-portfolio.json"), "--firing-limit", "1", "--allow-failures");
    assertThat(allowed.exit()).isZero();
    assertThat(allowed.err())
        .as("accepted, and still counted where a redirected report would not show it")
        .isEqualTo(
            "cx: 1 journey(s) could not be assessed (see FAILED in the report); accepted, as"
                + " --allow-failures was given."
                + System.lineSeparator());
    assertThat(cx("assess", path("gift-portfolio.json"), "--firing-limit", "100000").exit())
        .isZero();
  }

  @Test
  void assess_portfolioLevelFacts_areReportedLikeAnyOtherFindings_inEveryFormat() throws Exception {
    Run text = cx("assess", path("stale-feed-portfolio.json"));
    assertThat(text.out()).contains("ACCESS-INVENTORY-FEED-FRESH").contains("feed:gourmet-stock");
    JsonNode journeys =
        strictJson(cx("assess", path("stale-feed-portfolio.json"), "--format", "json").out())
            .get("files")
            .get(0)
            .get("journeys");
    assertThat(journeys).hasSize(2);
    assertThat(journeys.get(1).get("journeysAssessed")).isEmpty();
    assertThat(journeys.get(1).get("violations").toString())
        .contains("ACCESS-INVENTORY-FEED-FRESH");
    List<String> lines =
        cx("assess", path("stale-feed-portfolio.json"), "--format", "jsonl").out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).contains("ACCESS-INVENTORY-FEED-FRESH");
  }

  @Test
  void debug_afterTheSubcommand_printsTheStackTrace_asHelpShows() {
    Run run = cx("assess", path("no-such.json"), "--debug");
    assertThat(run.err()).contains("no such file").contains("\tat ");
  }

  @Test
  void version_comesFromTheBuild() {
    Run run = cx("--version");
    String built = System.getProperty("cx.expected.version");
    assertThat(built).as("the build passes project.version to the tests").isNotBlank();
    assertThat(run.out().trim()).isEqualTo("cx " + built);
  }

  static JsonNode strictJson(String text) throws IOException {
    return STRICT.readTree(text);
  }

  static final ObjectMapper STRICT =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  @Test
  void assess_failOn_exitsOneAtOrAboveTheSeverity() {
    assertThat(cx("assess", path("gift-portfolio.json"), "--fail-on", "MEDIUM").exit())
        .isEqualTo(1);
    assertThat(cx("assess", path("gift-portfolio.json"), "--fail-on", "HIGH").exit()).isZero();
  }

  @Test
  void assess_explain_saysWhy() {
    Run run = cx("assess", path("gift-portfolio.json"), "--explain");
    assertThat(run.out())
        .contains("EXPLAIN")
        .contains("rule \"Parcel without packing slip\"")
        .contains("docs/standards/PROMISE-PACKING-SLIP-BRANDING.md")
        .contains("matched shipment:s1, order:o1");
  }

  static String flashSale() {
    return path("flash-sale-split-order.json");
  }

  /** {@code assess}, then {@code args}, then {@code options}. */
  static String[] assess(String[] options, String... args) {
    List<String> all = new ArrayList<>(List.of("assess"));
    all.addAll(List.of(args));
    all.addAll(List.of(options));
    return all.toArray(String[]::new);
  }

  @Test
  void assess_text_showsPartyNamesBesideIds_andASummaryPerParty() {
    Run run = cx("assess", path("gift-portfolio.json"));
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("against Gourmet (gourmet): Parcel s1")
        .contains("owner Gift Shop (brand), accountable Gourmet (gourmet)")
        .contains(
            "PARTY     Gourmet (gourmet): 1 violation(s): 1 MEDIUM; PROMISE-PACKING-SLIP-BRANDING 1");
  }

  @Test
  void assess_party_showsOnlyThatPartysViolations_andCountsWhatItLeftOut() {
    Run all = cx("assess", flashSale());
    Run carrier = cx("assess", flashSale(), "--party", "parcelco");
    Run fine = cx("assess", flashSale(), "--party", "fine-foods", "--party", "cellar-club");

    assertThat(all.out()).contains("4 violation(s), 4 recommendation(s)");
    assertThat(carrier.exit()).isZero();
    assertThat(carrier.out())
        .doesNotContain("VIOLATION")
        .doesNotContain("RECOMMEND")
        .doesNotContain("every standard that ran was met")
        .contains("0 violation(s), 0 recommendation(s)")
        .contains(
            "FILTERED  4 violation(s) (4 of other parties) and 4 recommendation(s) not shown,"
                + " by --party parcelco");
    assertThat(fine.out())
        .contains("4 violation(s), 4 recommendation(s)")
        .contains("by --party cellar-club --party fine-foods");
  }

  @Test
  void assess_party_alsoMatchesTheCustomerFacingPartyAndTheBrand() {
    // the site is the brand of the products and sold the order: it sees its partner's four
    Run site = cx("assess", flashSale(), "--party", "cellar-club");
    assertThat(site.out())
        .contains("4 violation(s), 4 recommendation(s)")
        .contains("chain: the customer dealt with Cellar Club (flash-sale site) (cellar-club)")
        .contains("FILTERED  0 violation(s) (0 of other parties)");
  }

  @Test
  void assess_minSeverity_keepsThoseAtOrAbove_andFailOnCountsOnlyWhatIsShown() {
    Run high = cx("assess", flashSale(), "--min-severity", "high");
    assertThat(high.out())
        .contains("3 violation(s), 3 recommendation(s)")
        .doesNotContain("VIOLATION MEDIUM")
        .contains("FILTERED  1 violation(s) (1 below HIGH) and 1 recommendation(s) not shown");
    assertThat(cx("assess", flashSale(), "--fail-on", "MEDIUM").exit()).isEqualTo(1);
    assertThat(cx("assess", flashSale(), "--party", "parcelco", "--fail-on", "INFO").exit())
        .isZero();
  }

  @Test
  void assess_filters_applyTheSameWayToEveryFormat_streamedOrNot() throws Exception {
    String[] filter = {"--party", "fine-foods", "--min-severity", "HIGH"};
    JsonNode json = strictJson(cx(assess(filter, flashSale(), "--format", "json")).out());
    List<String> lines =
        cx(assess(filter, flashSale(), "--format", "jsonl")).out().lines().toList();
    JsonNode jsonl = strictJson(lines.get(lines.size() - 1));

    assertThat(json.get("files").get(0).get("journeys").get(0).get("violations")).hasSize(3);
    assertThat(strictJson(lines.get(0)).get("violations")).hasSize(3);
    for (JsonNode document : List.of(json, jsonl)) {
      assertThat(document.get("totals").get("violations").asInt()).isEqualTo(3);
      assertThat(document.get("totals").get("filteredOut").get("belowMinSeverity").asInt())
          .isEqualTo(1);
      assertThat(document.get("totals").get("byParty").get("fine-foods").get("name").asText())
          .isEqualTo("Fine Foods Direct");
      assertThat(document.get("filter").get("minSeverity").asText()).isEqualTo("HIGH");
    }
    for (String format : List.of("text", "json", "jsonl")) {
      Run inMemory = cx(assess(filter, flashSale(), "--format", format));
      Run streamed = cx(assess(filter, flashSale(), "--format", format, "--stream-above", "0"));
      assertThat(streamed.out()).as(format).isEqualTo(inMemory.out());
    }
  }

  @Test
  void assess_unknownParty_orSeverity_isAClearErrorWithAHint() {
    Run typo = cx("assess", flashSale(), "--party", "fine-food");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err())
        .startsWith("cx: ")
        .contains("--party 'fine-food' is not a party of this portfolio.")
        .contains("Maybe fine-foods (Fine Foods Direct)?");
    Run unknown = cx("assess", flashSale(), "--party", "nobody", "--stream-above", "0");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err())
        .contains(
            "Maybe one of: cellar-club (Cellar Club (flash-sale site)), fine-foods (Fine Foods"
                + " Direct), parcelco (ParcelCo)");
    Run severity = cx("assess", flashSale(), "--min-severity", "hihg");
    assertThat(severity.exit()).isEqualTo(2);
    assertThat(severity.err().strip())
        .isEqualTo("cx: unknown severity 'hihg' for --min-severity. Maybe HIGH?");
    assertThat(cx("assess", flashSale(), "--min-severity", "SEVERE").err())
        .contains("Maybe one of: INFO, LOW, MEDIUM, HIGH, CRITICAL");
  }

  @Test
  void badInput_andBadUsage_exitTwo_withOneLineAndNoStackTrace() {
    Run missing = cx("assess", path("no-such.json"));
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).startsWith("cx: ").contains("no such file").doesNotContain("\tat ");
    Run badSeverity = cx("assess", path("gift-portfolio.json"), "--fail-on", "SEVERE");
    assertThat(badSeverity.exit()).isEqualTo(2);
    assertThat(badSeverity.err()).contains("unknown severity 'SEVERE'");
    assertThat(cx("frobnicate").exit()).isEqualTo(2);
    assertThat(cx().exit()).isEqualTo(2);
    Run debug = cx("--debug", "assess", path("no-such.json"));
    assertThat(debug.err()).contains("\tat ");
  }

  @Test
  void everyCommand_givesItsUsage_withHelp() {
    for (String command :
        List.of("assess", "window", "report", "adjudicate", "check", "test", "standards")) {
      for (String help : List.of("--help", "-h")) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // As main builds it: the command line of that one command.
        CommandLine line = Cx.commandLine(command, help);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        assertThat(line.execute(command, help)).as(command + " " + help).isZero();
        assertThat(out.toString()).as(command + " " + help).startsWith("Usage: cx " + command);
        assertThat(err.toString()).as(command + " " + help).isEmpty();
      }
    }
  }
}
