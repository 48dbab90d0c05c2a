package io.sharedcx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.json.CxJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The cx command in process: output, errors and exit codes. */
class CxTest {
  static Path resources;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void resources() throws URISyntaxException {
    resources = Path.of(CxTest.class.getClassLoader().getResource("gift-portfolio.json").toURI()).getParent();
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

  static String path(String name) {
    return resources.resolve(name).toString();
  }

  @Test
  void standards_listsTheCatalog_builtInAndCustom() {
    Run run = cx("standards", "--rules", path("gift-standard"));
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("PROMISE-PACKAGING-PROTECTIVE").contains("ACME-GIFT-NOTE")
        .contains("Gift parcels carry a gift note");
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
    assertThat(run.err()).contains("misspelled-property.drl:13:").contains("Maybe packedBy")
        .contains("unknown-type.drl:11:").contains("Maybe Shipment")
        .contains("java-error.drl:15:").contains("packedBee")
        .contains("syntax-error.drl:13:").contains("4 problem(s)");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void test_aCustomStandardsDirectory_passes() {
    Run run = cx("test", path("gift-standard"));
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("PASS a gift parcel without a note").contains("PASS the whole pack on the same parcel")
        .contains("2 passed, 0 failed");
  }

  @Test
  void test_aWrongExpectation_failsWithADiff() {
    Run run = cx("test", "--rules", path("gift-standard"), path("failing.test.json"));
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("FAIL a wrong expectation")
        .contains("- expected ACME-GIFT-NOTE against post x1, found x0")
        .contains("+ unexpected ACME-GIFT-NOTE against gourmet x1")
        .contains("0 passed, 1 failed");
  }

  @Test
  void test_aFile_loadsTheDrlBesideIt() {
    Run run = cx("test", path("gift-standard/gift-without-note.test.json"));
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("PASS a gift parcel without a note").contains("1 passed, 0 failed");
  }

  @Test
  void test_aBadFile_isReportedWithLineColumnAndField_andTheRunEndsWithASummary() {
    Run run = cx("test", path("bad-scenarios"), path("gift-standard/gift-without-note.test.json"));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out())
        .contains("ERROR misspelt.test.json (" + path("bad-scenarios/misspelt.test.json") + ")\n  "
            + path("bad-scenarios/misspelt.test.json") + ":4:36: at $.expect[0]: unknown field \"partyy\". Maybe party")
        .contains(path("bad-scenarios/unknown-standard.test.json") + ":2:17: at $.standards[0]: no standard "
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
  void assess_json_isAnAssessmentAMachineCanRead() {
    Run run = cx("assess", path("gift-portfolio.json"), "--format", "json");
    assertThat(run.exit()).isZero();
    Assessment a = CxJson.read(run.out(), "stdout", Assessment.class);
    assertThat(a.violationsOf("PROMISE-PACKING-SLIP-BRANDING")).hasSize(1);
  }

  @Test
  void assess_failOn_exitsOneAtOrAboveTheSeverity() {
    assertThat(cx("assess", path("gift-portfolio.json"), "--fail-on", "MEDIUM").exit()).isEqualTo(1);
    assertThat(cx("assess", path("gift-portfolio.json"), "--fail-on", "HIGH").exit()).isZero();
  }

  @Test
  void assess_explain_saysWhy() {
    Run run = cx("assess", path("gift-portfolio.json"), "--explain");
    assertThat(run.out()).contains("EXPLAIN").contains("rule \"Parcel without packing slip\"")
        .contains("docs/standards/PROMISE-PACKING-SLIP-BRANDING.md").contains("matched shipment:s1, order:o1");
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
}
