package io.sharedcx.cli;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.engine.RuleCompilationException;
import io.sharedcx.engine.RuleProblem;
import io.sharedcx.report.Printable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cx check}: compiles DRL with the pack and prints every problem as {@code file:line:col: message}. */
@Command(
    name = "check",
    description = "Compile DRL files or directories; print file:line:col: message per problem.")
final class CheckCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "DRL files or directories.")
  List<Path> paths;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CxEngine.Builder builder = CxEngine.builder();
    paths.forEach(builder::addRules);
    PrintWriter out = spec.commandLine().getOut();
    try {
      CxEngine engine = builder.build();
      out.printf("ok: %d standards compile with the pack%n", engine.standards().size());
      out.flush();
      return Cx.OK;
    } catch (RuleCompilationException e) {
      PrintWriter err = spec.commandLine().getErr();
      for (RuleProblem p : e.problems()) {
        err.println(Printable.escape(p));
      }
      err.printf("%d problem(s)%n", e.problems().size());
      err.flush();
      return Cx.BAD_INPUT;
    }
  }
}
