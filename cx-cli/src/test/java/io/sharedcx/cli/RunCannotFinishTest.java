package io.sharedcx.cli;

import static io.sharedcx.cli.CxTest.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sharedcx.cli.CxTest.Run;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs that cannot finish: the JVM out of memory in a custom rule, output that cannot be written. Each
 * ends with one {@code cx:} line saying what happened and what to do, and exit 2, never 0 or the 1 of
 * findings.
 */
class RunCannotFinishTest {
  /** A custom rule that runs the JVM out of memory on every order, as one that allocates forever. */
  static final String OUT_OF_MEMORY =
      """
      package com.acme.greedy;

      import io.sharedcx.model.Order;

      global io.sharedcx.authoring.Findings findings;

      // A buggy custom rule: its consequence keeps allocating until the heap is gone.
      rule "Keeps every order forever"
          @standard(ACME-GREEDY)
          @severity(LOW)
          @title(Greedy standard)
      when
          $o : Order()
      then
          throw new OutOfMemoryError("Java heap space");
      end
      """;

  @BeforeAll
  static void resources() throws Exception {
    CxTest.resources();
  }

  private static Path greedyRules(Path dir) throws IOException {
    return Files.writeString(dir.resolve("greedy.drl"), OUT_OF_MEMORY);
  }

  @Test
  void outOfMemory_inACustomRule_isOneLineNamingTheJourney_andExitsTwo(@TempDir Path dir)
      throws Exception {
    // GIVEN a custom rule that runs out of memory
    Path rules = greedyRules(dir);

    // WHEN the portfolio is assessed with it, as JSON
    Run run =
        CxTest.cx(
            "assess", path("gift-portfolio.json"), "--rules", rules.toString(), "--format", "json");

    // THEN one line says what happened, where, and what to do; the exit is not that of findings
    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.err().lines().toList())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith("cx: out of memory while assessing journey gift (max heap ")
                    .contains("MB): the run stops.")
                    .contains("Maybe give the JVM more heap (java -Xmx4g -jar cx.jar")
                    .contains("CX_JAVA_OPTS=-Xmx4g")
                    .endsWith("or check the custom rules (--rules) for one that never ends."));
    // AND the JSON document written so far is whole, and says where the run stopped
    JsonNode json = CxTest.strictJson(run.out());
    assertThat(json.at("/files/0/error").asText()).startsWith("out of memory while assessing");
  }

  @Test
  void outOfMemory_inWindow_isOneLine_andUnderDebugTheStackTrace(@TempDir Path dir)
      throws Exception {
    Path rules = greedyRules(dir);
    String[] window = {
      "window",
      WindowCommandTest.MONTH,
      "--from",
      "2026-03-19",
      "--to",
      "2026-03-23",
      "--rules",
      rules.toString()
    };

    Run run = CxTest.cx(window);
    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.err().lines().toList())
        .singleElement()
        .asString()
        .startsWith("cx: out of memory while assessing journey ")
        .contains("Maybe give the JVM more heap");

    Run debug = CxTest.cx(WindowCommandTest.concat(window, "--debug"));
    assertThat(debug.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(debug.err()).startsWith("cx: out of memory").contains("\tat ");
  }

  @Test
  void fatalMessage_saysWhatHappenedAndWhatToDo_forEachKindOfJvmError() {
    assertThat(Cx.fatalMessage(new OutOfMemoryError("Java heap space"), false))
        .isEqualTo(
            "out of memory (Java heap space): the run stops. Maybe give the JVM more heap (java"
                + " -Xmx4g -jar cx.jar ..., or CX_JAVA_OPTS=-Xmx4g with the cx launcher).");
    assertThat(Cx.fatalMessage(new StackOverflowError(), true))
        .isEqualTo(
            "the JVM's stack overflowed: the run stops. Maybe give it a larger stack (java -Xss8m"
                + " -jar cx.jar ..., or CX_JAVA_OPTS=-Xss8m with the cx launcher), or check the"
                + " custom rules (--rules) for one that never ends.");
    assertThat(Cx.fatalMessage(new InternalError("bad class file"), false))
        .isEqualTo(
            "the JVM failed (java.lang.InternalError: bad class file): the run stops. Maybe run it"
                + " again, with --debug for the stack trace to report.");
  }

  /** A writer that fails as a full disk or a closed pipe does. */
  static final class Unwritable extends Writer {
    @Override
    public void write(char[] text, int offset, int length) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void flush() throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void close() {}
  }

  /** Runs {@code args} with standard output that cannot be written. */
  static Run unwritable(String... args) {
    StringWriter err = new StringWriter();
    CommandLine line = Cx.commandLine();
    line.setOut(new PrintWriter(new Unwritable(), true));
    line.setErr(new PrintWriter(err, true));
    int exit = line.execute(args);
    return new Run(exit, "", err.toString());
  }

  @Test
  void outputThatCannotBeWritten_exitsTwo_andSaysSo_inEveryCommandAndFormat() {
    String gift = path("gift-portfolio.json");
    String month = WindowCommandTest.MONTH;
    List<String[]> commands =
        List.of(
            new String[] {"assess", gift},
            new String[] {"assess", gift, "--format", "json"},
            new String[] {"assess", gift, "--format", "jsonl"},
            new String[] {"assess", gift, "--format", "csv"},
            new String[] {"assess", gift, "--fail-on", "INFO"},
            new String[] {"window", month, "--from", "2026-03-19", "--to", "2026-03-23"},
            new String[] {"standards"},
            new String[] {"check", path("gift-standard")},
            new String[] {"--version"},
            new String[] {"--help"});
    for (String[] args : commands) {
      Run run = unwritable(args);
      assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(Cx.BAD_INPUT);
      assertThat(run.err().lines().toList())
          .as(String.join(" ", args))
          .containsExactly(
              "cx: could not write the output to standard output, so what it holds is incomplete."
                  + " Maybe the disk is full or the pipe was closed: free some space or read the"
                  + " whole output, then run it again.");
    }
  }

  @Test
  void outputThatCannotBeWritten_afterAnError_saysBoth() {
    Run run = unwritable("assess", path("gift-portfolio.json"), path("no-such.json"));
    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.err().lines().toList())
        .hasSize(2)
        .satisfies(lines -> assertThat(lines.get(0)).contains("no such file"))
        .satisfies(lines -> assertThat(lines.get(1)).startsWith("cx: could not write the output"));
  }

  @Test
  void main_withStandardOutputOnAFullDisk_exitsTwo_andSaysSo() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.canWrite(), "/dev/full, a device whose every write fails, is on Linux only");
    Run run = CxTest.inItsOwnJvm(ProcessBuilder.Redirect.to(full), 60, "standards");
    assertThat(run.exit()).as(run.err()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.err()).startsWith("cx: could not write the output to standard output");
  }
}
