package io.sharedcx.cli;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.engine.RuleCompilationException;
import io.sharedcx.engine.RuleProblem;
import io.sharedcx.engine.StandardInfo;
import io.sharedcx.report.Printable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cx check}: compiles DRL with the pack and prints every problem as {@code file:line:col: message}. */
@Command(
    name = "check",
    description = "Compile DRL files or directories; print file:line:col: message per problem.")
final class CheckCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "DRL files (*.drl) or directories of them.")
  List<Path> paths;

  @Mixin CacheOption cache = new CacheOption();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    RulePaths.check(paths, "", spec.commandLine().getErr());
    CxEngine.Builder builder = CxEngine.builder().compileCache(cache.directory());
    paths.forEach(builder::addRules);
    PrintWriter out = spec.commandLine().getOut();
    try {
      CxEngine engine = builder.build();
      out.printf("ok: %d standards compile with the pack%n", engine.standards().size());
      // A warning, not an error: a standard may need no threshold (a packing slip carries the brand
      // or
      // not). A rule that matches a Threshold of such a standard is an error found by the build.
      Set<String> pack = CxEngine.builder().build().standards().keySet();
      for (StandardInfo s : engine.standards().values()) {
        if (!pack.contains(s.id()) && s.defaults().isEmpty()) {
          out.printf(
              "warning: custom standard %s has no defaults file, so it has no thresholds an agreement"
                  + " can set. Maybe add %s.json beside its rules if it should have some%n",
              Printable.escape(s.id()), Printable.escape(s.id()));
        }
      }
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
