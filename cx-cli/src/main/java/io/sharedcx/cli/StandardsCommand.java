package io.sharedcx.cli;

import io.sharedcx.engine.StandardInfo;
import io.sharedcx.engine.ThresholdRange;
import io.sharedcx.model.Term;
import io.sharedcx.report.Printable;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cx standards}: the catalog, built-in and custom. */
@Command(
    name = "standards",
    description =
        "List the standards (id, theme, severity, title), built-in and custom, each with its"
            + " thresholds beneath it: key, default, unit and the values an agreement may set.")
final class StandardsCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Mixin RulesOption rules;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (StandardInfo s : rules.builder().build().standards().values()) {
      out.printf(
          "%-32s %-11s %-9s %s%n",
          Printable.escape(s.id()),
          Printable.escape(s.theme()),
          s.severity(),
          Printable.escape(s.title()));
      for (Term t : s.defaults()) {
        ThresholdRange range = s.ranges().get(t.key());
        out.printf(
            "    %-28s %-10s %-8s %s%n",
            Printable.escape(t.key()),
            t.value().stripTrailingZeros().toPlainString(),
            t.unit(),
            range == null ? "" : range);
      }
    }
    out.flush();
    return Cx.OK;
  }
}
