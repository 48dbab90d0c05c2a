package io.sharedcx.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharedcx.test.ScenarioResult.Status;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner the command line and JUnit share: what it runs, what it reports, and its messages. */
class ScenarioRunnerTest {
  static final ScenarioRunner RUNNER = ScenarioRunner.withDefaultPack();

  static Path resource(String name) {
    try {
      return Path.of(
          ScenarioRunnerTest.class.getClassLoader().getResource("scenarios/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ScenarioResult only(List<ScenarioResult> results) {
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  @Test
  void aDirectoryWithItsDrl_compilesItWithThePack_andRunsEveryCase() {
    List<ScenarioFile> files = ScenarioRunner.find(resource("gift"));
    assertThat(files)
        .extracting(ScenarioFile::source)
        .singleElement()
        .asString()
        .endsWith("ACME-GIFT-NOTE.test.json");
    assertThat(files.get(0).rules()).contains(resource("gift"));
    List<ScenarioResult> results = RUNNER.run(files.get(0));
    assertThat(results)
        .extracting(ScenarioResult::name)
        .containsExactly("a gift parcel without a note", "a gift parcel with its note");
    assertThat(results)
        .allSatisfy(r -> assertThat(r.status()).as(r.report()).isEqualTo(Status.PASSED));
  }

  @Test
  void aFile_loadsTheDrlBesideIt() {
    List<ScenarioFile> files = ScenarioRunner.find(resource("gift/ACME-GIFT-NOTE.test.json"));
    assertThat(files)
        .singleElement()
        .satisfies(f -> assertThat(f.rules()).contains(resource("gift")));
    assertThat(RUNNER.run(files.get(0)))
        .extracting(ScenarioResult::status)
        .containsOnly(Status.PASSED);
  }

  @Test
  void aWrongExpectation_failsWithExpectedAndActualFindings() {
    Scenario wrong = Scenario.read(resource("gift/wrong.failing.json")).get(0);
    ScenarioResult result = RUNNER.run(wrong, resource("gift"));
    assertThat(result.status()).isEqualTo(Status.FAILED);
    assertThat(result.differences())
        .containsExactly(
            "- expected ACME-GIFT-NOTE against gourmet citing s2 x1, found x0",
            "  (found ACME-GIFT-NOTE against gourmet citing shipment:s1)",
            "- expected ACME-GIFT-NOTE against post x1, found x0",
            "+ unexpected ACME-GIFT-NOTE against gourmet x1");
    assertThat(result.report())
        .startsWith(
            "FAIL a wrong expectation ("
                + resource("gift/wrong.failing.json")
                + ")\n"
                + "  - expected ACME-GIFT-NOTE against gourmet citing s2 x1, found x0\n")
        .endsWith(
            "  found: \n    - ACME-GIFT-NOTE LOW against gourmet (packed the gift): Gift parcel s1 had no gift "
                + "note. [evidence shipment:s1; rule \"Gift parcel without a gift note\"]");
  }

  @Test
  void anUnexpectedFinding_failsAnExhaustiveCase_butNotAnOpenOne() {
    String json =
        """
        {"scenarios": [
          {"name": "exhaustive", "portfolio": %s, "expect": []},
          {"name": "open", "exhaustive": false, "portfolio": %s, "expect": []}
        ]}"""
            .formatted(crushedParcelJson(), crushedParcelJson());
    List<Scenario> cases = Scenario.read(json, "inline.test.json");
    ScenarioResult exhaustive = RUNNER.run(cases.get(0), null);
    assertThat(exhaustive.differences())
        .contains(
            "+ unexpected PROMISE-PACKAGING-PROTECTIVE against gourmet x1",
            "+ unexpected PROMISE-PACKING-SLIP-BRANDING against gourmet x1");
    assertThat(RUNNER.run(cases.get(1), null).passed()).isTrue();
  }

  @Test
  void aWindowCase_comparesWindowViolationsAndMetrics() {
    String json =
        """
        {"standards": ["SHIP-ON-TIME-DISPATCH"], "window": {"from": "2026-03-01T00:00:00Z", "to": "2026-04-01T00:00:00Z"},
         "scenarios": [
           {"name": "right", "portfolio": %1$s, "expect": [{"standard": "SHIP-ON-TIME-DISPATCH", "party": "late"}],
            "metrics": [{"standard": "SHIP-ON-TIME-DISPATCH", "party": "late", "status": "BAD", "numerator": 3,
                         "denominator": 4},
                        {"standard": "SHIP-ON-TIME-DISPATCH", "party": "fine", "status": "GOOD"}]},
           {"name": "wrong", "portfolio": %1$s, "expect": [],
            "metrics": [{"standard": "SHIP-ON-TIME-DISPATCH", "party": "fine", "status": "BAD"}]}
         ]}"""
            .formatted(
                io.sharedcx.model.json.CxJson.write(Facts.shipments(CxAssertionsTest.orders())));
    List<Scenario> cases = Scenario.read(json, "window.test.json");
    assertThat(RUNNER.run(cases.get(0), null).passed())
        .as(RUNNER.run(cases.get(0), null).report())
        .isTrue();
    assertThat(RUNNER.run(cases.get(1), null).differences())
        .containsExactly(
            "+ unexpected SHIP-ON-TIME-DISPATCH against late x1",
            "- expected metric SHIP-ON-TIME-DISPATCH of fine BAD, found SHIP-ON-TIME-DISPATCH of fine GOOD "
                + "(0/4 = 0.0 %, target at most 4.0 %, min sample 2)");
  }

  @Test
  void aMisspeltField_isReportedAtItsLineAndColumn_withTheClosestName() {
    ScenarioResult result =
        only(RUNNER.run(ScenarioRunner.find(resource("bad/misspelt-field.test.json")).get(0)));
    assertThat(result.status()).isEqualTo(Status.ERROR);
    assertThat(result.error())
        .isEqualTo(
            resource("bad/misspelt-field.test.json")
                + ":5:6: at $.expect[0]: unknown field \"standrad\". Maybe standard");
    assertThat(result.report())
        .startsWith(
            "ERROR misspelt-field.test.json ("
                + resource("bad/misspelt-field.test.json")
                + ")\n  "
                + resource("bad/misspelt-field.test.json")
                + ":5:6:");
  }

  @Test
  void anUnknownStandard_namesTheClosest_withoutAJavaCall() {
    ScenarioResult result =
        only(RUNNER.run(ScenarioRunner.find(resource("bad/unknown-standard.test.json")).get(0)));
    assertThat(result.error())
        .isEqualTo(
            resource("bad/unknown-standard.test.json")
                + ":3:17: at $.standards[0]: "
                + "no standard \"PROMISE-PACKAGING-PROTECTIV\" among the rules loaded. Maybe PROMISE-PACKAGING-PROTECTIVE");
  }

  /** A case that expects a finding against a party its facts lack is a mistake, not a failure. */
  @Test
  void anUnknownParty_isAnError_atItsLineAndColumn_withTheClosestParty() {
    ScenarioResult result =
        only(RUNNER.run(ScenarioRunner.find(resource("bad/unknown-party.test.json")).get(0)));
    assertThat(result.status()).isEqualTo(Status.ERROR);
    assertThat(result.error())
        .isEqualTo(
            resource("bad/unknown-party.test.json")
                + ":8:50: at $.expect[0].party: no party \"gourmt\" in the portfolio. Maybe gourmet");
  }

  @Test
  void aPortfolioMistake_isReportedAtTheFilesOwnLine_withItsFullPath() {
    ScenarioResult result =
        only(RUNNER.run(ScenarioRunner.find(resource("bad/bad-portfolio.test.json")).get(0)));
    assertThat(result.error())
        .startsWith(resource("bad/bad-portfolio.test.json") + ":5:")
        .contains("at $.portfolio.partners[0].rolez: unknown field 'rolez'. Maybe one of: ");
  }

  @Test
  void otherReadingMistakes_sayWhereAndWhat() {
    assertThatThrownBy(() -> Scenario.read("{\"portfolio\": {}}", "f.test.json"))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(
            "f.test.json:1:1: at $: no \"expect\". Maybe add \"expect\": [] for a scenario that must find nothing");
    assertThatThrownBy(() -> Scenario.read("{\"expect\": []}", "f.test.json"))
        .hasMessage(
            "f.test.json:1:1: at $: no \"portfolio\". Maybe wrap the facts in {\"portfolio\": {...}}");
    assertThatThrownBy(
            () ->
                Scenario.read(
                    "{\"portfolio\": {}, \"expect\": [{\"standard\": \"X\", \"party\": \"p\", "
                        + "\"count\": \"two\"}]}",
                    "f.test.json"))
        .hasMessage(
            "f.test.json:1:62: at $.expect[0].count: expected a whole number of at least 0, found text \"two\"");
    assertThatThrownBy(
            () ->
                Scenario.read(
                    "{\"portfolio\": {}, \"expect\": [], \"metrics\": [{\"standard\": \"X\", "
                        + "\"party\": \"p\", \"status\": \"BAD\"}]}",
                    "f.test.json"))
        .hasMessageStartingWith(
            "f.test.json:1:33: at $.metrics: metrics are judged over a window. Maybe add");
    assertThatThrownBy(
            () ->
                Scenario.read(
                    "{\"portfolio\": {}, \"expect\": [], \"window\": {\"from\": "
                        + "\"2026-03-01T00:00:00Z\", \"to\": \"2026-03-01T00:00:00Z\"}, \"metrics\": [{\"standard\": \"X\", "
                        + "\"party\": \"p\", \"status\": \"BADD\"}]}",
                    "f.test.json"))
        .hasMessageContaining(
            "at $.window.to: the window ends at 2026-03-01T00:00:00Z, not after its start");
    assertThatThrownBy(
            () ->
                Scenario.read(
                    "{\"portfolio\": {}, \"expect\": [], \"metrics\": [{\"standard\": \"X\", "
                        + "\"party\": \"p\", \"status\": \"BADD\"}], \"window\": {\"from\": \"2026-03-01T00:00:00Z\", "
                        + "\"to\": \"2026-04-01T00:00:00Z\"}}",
                    "f.test.json"))
        .hasMessageContaining("at $.metrics[0].status: unknown status \"BADD\". Maybe BAD");
    assertThatThrownBy(() -> Scenario.read("{\"portfolio\": {}, \"expect\": [] ", "f.test.json"))
        .hasMessageStartingWith("f.test.json:1:")
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(
            () ->
                Scenario.read(
                    "{\"name\": \"x\", \"portfolio\": {}, \"scenarios\": []}", "f.test.json"))
        .hasMessage(
            "f.test.json:1:15: at $: unknown field \"portfolio\". Maybe with \"scenarios\", put "
                + "\"portfolio\", \"expect\" and \"metrics\" in each scenario");
    assertThatThrownBy(
            () ->
                Scenario.read("{\"portfolio\": {}, \"expect\": [], \"expect\": []}", "f.test.json"))
        .hasMessage("f.test.json:1:33: at $: the field \"expect\" appears twice. Maybe merge them");
  }

  @Test
  void oneBadFile_doesNotStopTheOthers() {
    List<ScenarioResult> results =
        ScenarioRunner.find(resource("bad")).stream().flatMap(f -> RUNNER.run(f).stream()).toList();
    assertThat(results).hasSize(4).extracting(ScenarioResult::status).containsOnly(Status.ERROR);
  }

  @Test
  void aMissingPath_saysSo_andAnEmptyDirectoryHasNoFiles(@TempDir Path empty) {
    assertThatThrownBy(() -> ScenarioRunner.find(empty.resolve("nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("nope does not exist. Maybe check the path.");
    assertThat(ScenarioRunner.find(empty)).isEmpty();
  }

  @Test
  void rulesThatDoNotCompile_areAnErrorOfEveryCase_notACrash(@TempDir Path dir) throws Exception {
    Files.copy(resource("gift/ACME-GIFT-NOTE.test.json"), dir.resolve("gift.test.json"));
    Files.writeString(
        dir.resolve("broken.drl"), "package com.acme;\nrule \"x\" when then end end\n");
    List<ScenarioResult> results = RUNNER.run(ScenarioRunner.find(dir).get(0));
    assertThat(results)
        .hasSize(2)
        .allSatisfy(
            r -> {
              assertThat(r.status()).isEqualTo(Status.ERROR);
              assertThat(r.error())
                  .startsWith("the rules in " + dir + " do not compile: ")
                  .contains("broken.drl");
            });
  }

  @Test
  void onTheClassPath_findsFilesInDirectories() {
    List<ScenarioFile> files =
        ScenarioRunner.findOnClassPath("scenarios/gift", getClass().getClassLoader());
    assertThat(files)
        .extracting(ScenarioFile::source)
        .containsExactly("scenarios/gift/ACME-GIFT-NOTE.test.json");
    assertThat(ScenarioRunner.findOnClassPath("no/such/folder", getClass().getClassLoader()))
        .isEmpty();
  }

  @Test
  void onTheClassPath_findsFilesInJars(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("scenarios.jar");
    try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new java.util.jar.JarEntry("com/acme/cx/"));
      out.putNextEntry(new java.util.jar.JarEntry("com/acme/cx/crushed.test.json"));
      out.write(
          ("{\"portfolio\": "
                  + crushedParcelJson()
                  + ", \"exhaustive\": false, \"expect\": [{\"standard\": "
                  + "\"PROMISE-PACKAGING-PROTECTIVE\", \"party\": \"gourmet\", \"evidence\": [\"shipment:s1\"]}]}")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
      List<ScenarioFile> files = ScenarioRunner.findOnClassPath("com/acme/cx", loader);
      assertThat(files)
          .extracting(ScenarioFile::source)
          .containsExactly("com/acme/cx/crushed.test.json");
      assertThat(RUNNER.run(files.get(0)))
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.name()).isEqualTo("crushed.test.json");
                assertThat(r.passed()).as(r.report()).isTrue();
              });
    }
  }

  static String crushedParcelJson() {
    return io.sharedcx.model.json.CxJson.write(Facts.crushedParcel());
  }
}
