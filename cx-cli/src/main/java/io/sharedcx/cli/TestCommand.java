package io.sharedcx.cli;

import io.sharedcx.report.Printable;
import io.sharedcx.test.ScenarioFile;
import io.sharedcx.test.ScenarioResult;
import io.sharedcx.test.ScenarioRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cx test}: runs scenario test files ({@code *.test.json}: facts and the findings expected, by
 * standard and responsible party) with the test kit's {@link ScenarioRunner}, the one JUnit uses, and prints
 * PASS or FAIL per case, with a diff on failure, then a summary. DRL files in a directory given, or beside a
 * file given, are compiled with the pack for its scenarios. A file that cannot be read is reported as ERROR
 * and the run goes on. Fails when no scenario ran.
 */
@Command(
    name = "test",
    description = "Run scenario test files (*.test.json); DRL files beside them are loaded.")
final class TestCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Scenario test files or directories.")
  List<Path> paths;

  @Mixin RulesOption rules;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    // A --rules path that adds no rule stops the run here, not once per scenario.
    rules.check();
    PrintWriter out = spec.commandLine().getOut();
    ScenarioRunner runner = ScenarioRunner.with(rules::builder);
    int passed = 0;
    int failed = 0;
    int errors = 0;
    for (Path path : paths) {
      for (ScenarioFile file : ScenarioRunner.find(path)) {
        for (ScenarioResult result : runner.run(file)) {
          switch (result.status()) {
            case PASSED -> passed++;
            case FAILED -> failed++;
            case ERROR -> errors++;
          }
          result.report().lines().map(Printable::escape).forEach(out::println);
        }
      }
    }
    out.printf(
        "%d passed, %d failed%s%n",
        passed, failed, errors == 0 ? "" : ", " + errors + " could not run");
    out.flush();
    if (passed + failed + errors == 0) {
      spec.commandLine()
          .getErr()
          .println("cx: no scenario ran: give *.test.json files or directories holding them");
      spec.commandLine().getErr().flush();
      return Cx.FINDINGS;
    }
    return errors > 0 ? Cx.BAD_INPUT : failed == 0 ? Cx.OK : Cx.FINDINGS;
  }
}
