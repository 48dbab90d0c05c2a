package io.sharedcx.cli;

import io.sharedcx.engine.AgreementProblem;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.report.Printable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Agreement problems as every command prints them: one line each, at the file, line and column of the
 * value its JSON path names ({@code cx: FILE:LINE:COL: at $.partnerships[1]...: partnership 'p': ...
 * Maybe ...}), and exit code 2. A portfolio with them is not assessed: assessed as if the agreement said
 * nothing, it would lose findings without a word.
 */
final class AgreementErrors {
  private AgreementErrors() {}

  /**
   * Each problem on one line, at the file, line and column of the value its JSON path names.
   *
   * @param file the portfolio file the problems are in
   * @param problems the problems, in their order
   * @return a line each, without the {@code cx: } prefix
   */
  static List<String> located(Path file, List<AgreementProblem> problems) {
    return problems.stream()
        .map(
            p ->
                CxJson.errorAt(
                        file,
                        "$." + p.path(),
                        "partnership '" + p.partnership() + "': " + p.describe())
                    .getMessage())
        .toList();
  }

  /**
   * Prints {@code lines} on standard error, each after {@code cx: }, control characters escaped.
   *
   * @param spec the command's spec, for its error writer
   * @param lines the lines of {@link #located}
   * @return {@link Cx#BAD_INPUT}
   */
  static int print(CommandSpec spec, List<String> lines) {
    PrintWriter err = spec.commandLine().getErr();
    lines.forEach(line -> err.println("cx: " + Printable.escape(line)));
    err.flush();
    return Cx.BAD_INPUT;
  }
}
