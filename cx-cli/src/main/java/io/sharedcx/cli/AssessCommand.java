package io.sharedcx.cli;

import io.sharedcx.engine.BatchResult;
import io.sharedcx.engine.CxEngine;
import io.sharedcx.engine.StandardInfo;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Evidence;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.TextReport;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.json.PortfolioStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cx assess}: assesses portfolio files and prints the findings as text or JSON. Files larger than
 * the whole-document limit are streamed journey by journey, with progress on an interactive terminal.
 */
@Command(name = "assess", description = "Assess portfolio files (journeys); text for people, JSON for machines.")
final class AssessCommand implements Callable<Integer> {
  /** Files above this size are streamed rather than read whole. */
  static final long STREAM_ABOVE_BYTES = 32L * 1024 * 1024;

  /** Output formats. */
  enum Format { text, json }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Portfolio JSON files.")
  List<Path> files;

  @Mixin
  RulesOption rules;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      description = "Exit 1 when a violation is at or above this severity (INFO, LOW, MEDIUM, HIGH, CRITICAL).")
  String failOn;

  @Option(names = "--explain", description = "Say why for each violation: rule, standard, doc page, matched facts.")
  boolean explain;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Severity threshold = failOn == null ? null : Severity.parse(failOn);
    CxEngine engine = rules.builder().build();
    PrintWriter out = spec.commandLine().getOut();
    boolean breached = false;
    for (Path file : files) {
      if (!Files.exists(file)) {
        throw new IllegalArgumentException(file + ": no such file. Maybe check the path.");
      }
      if (Files.size(file) > STREAM_ABOVE_BYTES) {
        breached |= stream(engine, file, threshold, out);
        continue;
      }
      Portfolio portfolio = CxJson.readPortfolio(file);
      Assessment assessment = engine.assess(portfolio);
      if (format == Format.json) {
        out.println(CxJson.write(assessment));
      } else {
        out.printf("== %s%n", file);
        out.print(TextReport.render(assessment));
        if (explain) {
          assessment.violations().forEach(v -> out.print(explain(v, engine)));
        }
      }
      breached |= threshold != null && assessment.violations().stream().anyMatch(v -> v.severity().isAtLeast(threshold));
    }
    out.flush();
    return breached ? Cx.FINDINGS : Cx.OK;
  }

  private boolean stream(CxEngine engine, Path file, Severity threshold, PrintWriter out) {
    boolean interactive = System.console() != null;
    PrintWriter err = spec.commandLine().getErr();
    boolean[] breached = {false};
    long[] seen = {0};
    BatchResult result;
    try (PortfolioStream stream = PortfolioStream.open(file)) {
      result = engine.assessEach(stream.parties(), stream, assessment -> {
        if (format == Format.json) {
          out.println(CxJson.mapper().disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
              .valueToTree(assessment).toString());
        } else if (!assessment.violations().isEmpty() || !assessment.failures().isEmpty()) {
          out.print(TextReport.render(assessment));
        }
        breached[0] |= threshold != null
            && assessment.violations().stream().anyMatch(v -> v.severity().isAtLeast(threshold));
        if (interactive && ++seen[0] % 10_000 == 0) {
          err.printf("\r%s: %,d journeys assessed", file.getFileName(), seen[0]);
          err.flush();
        }
      });
    }
    if (interactive) {
      err.println();
    }
    if (format == Format.text) {
      out.printf("%s: %,d read, %,d assessed, %,d failed, %,d violation(s)%n", file, result.read(), result.assessed(),
          result.failed(), result.violations());
    }
    return breached[0];
  }

  static String explain(Violation v, CxEngine engine) {
    StandardInfo standard = engine.standards().get(v.standard());
    String title = standard == null ? v.title() : standard.title();
    return String.format("EXPLAIN   %s%n          rule \"%s\" of %s (%s); doc page docs/standards/%s.md%n"
            + "          matched %s%n          %s answers for it because it %s%n", v.id(), v.rule(), v.standard(), title,
        v.standard(), v.evidence().stream().map(Evidence::toString).collect(Collectors.joining(", ")),
        v.responsibleParty(), v.responsibility());
  }
}
