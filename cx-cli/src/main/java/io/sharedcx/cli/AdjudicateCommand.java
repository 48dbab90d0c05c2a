package io.sharedcx.cli;

import io.sharedcx.engine.AdjustmentException;
import io.sharedcx.engine.AgreementProblem;
import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Adjustments;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Adjudication;
import io.sharedcx.model.finding.AdjustedMetric;
import io.sharedcx.model.finding.AdjustedViolation;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.AuditEntry;
import io.sharedcx.model.finding.Failure;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.Scorecard;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.finding.ViolationStanding;
import io.sharedcx.model.finding.Window;
import io.sharedcx.model.finding.WindowAssessment;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.report.Failures;
import io.sharedcx.report.Printable;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cx adjudicate}: applies an exemptions and disputes file to a portfolio's findings, over a window
 * or over the whole file: every violation with its standing, raw and adjusted counts per party, the
 * window metrics raw and adjusted, and the audit trail; as text or as one JSON document. Journeys that
 * could not be assessed are listed and make it exit 3, unless {@code --allow-failures}.
 */
@Command(
    name = "adjudicate",
    description =
        "Apply exemptions and disputes to a portfolio's findings: raw and adjusted figures, audit trail.")
final class AdjudicateCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Parameters(index = "0", paramLabel = "FILE", description = "The portfolio JSON file.")
  Path file;

  @Option(
      names = "--adjustments",
      required = true,
      paramLabel = "FILE",
      description = "The exemptions and disputes JSON file (docs/DISPUTES.md).")
  Path adjustments;

  @Mixin RulesOption rules;

  @Option(
      names = "--from",
      converter = WindowCommand.Moment.class,
      paramLabel = "D",
      description = "With --to: adjudicate a window (its metrics too), from this date or instant.")
  Instant from;

  @Option(
      names = "--to",
      converter = WindowCommand.Moment.class,
      paramLabel = "D",
      description = "With --from: the window's end, exclusive.")
  Instant to;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text or json; default: ${DEFAULT-VALUE}.")
  String format;

  @Option(
      names = "--allow-failures",
      description =
          "Exit 0 even when journeys could not be assessed (they have no violations to adjudicate);"
              + " by default they exit 3.")
  boolean allowFailures;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new IllegalArgumentException(
          "--format " + format + ": cx adjudicate writes text or json. Maybe --format json.");
    }
    if ((from == null) != (to == null)) {
      throw new IllegalArgumentException(
          "--from and --to go together: give both for a window, or neither for the whole file.");
    }
    if (to != null && !to.isAfter(from)) {
      throw new IllegalArgumentException(
          "--to " + to + " is not after --from " + from + ". Maybe swap them.");
    }
    for (Path p : new Path[] {file, adjustments}) {
      if (!Files.exists(p)) {
        throw new IllegalArgumentException(p + ": no such file. Maybe check the path.");
      }
    }
    Portfolio portfolio = CxJson.readPortfolio(file);
    Adjustments adjusting = CxJson.readAdjustments(adjustments);
    CxEngine engine = rules.builder().build();
    List<AgreementProblem> agreements = engine.checkAgreements(portfolio);
    if (!agreements.isEmpty()) {
      return AgreementErrors.print(spec, AgreementErrors.located(file, agreements));
    }
    Assessment journeys = engine.assess(portfolio);
    WindowAssessment window =
        from == null ? null : engine.assessWindow(portfolio, Window.of(from, to));
    // A journey that could not be assessed has no violations to adjudicate: it is listed,
    // never left out unsaid.
    List<Failure> failures = window == null ? journeys.failures() : Failures.of(journeys, window);
    Adjudication result;
    try {
      result =
          window == null
              ? engine.adjudicate(portfolio, journeys, adjusting)
              : engine.adjudicate(portfolio, journeys, window, adjusting);
    } catch (AdjustmentException e) {
      PrintWriter err = spec.commandLine().getErr();
      // A dispute of a journey that could not be assessed names a violation that is not there: the
      // failure comes first, as it is the cause.
      failures.forEach(f -> err.print("cx: " + Failures.line(f)));
      e.problems()
          .forEach(
              p ->
                  err.println(
                      "cx: "
                          + Printable.escape(
                              CxJson.errorAt(adjustments, p.path(), p.describe()).getMessage())));
      err.flush();
      return Cx.BAD_INPUT;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("file", file.toString());
      document.put("adjustments", adjustments.toString());
      document.put("raw", result.raw());
      document.put("adjusted", result.adjusted());
      document.put("rawByParty", result.rawByParty());
      document.put("adjustedByParty", result.adjustedByParty());
      document.put("adjudication", result);
      document.put("failures", failures);
      out.println(CxJson.write(document));
    } else {
      out.print(text(file, adjustments, result));
      failures.forEach(f -> out.print(Failures.line(f)));
    }
    out.flush();
    if (!failures.isEmpty()) {
      return Cx.failedJourneys(
          spec,
          failures.size(),
          ", so they have no violations to adjudicate (see "
              + (format.equals("json") ? "\"failures\" in the JSON" : "FAILED in the text")
              + ")",
          allowFailures);
    }
    return Cx.OK;
  }

  /** The adjudication as text: totals, per party, each violation not simply counted, metrics, audit. */
  static String text(Path file, Path adjustments, Adjudication a) {
    StringBuilder s = new StringBuilder();
    s.append("== ")
        .append(Printable.escape(file))
        .append(" with ")
        .append(Printable.escape(adjustments))
        .append('\n');
    Map<ViolationStanding, Integer> by = new EnumMap<>(ViolationStanding.class);
    a.violations().forEach(v -> by.merge(v.standing(), 1, Integer::sum));
    s.append("VIOLATIONS ")
        .append(a.raw())
        .append(" raw, ")
        .append(a.adjusted())
        .append(" adjusted");
    by.forEach((standing, n) -> s.append("; ").append(n).append(' ').append(standing));
    s.append('\n');
    Map<String, Integer> adjusted = a.adjustedByParty();
    a.rawByParty()
        .forEach(
            (party, raw) ->
                s.append("PARTY ")
                    .append(Printable.escape(party))
                    .append(": ")
                    .append(raw)
                    .append(" raw, ")
                    .append(adjusted.get(party))
                    .append(" adjusted\n"));
    for (AdjustedViolation av : a.violations()) {
      if (av.standing() == ViolationStanding.COUNTED) {
        continue;
      }
      Violation v = av.violation();
      s.append(av.standing())
          .append(' ')
          .append(v.standard())
          .append(" against ")
          .append(Printable.escape(v.responsibleParty()))
          .append(": ")
          .append(Printable.escape(v.id()));
      if (av.exemption() != null) {
        s.append(" (exemption ").append(Printable.escape(av.exemption())).append(')');
      }
      if (av.dispute() != null) {
        s.append(" (dispute ").append(Printable.escape(av.dispute())).append(')');
      }
      s.append('\n');
    }
    Map<String, Scorecard> adjustedCards = new java.util.HashMap<>();
    a.adjustedScorecards().forEach(c -> adjustedCards.put(c.party(), c));
    for (Scorecard raw : a.rawScorecards()) {
      Scorecard adj = adjustedCards.get(raw.party());
      s.append("SCORE ")
          .append(Printable.escape(raw.party()))
          .append(": raw ")
          .append(raw.score())
          .append(raw.health() == null ? "" : " (health " + raw.health().score() + ")")
          .append(", adjusted ")
          .append(adj == null ? "-" : Integer.toString(adj.score()))
          .append(
              adj == null || adj.health() == null ? "" : " (health " + adj.health().score() + ")")
          .append('\n');
    }
    for (AdjustedMetric m : a.metrics()) {
      MetricResult raw = m.raw();
      s.append("METRIC ")
          .append(raw.standard())
          .append(' ')
          .append(Printable.escape(raw.party()))
          .append(raw.partnership() == null ? "" : " in " + Printable.escape(raw.partnership()))
          .append(": raw ")
          .append(raw.numerator())
          .append('/')
          .append(raw.denominator())
          .append(' ')
          .append(raw.status())
          .append(", adjusted ")
          .append(m.numerator())
          .append('/')
          .append(m.denominator())
          .append(' ')
          .append(m.status());
      if (m.removed() > 0) {
        s.append(" (").append(m.removed()).append(" left out)");
      }
      s.append('\n');
    }
    if (!a.audit().isEmpty()) {
      s.append("AUDIT\n");
      for (AuditEntry e : a.audit()) {
        s.append("  ")
            .append(e.at())
            .append(' ')
            .append(e.action())
            .append(' ')
            .append(Printable.escape(e.source()))
            .append(" by ")
            .append(Printable.escape(e.who()))
            .append(e.violation() == null ? "" : " on " + Printable.escape(e.violation()))
            .append(": ")
            .append(Printable.escape(e.why()))
            .append('\n');
      }
    }
    return s.toString();
  }
}
