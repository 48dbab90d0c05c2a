package io.sharedcx.cli;

import static io.sharedcx.cli.CxTest.cx;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharedcx.cli.CxTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cx window} on the bundled month of orders, as the README runs it. */
class WindowCommandTest {
  static final String MONTH =
      "../cx-examples/src/main/resources/io/sharedcx/examples/month-of-orders.json";

  /** The order of the month {@link #assertsOrder} fails on. */
  static final String ASSERTS_ONE_ORDER = assertsOrder("steady-supply-1");

  /**
   * {@return a buggy custom rule file: it throws on the order {@code id}, so that journey cannot be
   * assessed}
   *
   * @param id the order's id
   */
  static String assertsOrder(String id) {
    return """
        package com.acme.asserts;

        import io.sharedcx.model.Order;

        global io.sharedcx.authoring.Findings findings;

        // A buggy custom rule: an assertion that fails on one order.
        rule "Asserts one order"
            @standard(ACME-ASSERT)
            @severity(LOW)
            @title(Asserting standard)
        when
            $o : Order( id == "%s" )
        then
            throw new AssertionError("unexpected order " + $o.id());
        end
        """
        .formatted(id);
  }

  @Test
  void window_periods6_printsTrendsProjectionsBurnRatesAndAccountableRates() {
    Run run = cx("window", MONTH, "--from", "2026-03-19", "--to", "2026-03-23", "--periods", "6");
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("WINDOW 2026-03-19T00:00:00Z to 2026-03-23T00:00:00Z")
        .contains("PARTY rush-fulfilment")
        .contains("HEALTH ")
        .contains("STOP_NEW_ORDERS")
        .contains("periods of 4 d, oldest first:")
        .contains(" overall ")
        .contains(" previous ")
        .contains(" burn ")
        .contains(" breach at ")
        .contains(" projected ")
        .contains("drivers: ")
        .contains("WORSENING");
  }

  @Test
  void window_json_isOneDocumentWithEveryMetricsHistoryAndProjection() throws Exception {
    Run run =
        cx(
            "window",
            MONTH,
            "--from",
            "2026-03-19",
            "--to",
            "2026-03-23",
            "--periods",
            "6",
            "--format",
            "json");
    assertThat(run.exit()).isZero();
    JsonNode doc = new ObjectMapper().readTree(run.out());
    JsonNode assessment = doc.get("files").get(0).get("assessment");
    assertThat(doc.get("files").get(0).get("file").asText()).endsWith("month-of-orders.json");
    JsonNode metrics = assessment.get("metrics");
    assertThat(metrics.size()).isGreaterThan(5);
    for (JsonNode m : metrics) {
      assertThat(m.get("history").size()).isEqualTo(6);
      assertThat(m.has("trend")).isTrue();
      assertThat(m.has("projection")).isTrue();
    }
    assertThat(assessment.get("scorecards").get(0).get("health").get("band").asText()).isNotBlank();
  }

  @Test
  void window_toBeforeFrom_failsWithAHint() {
    Run run = cx("window", MONTH, "--from", "2026-03-23", "--to", "2026-03-19");
    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.err()).contains("is not after --from").contains("Maybe swap them");
  }

  @Test
  void window_notADate_failsWithAHint() {
    Run run = cx("window", MONTH, "--from", "March", "--to", "2026-03-19");
    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.err()).contains("'March' is neither a date nor an instant");
  }

  @Test
  void window_zeroPeriods_failsWithAHint() {
    Run run = cx("window", MONTH, "--from", "2026-03-19", "--to", "2026-03-23", "--periods", "0");
    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.err()).contains("periods: 0").contains("Maybe");
  }

  @Test
  void window_aJourneyARuleFailsOn_isListed_andExitsThree_unlessAllowed(@TempDir Path dir)
      throws IOException {
    Path rules = dir.resolve("asserts.drl");
    Files.writeString(rules, ASSERTS_ONE_ORDER);
    String[] window = {"window", MONTH, "--from", "2026-03-19", "--to", "2026-03-23"};
    Run run = cx(concat(window, "--rules", rules.toString()));
    assertThat(run.exit()).isEqualTo(Cx.FAILED_JOURNEYS);
    assertThat(run.out())
        .contains("PARTY rush-fulfilment")
        .contains("1 journey(s) could not be assessed; their cases are in no metric:")
        .contains(
            "FAILED    journey journey-steady-supply-1 in rule 'Asserts one order' (ACME-ASSERT):")
        .contains("unexpected order steady-supply-1");
    assertThat(run.err())
        .contains("1 journey(s) could not be assessed")
        .contains("--allow-failures");

    Run json =
        cx(concat(window, "--rules", rules.toString(), "--format", "json", "--allow-failures"));
    assertThat(json.exit()).isZero();
    JsonNode failures =
        new ObjectMapper()
            .readTree(json.out())
            .get("files")
            .get(0)
            .get("assessment")
            .get("failures");
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).get("journey").asText()).isEqualTo("journey-steady-supply-1");
    assertThat(failures.get(0).get("rule").asText()).isEqualTo("Asserts one order");

    Run plain = cx(window);
    assertThat(plain.exit()).isZero();
    assertThat(plain.out()).doesNotContain("FAILED");
  }

  @Test
  void window_csv_allowFailures_exitsZero_butSaysOnStandardErrorHowManyJourneysFailed(
      @TempDir Path dir) throws IOException {
    Path rules = dir.resolve("asserts.drl");
    Files.writeString(rules, ASSERTS_ONE_ORDER);
    Run run =
        cx(
            "window",
            MONTH,
            "--from",
            "2026-03-19",
            "--to",
            "2026-03-23",
            "--format",
            "csv",
            "--rules",
            rules.toString(),
            "--allow-failures");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).doesNotContain("steady-supply-1");
    assertThat(run.err().lines())
        .containsExactly(
            "cx: 1 journey(s) could not be assessed, so their cases are in no metric (the CSV has no"
                + " row for them: --format text or json lists them); accepted, as --allow-failures"
                + " was given.");
  }

  /** {@return the arguments {@code head} then {@code tail}} */
  static String[] concat(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
