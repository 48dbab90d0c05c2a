package io.sharedcx.cli;

import static io.sharedcx.cli.CxTest.cx;
import static io.sharedcx.cli.WindowCommandTest.concat;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.cli.CxTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cx report}, and the CSV of {@code cx assess} and {@code cx window}, on the month of orders. */
class ReportCommandTest {
  static final String MONTH = WindowCommandTest.MONTH;

  @Test
  void report_writesOneSelfContainedPage_andSaysWhere(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.html");
    Run run =
        cx(
            "report",
            MONTH,
            "--from",
            "2026-03-19",
            "--to",
            "2026-03-23",
            "--periods",
            "6",
            "--as-of",
            "2026-03-22T12:00:00Z",
            "--out",
            out.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("cx: wrote " + out).contains("4 partners");
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .doesNotContain("<script")
        .contains("Pantry Goods")
        .contains("data-party=\"rush-fulfilment\"")
        .contains("Very poor")
        .contains("href=\"https://github.com/sharedcx/sharedcx/blob/main/docs/standards/");
  }

  @Test
  void report_aJourneyARuleFailsOn_isInThePage_andExitsThree_unlessAllowed(@TempDir Path dir)
      throws Exception {
    Path rules = dir.resolve("asserts.drl");
    Files.writeString(rules, WindowCommandTest.ASSERTS_ONE_ORDER);
    Path out = dir.resolve("report.html");
    String[] report = {
      "report", MONTH, "--from", "2026-03-19", "--to", "2026-03-23", "--out", out.toString()
    };
    Run run = cx(concat(report, "--rules", rules.toString()));
    assertThat(run.exit()).isEqualTo(Cx.FAILED_JOURNEYS);
    assertThat(run.out()).startsWith("cx: wrote " + out);
    assertThat(run.err())
        .contains("1 journey(s) could not be assessed")
        .contains("--allow-failures");
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .contains("Journeys that could not be assessed")
        .contains("journey-steady-supply-1");
    assertThat(cx(concat(report, "--rules", rules.toString(), "--allow-failures")).exit()).isZero();
    assertThat(cx(report).exit()).isZero();
  }

  @Test
  void report_withoutAPeriod_coversTheDaysTheJourneysSpan(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("r.html");
    Run run = cx("report", MONTH, "--docs-base", "../docs/standards/", "--out", out.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("2026-03-01T00:00:00Z to ");
    assertThat(Files.readString(out)).contains("href=\"../docs/standards/");
  }

  @Test
  void report_withHalfAPeriod_isAClearError(@TempDir Path dir) {
    Run run =
        cx("report", MONTH, "--from", "2026-03-19", "--out", dir.resolve("r.html").toString());
    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.err()).contains("--from without --to: give both");
  }

  @Test
  void window_csv_isAHeaderAndARowPerMetric() {
    Run run = cx("window", MONTH, "--from", "2026-03-19", "--to", "2026-03-23", "--format", "csv");
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0))
        .startsWith("file,party,party_name,partnership,standard,measure,status");
    assertThat(lines).hasSizeGreaterThan(3);
    assertThat(run.out()).contains("\r\n").contains(",rush-fulfilment,rush-fulfilment,");
  }

  @Test
  void assess_csv_isAHeaderAndARowPerFinding() {
    Run run = cx("assess", MONTH, "--format", "csv");
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("file,kind,journey,id,standard,title,severity");
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(lines.get(1)).contains(",violation,");
  }
}
