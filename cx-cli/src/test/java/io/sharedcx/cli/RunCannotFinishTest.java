package io.sharedcx.cli;

import static io.sharedcx.cli.CxTest.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sharedcx.cli.CxTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs that cannot finish: the JVM out of memory in a custom rule. Each ends with one {@code cx:} line
 * saying what happened and what to do, and exit 2, never 0 or the 1 of findings.
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
}
