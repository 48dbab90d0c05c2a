package io.sharedcx.cli;

import static io.sharedcx.cli.CxTest.cx;
import static io.sharedcx.cli.WindowCommandTest.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sharedcx.cli.CxTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
  void report_allowFailures_exitsZero_butSaysOnStandardErrorHowManyJourneysFailed(@TempDir Path dir)
      throws Exception {
    Path rules = dir.resolve("asserts.drl");
    Files.writeString(rules, WindowCommandTest.ASSERTS_ONE_ORDER);
    Path out = dir.resolve("report.html");
    Run run =
        cx(
            "report",
            MONTH,
            "--from",
            "2026-03-19",
            "--to",
            "2026-03-23",
            "--out",
            out.toString(),
            "--rules",
            rules.toString(),
            "--allow-failures");
    assertThat(run.exit()).isZero();
    assertThat(run.err().lines())
        .containsExactly(
            "cx: 1 journey(s) could not be assessed (listed in the report under \"Journeys that"
                + " could not be assessed\"); accepted, as --allow-failures was given.");
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
  void report_outOnItsOwnInput_isRefused_beforeAnythingIsWritten(@TempDir Path dir)
      throws Exception {
    // GIVEN a portfolio file
    Path input = Files.copy(Path.of(MONTH), dir.resolve("month.json"));
    byte[] before = Files.readAllBytes(input);

    // WHEN the report would go over it, by the same path or another one to the same file
    Run same = cx("report", input.toString(), "--out", input.toString());
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), input);
    Run linked = cx("report", input.toString(), "--out", link.toString());
    Run roundabout =
        cx("report", input.toString(), "--out", dir.resolve("sub/../month.json").toString());

    // THEN each is refused with one line naming both, and the input is as it was
    assertThat(same.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(same.out()).isEmpty();
    assertThat(same.err().strip())
        .isEqualTo(
            "cx: --out "
                + input
                + ": is the input file "
                + input
                + ", which the report would replace. Maybe --out report.html, or another name that"
                + " is none of the inputs.");
    assertThat(linked.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(linked.err()).contains("--out " + link + ": is the input file " + input);
    assertThat(roundabout.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(roundabout.err()).contains(": is the input file " + input);
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void report_outOnARuleFile_isRefused(@TempDir Path dir) throws Exception {
    Path rules = Files.writeString(dir.resolve("asserts.drl"), WindowCommandTest.ASSERTS_ONE_ORDER);
    Run run = cx("report", MONTH, "--rules", rules.toString(), "--out", rules.toString());
    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.err()).contains("--out " + rules + ": is the rule file " + rules);
    assertThat(Files.readString(rules)).isEqualTo(WindowCommandTest.ASSERTS_ONE_ORDER);
  }

  @Test
  void report_outOnADirectory_orInAMissingOne_isAClearError(@TempDir Path dir) {
    Run directory = cx("report", MONTH, "--out", dir.toString());
    assertThat(directory.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(directory.err().strip())
        .isEqualTo(
            "cx: --out "
                + dir
                + ": is a directory, and the report is one file. Maybe --out "
                + dir.resolve("report.html"));

    Path missing = dir.resolve("no/such/dir");
    Run nowhere = cx("report", MONTH, "--out", missing.resolve("r.html").toString());
    assertThat(nowhere.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(nowhere.err().strip())
        .isEqualTo(
            "cx: --out "
                + missing.resolve("r.html")
                + ": its parent directory "
                + missing
                + " does not exist. Maybe create the directory first (mkdir -p "
                + missing
                + "), or choose another path.");
    assertThat(directory.err() + nowhere.err()).doesNotContain("unexpected error");
  }

  @Test
  void report_thatCannotBeWritten_leavesThePageThereWas_andNoPartialFile(@TempDir Path dir)
      throws Exception {
    // GIVEN a page from an earlier run, in a directory nobody may now write to
    Path out = Files.writeString(dir.resolve("report.html"), "the page of last week");
    assumeTrue(
        Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions only");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeTrue(!Files.isWritable(dir), "a user that may write anywhere cannot see the refusal");

      // WHEN the report is written there
      Run run = cx("report", MONTH, "--out", out.toString());

      // THEN a clear error, and the page of last week is untouched
      assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
      assertThat(run.err().strip())
          .startsWith("cx: --out " + out + ": could not write the report (permission denied).")
          .contains("Maybe the disk is full or the directory " + dir + " is not writable");
      assertThat(Files.readString(out)).isEqualTo("the page of last week");
      try (var left = Files.list(dir)) {
        assertThat(left).containsExactly(out);
      }
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void report_toADevice_writesToIt_neverReplacesIt_andSaysWhenItCannot() {
    Path nul = Path.of("/dev/null");
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(nul) && Files.isWritable(full), "Linux devices only");

    Run discarded = cx("report", MONTH, "--out", nul.toString());
    assertThat(discarded.exit()).as(discarded.err()).isZero();
    assertThat(Files.isRegularFile(nul)).as("/dev/null is still a device").isFalse();

    Run onAFullDisk = cx("report", MONTH, "--out", full.toString());
    assertThat(onAFullDisk.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(onAFullDisk.out()).isEmpty();
    assertThat(onAFullDisk.err().strip())
        .isEqualTo(
            "cx: --out /dev/full: could not write the report (No space left on device). Maybe the"
                + " disk is full or /dev/full is not writable: free some space or choose another"
                + " path.");
    assertThat(Files.isRegularFile(full)).as("/dev/full is still a device").isFalse();
  }

  @Test
  void report_replacingAPage_keepsItsPermissions_andLeavesNoPartialFile(@TempDir Path dir)
      throws Exception {
    Path out = Files.writeString(dir.resolve("report.html"), "the page of last week");
    assumeTrue(
        Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions only");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));

    Run run = cx("report", MONTH, "--out", out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-r-----");
    try (var left = Files.list(dir)) {
      assertThat(left).containsExactly(out);
    }
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
