package io.sharedcx.cli;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.engine.StandardInfo;
import io.sharedcx.engine.WindowOptions;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Scorecard;
import io.sharedcx.model.finding.Window;
import io.sharedcx.model.finding.WindowAssessment;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.report.Failures;
import io.sharedcx.report.HtmlReport;
import io.sharedcx.report.Names;
import io.sharedcx.report.Printable;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cx report}: writes the partner report of portfolio files as one self-contained HTML page (see
 * {@link HtmlReport}): the journeys assessed, and the window judged with its trend lines, of all the
 * files together. Journeys that could not be assessed are listed in the page and make it exit 3 (the
 * page written all the same), unless {@code --allow-failures}.
 */
@Command(
    name = "report",
    description =
        "Write the partner report of portfolio files as one self-contained HTML page: overview,"
            + " partners, findings by standard, recommendations by due date.")
final class ReportCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Portfolio JSON files.")
  List<Path> files;

  @Mixin RulesOption rules;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The HTML file to write, e.g. report.html; replaced if it exists.")
  Path out;

  @Option(
      names = "--from",
      converter = WindowCommand.Moment.class,
      paramLabel = "D",
      description =
          "The period's start, inclusive: a date (midnight UTC) or an instant. Without --from and"
              + " --to, the days the journeys' touchpoints span.")
  Instant from;

  @Option(
      names = "--to",
      converter = WindowCommand.Moment.class,
      paramLabel = "D",
      description = "The period's end, exclusive: a date (midnight UTC) or an instant.")
  Instant to;

  @Option(
      names = "--periods",
      defaultValue = "6",
      paramLabel = "N",
      description =
          "The last N periods of the period's length for the sparklines, the period included"
              + " (default: ${DEFAULT-VALUE}).")
  int periods;

  @Option(
      names = "--as-of",
      converter = AssessCommand.InstantValue.class,
      paramLabel = "INSTANT",
      description =
          "Assess the journeys as things stood at this instant, so open deadlines show as alarms"
              + " (ISO-8601, e.g. 2026-03-22T12:00:00Z).")
  Instant asOf;

  @Option(
      names = "--docs-base",
      defaultValue = HtmlReport.DEFAULT_DOCS_BASE,
      paramLabel = "URL",
      description =
          "Where the standards' pages are: each links to this, its id and .md (default:"
              + " ${DEFAULT-VALUE}; a relative path such as ../docs/standards/ works from disk).")
  String docsBase;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "The report's title (default: the files' names).")
  String title;

  @Option(
      names = "--allow-failures",
      description =
          "Exit 0 even when journeys could not be assessed (the report lists them); by default they"
              + " exit 3, the report written all the same.")
  boolean allowFailures;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if ((from == null) != (to == null)) {
      throw new IllegalArgumentException(
          (from == null ? "--to" : "--from")
              + " without "
              + (from == null ? "--from" : "--to")
              + ": give both, or neither to cover the days the journeys span.");
    }
    if (from != null && !to.isAfter(from)) {
      throw new IllegalArgumentException(
          "--to " + to + " is not after --from " + from + ". Maybe swap them.");
    }
    if (periods < 1 || periods > WindowOptions.MAX_PERIODS) {
      throw new IllegalArgumentException(
          "--periods " + periods + ": give 1 to " + WindowOptions.MAX_PERIODS + ".");
    }
    CxEngine engine = rules.builder().build();
    Assessment.Builder journeys = Assessment.builder();
    WindowAssessment.Builder window = WindowAssessment.builder();
    Names names = Names.NONE;
    // Touchpoint is named in method bodies only: its JSON annotations stay off the Javadoc class
    // path.
    var touchpoints = new HashMap<String, io.sharedcx.model.Touchpoint>();
    Map<String, Path> partyFile = new HashMap<>();
    Window period = null;
    List<Portfolio> portfolios =
        files.stream()
            .map(
                file -> {
                  if (!Files.exists(file)) {
                    throw new IllegalArgumentException(
                        file + ": no such file. Maybe check the path.");
                  }
                  return CxJson.readPortfolio(file);
                })
            .toList();
    period = from != null ? Window.of(from, to) : span(portfolios);
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      Portfolio portfolio = portfolios.get(i);
      Assessment assessment =
          asOf == null ? engine.assess(portfolio) : engine.assess(portfolio, asOf);
      WindowAssessment judged =
          engine.assessWindow(portfolio, period, WindowOptions.periods(periods));
      for (Scorecard card : judged.scorecards()) {
        Path before = partyFile.putIfAbsent(card.party(), file);
        if (before != null) {
          throw new IllegalArgumentException(
              file
                  + ": partner '"
                  + Printable.escape(card.party())
                  + "' is also in "
                  + before
                  + "; one report shows a partner once. Maybe report the files one at a time.");
        }
      }
      journeys
          .addAllViolations(assessment.violations())
          .addAllRecommendations(assessment.recommendations())
          .addAllStandardsRun(assessment.standardsRun())
          .addAllJourneysAssessed(assessment.journeysAssessed())
          .addAllFailures(assessment.failures())
          .addAllObligations(assessment.obligations())
          .addAllAlarms(assessment.alarms())
          .asOf(assessment.asOf());
      window
          .addAllMetrics(judged.metrics())
          .addAllViolations(judged.violations())
          .addAllRecommendations(judged.recommendations())
          .addAllScorecards(judged.scorecards())
          .addAllFailures(judged.failures());
      names = names.and(Names.of(portfolio));
      for (var journey : portfolio.journeys()) {
        for (var t : journey.touchpoints()) {
          touchpoints.putIfAbsent(t.id(), t);
        }
      }
    }
    window.window(period);
    Map<String, String> titles =
        engine.standards().values().stream()
            .collect(Collectors.toMap(StandardInfo::id, StandardInfo::title, (a, b) -> a));
    String heading =
        title != null
            ? title
            : files.stream()
                .map(f -> String.valueOf(f.getFileName()))
                .collect(Collectors.joining(", "));
    WindowAssessment whole = window.build();
    Assessment all = journeys.build();
    HtmlReport.write(
        new HtmlReport.Input(heading, all, whole, names, titles, touchpoints, docsBase, periods),
        out);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(
        "cx: wrote %s: %d partners, %d window and %d journey violations, %s to %s%n",
        Printable.escape(out),
        whole.scorecards().size(),
        whole.violations().size(),
        all.violations().size(),
        period.from(),
        period.to());
    stdout.flush();
    int failed = Failures.of(all, whole).size();
    if (failed > 0 && !allowFailures) {
      return Cx.failedJourneys(
          spec, failed, " (listed in the report under \"Journeys that could not be assessed\")");
    }
    return Cx.OK;
  }

  /** The whole days (UTC) the portfolios' touchpoints span. */
  static Window span(List<Portfolio> portfolios) {
    Instant first = null;
    Instant last = null;
    for (Portfolio p : portfolios) {
      for (var j : p.journeys()) {
        for (var t : j.touchpoints()) {
          first = first == null || t.at().isBefore(first) ? t.at() : first;
          last = last == null || t.at().isAfter(last) ? t.at() : last;
        }
      }
    }
    if (first == null) {
      throw new IllegalArgumentException(
          "no journey has a touchpoint, so the period is unknown. Give --from and --to.");
    }
    return Window.of(
        first.truncatedTo(ChronoUnit.DAYS),
        last.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS));
  }
}
