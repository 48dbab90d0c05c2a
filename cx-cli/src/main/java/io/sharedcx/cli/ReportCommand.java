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
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
  @Mixin HelpOption help;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Portfolio JSON files.")
  List<Path> files;

  @Mixin RulesOption rules;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description =
          "The HTML file to write, e.g. report.html; replaced if it exists, never one of the FILEs."
              + " Written beside it first, so a failed write leaves no half page.")
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
    Path page = page();
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
    // Agreement problems first: they stop the report whatever else is wrong with the files.
    List<String> agreementErrors = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      agreementErrors.addAll(
          AgreementErrors.located(files.get(i), engine.checkAgreements(portfolios.get(i))));
    }
    if (!agreementErrors.isEmpty()) {
      return AgreementErrors.print(spec, agreementErrors);
    }
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
    write(
        new HtmlReport.Input(heading, all, whole, names, titles, touchpoints, docsBase, periods),
        page);
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
    if (failed > 0) {
      return Cx.failedJourneys(
          spec,
          failed,
          " (listed in the report under \"Journeys that could not be assessed\")",
          allowFailures);
    }
    return Cx.OK;
  }

  /**
   * Checks {@code --out} before anything is assessed or written: not a directory, in a directory that
   * exists, and none of the input files, which the page would replace.
   *
   * @return the file to write: {@code --out}, or the file it links to
   */
  private Path page() {
    if (Files.isDirectory(out)) {
      throw new IllegalArgumentException(
          "--out "
              + out
              + ": is a directory, and the report is one file. Maybe --out "
              + out.resolve("report.html"));
    }
    Path parent = out.toAbsolutePath().normalize().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new IllegalArgumentException(
          "--out "
              + out
              + ": "
              + (Files.exists(parent)
                  ? "its parent " + parent + " is not a directory"
                  : "its parent directory " + parent + " does not exist")
              + ". Maybe create the directory first (mkdir -p "
              + parent
              + "), or choose another path.");
    }
    List<Path> inputs = new ArrayList<>(files);
    inputs.addAll(rules.rules);
    for (Path input : inputs) {
      if (sameFile(out, input)) {
        throw new IllegalArgumentException(
            "--out "
                + out
                + ": is the "
                + (files.contains(input) ? "input file " : "rule file ")
                + input
                + ", which the report would replace. Maybe --out report.html, or another name"
                + " that is none of the inputs.");
      }
    }
    try {
      // Through a link, the page replaces the file it links to, as writing to it would.
      return Files.exists(out) ? out.toRealPath() : out;
    } catch (IOException e) {
      return out;
    }
  }

  /** Whether two paths name the same file: the same file on disk, or the same absolute path. */
  static boolean sameFile(Path a, Path b) {
    if (Files.exists(a) && Files.exists(b)) {
      try {
        return Files.isSameFile(a, b);
      } catch (IOException e) {
        // Unreadable attributes: the paths decide.
      }
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /**
   * Writes the page to a file beside {@code page}, then moves it into place: a write that fails (a full
   * disk) leaves the file there was, never half a page. What is not a regular file ({@code /dev/stdout},
   * a named pipe) is written straight to, never replaced.
   */
  private void write(HtmlReport.Input input, Path page) {
    boolean inPlace = Files.exists(page) && !Files.isRegularFile(page);
    Path dir = page.toAbsolutePath().getParent();
    Path partial =
        inPlace
            ? page
            : dir.resolve(
                "." + page.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
    try {
      try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        HtmlReport.write(input, writer);
      }
      if (!inPlace) {
        keepPermissions(page, partial);
        try {
          Files.move(
              partial, page, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(partial, page, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException | RuntimeException e) {
      IOException cause = ioCause(e);
      if (cause == null) {
        throw (RuntimeException) e;
      }
      if (!inPlace) {
        try {
          Files.deleteIfExists(partial);
        } catch (IOException ignored) {
          // What is left is a hidden .partial file; the error below says what failed.
        }
      }
      throw new IllegalArgumentException(
          "--out "
              + out
              + ": could not write the report ("
              + reason(cause)
              + "). Maybe the disk is full or "
              + (inPlace ? out : "the directory " + dir)
              + " is not writable: free some space or choose another path.",
          e);
    }
  }

  /**
   * The I/O error in {@code e}'s causes, or null: the template engine wraps a failed write in an
   * exception of its own.
   */
  private static IOException ioCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return io;
      }
    }
    return null;
  }

  /** Gives the new page the permissions of the one it replaces, where the file system has them. */
  private static void keepPermissions(Path page, Path partial) {
    if (Files.exists(page)) {
      try {
        Files.setPosixFilePermissions(partial, Files.getPosixFilePermissions(page));
      } catch (IOException | UnsupportedOperationException e) {
        // No POSIX permissions here, or not ours to read: the new page has the default ones.
      }
    }
  }

  /** An I/O error's reason in words: its message, or what its type says. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
