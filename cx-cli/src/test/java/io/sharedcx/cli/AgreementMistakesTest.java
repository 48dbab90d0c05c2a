package io.sharedcx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of agreement and custom-rule mistakes, {@code src/test/resources/agreement-mistakes/}: each
 * case is a folder with a {@code portfolio.json} (run through {@code cx assess}) or a {@code rules/}
 * folder (run through {@code cx check}), and {@code expected.txt}: the exit code, then every line the
 * command prints about it (standard error, or standard output when it exits 0), with the case's folder
 * left out of the paths. docs/AGREEMENTS.md lists every case with its lines. Rewrite the expectations
 * with {@code -Dcorpus.write=true} after a deliberate change, and read the diff.
 */
class AgreementMistakesTest {
  static final Path DOC = Path.of("../docs/AGREEMENTS.md");

  static Path corpus() throws URISyntaxException {
    return Path.of(
        AgreementMistakesTest.class.getClassLoader().getResource("agreement-mistakes").toURI());
  }

  static Stream<String> cases() throws IOException, URISyntaxException {
    try (Stream<Path> dirs = Files.list(corpus())) {
      return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachMistake_isReportedOnItsDocumentedLines_withItsExitCode(String name)
      throws IOException, URISyntaxException {
    Path dir = corpus().resolve(name);
    Path portfolio = dir.resolve("portfolio.json");
    CxTest.Run run =
        Files.exists(portfolio)
            ? CxTest.cx("assess", portfolio.toString())
            : CxTest.cx("check", dir.resolve("rules").toString());
    String printed = run.exit() == 0 ? run.out() : run.err();
    List<String> actual = new ArrayList<>();
    actual.add("exit " + run.exit());
    printed.lines().map(l -> l.replace(dir + File.separator, "")).forEach(actual::add);
    Path expectedFile = dir.resolve("expected.txt");
    if (Boolean.getBoolean("corpus.write")) {
      Path source =
          Path.of("src/test/resources/agreement-mistakes").resolve(name).resolve("expected.txt");
      Files.write(source, actual, StandardCharsets.UTF_8);
      Files.write(expectedFile, actual, StandardCharsets.UTF_8);
    }
    List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
    assertThat(actual).as(name).containsExactlyElementsOf(expected);
    assertThat(run.exit()).as(name + ": a mistake is never a success without a word").isIn(0, 2);
    if (run.exit() == 0) {
      assertThat(actual).as(name + " warns").anyMatch(l -> l.startsWith("warning: "));
    }
    assertThat(actual.subList(1, actual.size()))
        .as(name + ": every problem says what to do (the model's own errors aside)")
        .filteredOn(l -> !l.matches("\\d+ problem\\(s\\)|ok: .*|.* is not valid: expected .*"))
        .allMatch(l -> l.contains("Maybe "));
  }

  static Stream<String> portfolioCases() throws IOException, URISyntaxException {
    List<String> names = new ArrayList<>();
    for (String name : cases().toList()) {
      if (Files.exists(corpus().resolve(name).resolve("portfolio.json"))) {
        names.add(name);
      }
    }
    return names.stream();
  }

  /**
   * {@code cx window}, {@code cx report} (without a period, which it would take from the journeys) and
   * {@code cx adjudicate} print a portfolio's mistakes on the lines {@code cx assess} prints, with its
   * exit code.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("portfolioCases")
  void eachPortfolioMistake_isReportedByWindowReportAndAdjudicate_asAssessReportsIt(
      String name, @TempDir Path tmp) throws IOException, URISyntaxException {
    Path dir = corpus().resolve(name);
    String portfolio = dir.resolve("portfolio.json").toString();
    Path none =
        Files.writeString(tmp.resolve("none.json"), "{\"exemptions\": [], \"disputes\": []}");
    List<String> expected = Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
    String[][] commands = {
      {"window", portfolio, "--from", "2026-01-01", "--to", "2027-01-01"},
      {"report", portfolio, "--out", tmp.resolve("report.html").toString()},
      {"adjudicate", portfolio, "--adjustments", none.toString()}
    };
    for (String[] command : commands) {
      CxTest.Run run = CxTest.cx(command);
      List<String> actual = new ArrayList<>();
      actual.add("exit " + run.exit());
      run.err().lines().map(l -> l.replace(dir + File.separator, "")).forEach(actual::add);
      assertThat(actual).as(name + ": cx " + command[0]).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void theCorpus_holdsAtLeastTwentyMistakes_andTheDocsShowEveryLineOfEach()
      throws IOException, URISyntaxException {
    List<String> names = cases().toList();
    assertThat(names).hasSizeGreaterThanOrEqualTo(20);
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    for (String name : names) {
      assertThat(doc).as("docs/AGREEMENTS.md names case " + name).contains("`" + name + "`");
      for (String line :
          Files.readAllLines(
              corpus().resolve(name).resolve("expected.txt"), StandardCharsets.UTF_8)) {
        if (!line.startsWith("exit ")) {
          assertThat(doc).as("docs/AGREEMENTS.md shows the line of " + name).contains(line);
        }
      }
    }
  }
}
