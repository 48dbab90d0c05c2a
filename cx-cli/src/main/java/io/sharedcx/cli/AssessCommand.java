package io.sharedcx.cli;

import io.sharedcx.engine.AgreementException;
import io.sharedcx.engine.BatchResult;
import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.TouchpointEvent;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.json.InputException;
import io.sharedcx.model.json.PortfolioStream;
import io.sharedcx.model.json.TouchpointEvents;
import io.sharedcx.report.FindingFilter;
import io.sharedcx.report.Names;
import io.sharedcx.report.Printable;
import io.sharedcx.report.Report;
import io.sharedcx.report.ReportFormat;
import io.sharedcx.report.ReportFormats;
import io.sharedcx.report.ReportOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code cx assess}: assesses portfolio files and writes the findings as text, one JSON document or JSON
 * Lines, file by file and journey by journey as they are made. Files larger than the whole-document limit
 * are streamed journey by journey, with progress on an interactive terminal; the report has the same
 * shape either way.
 */
@Command(
    name = "assess",
    description =
        "Assess portfolio files (journeys); text for people, JSON or JSON Lines for machines.")
final class AssessCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  /** Files above this size are streamed rather than read whole, unless {@code --stream-above} says otherwise. */
  static final long STREAM_ABOVE_BYTES = 32L * 1024 * 1024;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Portfolio JSON files.")
  List<Path> files = List.of();

  @Option(
      names = "--portfolio",
      paramLabel = "FILE",
      description =
          "With --events: the parties, partnerships, products and customers the events name (a"
              + " portfolio file without journeys).")
  Path portfolio;

  @Option(
      names = "--events",
      paramLabel = "FILE",
      description =
          "Touchpoint events, one JSON object per line (docs/EVENTS.md), replayed into journeys and"
              + " assessed like a portfolio file; each journey is observed until its latest event, or"
              + " at --as-of.")
  Path events;

  @Mixin RulesOption rules;

  @Option(
      names = "--format",
      defaultValue = "text",
      converter = FormatName.class,
      paramLabel = "FORMAT",
      description =
          "text, json (one document for all files), jsonl (a line per journey, then a totals line)"
              + " or csv (a header, then a row per finding); default: ${DEFAULT-VALUE}.")
  ReportFormat format;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description =
          "Exit 1 when a violation is at or above this severity (INFO, LOW, MEDIUM, HIGH, CRITICAL).")
  String failOn;

  @Option(
      names = "--party",
      paramLabel = "ID",
      description =
          "Show only the violations of this party (as responsible party, customer-facing party"
              + " or brand), and their recommendations; repeat for several parties. Each must be a"
              + " party of every file.")
  List<String> parties = List.of();

  @Option(
      names = "--min-severity",
      paramLabel = "LEVEL",
      description =
          "Show only violations at or above this severity (INFO, LOW, MEDIUM, HIGH, CRITICAL),"
              + " and their recommendations.")
  String minSeverity;

  @Option(
      names = "--explain",
      description =
          "Say why for each violation, beside it: rule, standard, doc page, matched facts and the"
              + " thresholds that decided it (value, unit, agreed or default, partnership, source);"
              + " with --format json or jsonl, an \"explanations\" list in each journey entry.")
  boolean explain;

  @Option(
      names = "--allow-failures",
      description =
          "Exit 0 (or 1 for findings) even when journeys could not be assessed; by default they exit 3.")
  boolean allowFailures;

  @Option(
      names = "--firing-limit",
      paramLabel = "N",
      description =
          "Rule firings one journey may take before it is stopped as a runaway (default: "
              + CxEngine.DEFAULT_FIRING_LIMIT
              + ").")
  Integer firingLimit;

  @Option(
      names = "--as-of",
      paramLabel = "INSTANT",
      converter = InstantValue.class,
      description =
          "Assess as things stood at this instant (ISO-8601, e.g. 2026-03-02T12:00:00Z): later"
              + " touchpoints are not seen, every deadline is judged then, and each file ends with its"
              + " alarms (open obligations due today or at risk, per party) and the next instant a"
              + " status changes.")
  Instant asOf;

  @Option(
      names = "--stream-above",
      paramLabel = "BYTES",
      defaultValue = "" + STREAM_ABOVE_BYTES,
      description =
          "Stream files larger than this, journey by journey, in bounded memory (default: ${DEFAULT-VALUE},"
              + " 32 MiB); the report is the same either way.")
  long streamAbove;

  @Spec CommandSpec spec;

  /** What the run found so far, for the exit code. */
  private static final class Outcome {
    boolean breached;
    long failed;
  }

  @Override
  public Integer call() throws IOException {
    Severity threshold = failOn == null ? null : severity("--fail-on", failOn);
    FindingFilter filter =
        FindingFilter.of(
            new TreeSet<>(parties),
            minSeverity == null ? Severity.INFO : severity("--min-severity", minSeverity));
    CxEngine.Builder builder = rules.builder();
    if (firingLimit != null) {
      if (firingLimit < 1) {
        throw new IllegalArgumentException(
            "--firing-limit "
                + firingLimit
                + " is not valid: expected at least 1 firing per journey. Maybe leave it out for"
                + " the default, "
                + CxEngine.DEFAULT_FIRING_LIMIT);
      }
      builder.firingLimit(firingLimit);
    }
    if (streamAbove < 0) {
      throw new IllegalArgumentException(
          "--stream-above "
              + streamAbove
              + " is not valid: expected a size of 0 or more bytes. Maybe 0 to stream every file");
    }
    if (events != null || portfolio != null) {
      if (events == null || portfolio == null || !files.isEmpty()) {
        throw new IllegalArgumentException(
            "--events and --portfolio go together, without portfolio FILEs. Maybe: cx assess"
                + " --portfolio parties.json --events events.jsonl");
      }
    } else if (files.isEmpty()) {
      throw new IllegalArgumentException(
          "no FILE to assess. Maybe: cx assess portfolio.json, or cx assess --portfolio"
              + " parties.json --events events.jsonl");
    }
    CxEngine engine = builder.build();
    Outcome outcome = new Outcome();
    if (events != null) {
      return replay(engine, filter, threshold, outcome);
    }
    List<String> agreementErrors = List.of();
    // The report is closed (its totals written, stdout flushed) even when a file stops the run.
    try (Report report =
        format.open(spec.commandLine().getOut(), new ReportOptions(explain, filter))) {
      for (Path file : files) {
        if (!Files.exists(file)) {
          throw new IllegalArgumentException(file + ": no such file. Maybe check the path.");
        }
        report.beginFile(file.toString());
        try {
          if (Files.size(file) > streamAbove) {
            stream(engine, file, report, part -> record(part, report, filter, threshold, outcome));
          } else {
            Portfolio portfolio = CxJson.readPortfolio(file);
            names(file, portfolio, report);
            Assessment whole =
                asOf == null ? engine.assess(portfolio) : engine.assess(portfolio, asOf);
            for (Assessment part : JourneyParts.of(whole, portfolio)) {
              record(part, report, filter, threshold, outcome);
            }
          }
        } catch (AgreementException e) {
          report.fileFailed(
              e.problems().size() + " agreement problem(s): nothing in the file was assessed");
          agreementErrors = AgreementErrors.located(file, e.problems());
          break;
        } catch (RuntimeException | VirtualMachineError e) {
          // Out of memory too: the report says where the run stopped, and JSON stays one document.
          report.fileFailed(e.getMessage() == null ? e.toString() : e.getMessage());
          throw e;
        }
        report.endFile();
      }
    }
    if (!agreementErrors.isEmpty()) {
      return AgreementErrors.print(spec, agreementErrors);
    }
    return exitCode(outcome);
  }

  /**
   * Replays an events file into journeys against the parties of {@code --portfolio}; a line that cannot
   * be read is reported on the error stream with its file and line, and counted as a failure.
   */
  private int replay(CxEngine engine, FindingFilter filter, Severity threshold, Outcome outcome)
      throws IOException {
    Portfolio parties = CxJson.readPortfolio(portfolio);
    if (!parties.journeys().isEmpty()) {
      throw new IllegalArgumentException(
          portfolio
              + ": has "
              + parties.journeys().size()
              + " journey(s); with --events the journeys come from the events. Maybe remove"
              + " \"journeys\" from the file, or assess it without --events");
    }
    List<TouchpointEvent> read = new ArrayList<>();
    List<InputException> rejected = new ArrayList<>();
    long lines = TouchpointEvents.read(events, read::add, rejected::add);
    PrintWriter err = spec.commandLine().getErr();
    rejected.forEach(e -> err.println("cx: " + Printable.escape(e.getMessage())));
    err.flush();
    List<String> agreementErrors = List.of();
    try (Report report =
        format.open(spec.commandLine().getOut(), new ReportOptions(explain, filter))) {
      report.beginFile(events.toString());
      names(events, parties, report);
      Iterator<Journey> journeys = TouchpointEvents.journeys(read, events.toString());
      Consumer<Assessment> each = part -> record(part, report, filter, threshold, outcome);
      try {
        if (asOf == null) {
          engine.assessEach(parties, journeys, each);
        } else {
          engine.assessEach(parties, journeys, asOf, each);
        }
      } catch (AgreementException e) {
        report.fileFailed(
            e.problems().size() + " agreement problem(s): nothing in the file was assessed");
        agreementErrors = AgreementErrors.located(portfolio, e.problems());
      }
      report.endFile();
    }
    if (!agreementErrors.isEmpty()) {
      return AgreementErrors.print(spec, agreementErrors);
    }
    if (!rejected.isEmpty()) {
      if (allowFailures) {
        err.printf(
            "cx: %,d of %,d event line(s) could not be read (above); the rest were assessed, as"
                + " --allow-failures was given.%n",
            rejected.size(), lines);
      } else {
        err.printf(
            "cx: %,d of %,d event line(s) could not be read (above). Maybe fix them, or pass"
                + " --allow-failures to assess the rest.%n",
            rejected.size(), lines);
        err.flush();
        return Cx.BAD_INPUT;
      }
      err.flush();
    }
    return exitCode(outcome);
  }

  /**
   * The exit code once every file is assessed: journeys that could not be assessed, unless accepted
   * (they are still counted on standard error); else whether findings reached {@code --fail-on}.
   */
  private int exitCode(Outcome outcome) {
    if (outcome.failed > 0) {
      int code =
          Cx.failedJourneys(spec, outcome.failed, " (see FAILED in the report)", allowFailures);
      if (code != Cx.OK) {
        return code;
      }
    }
    return outcome.breached ? Cx.FINDINGS : Cx.OK;
  }

  /** Reports a part; {@code --fail-on} counts the violations shown, so it follows the filters. */
  private static void record(
      Assessment part, Report report, FindingFilter filter, Severity threshold, Outcome outcome) {
    report.add(part);
    outcome.failed += part.failures().size();
    outcome.breached |=
        threshold != null
            && part.violations().stream()
                .anyMatch(v -> filter.keeps(v) && v.severity().isAtLeast(threshold));
  }

  /**
   * Checks that every {@code --party} is a party of the file, then gives the report the file's names.
   */
  private void names(Path file, Portfolio parties, Report report) {
    for (String party : this.parties) {
      if (parties.party(party).isEmpty()) {
        throw new IllegalArgumentException(
            file
                + ": --party '"
                + party
                + "' is not a party of this portfolio. Maybe "
                + Spelling.suggestion(
                    party,
                    parties.parties().keySet().stream()
                        .sorted()
                        .map(id -> id + " (" + parties.parties().get(id).name() + ")")
                        .toList(),
                    parties.parties().keySet().stream().sorted().toList()));
      }
    }
    report.names(Names.of(parties));
  }

  /** Reads a severity option, with the closest severity as a hint when it is none. */
  static Severity severity(String option, String value) {
    try {
      return Severity.parse(value);
    } catch (IllegalArgumentException e) {
      List<String> names = Arrays.stream(Severity.values()).map(Severity::name).toList();
      throw new IllegalArgumentException(
          "unknown severity '"
              + value
              + "' for "
              + option
              + ". Maybe "
              + Spelling.suggestion(value.toUpperCase(Locale.ROOT), names, names),
          e);
    }
  }

  private void stream(CxEngine engine, Path file, Report report, Consumer<Assessment> perPart) {
    boolean interactive = System.console() != null;
    PrintWriter err = spec.commandLine().getErr();
    long[] seen = {0};
    BatchResult result;
    Consumer<Assessment> each =
        part -> {
          perPart.accept(part);
          if (interactive && ++seen[0] % 10_000 == 0) {
            err.printf(
                "\r%s: %,d journeys assessed", Printable.escape(file.getFileName()), seen[0]);
            err.flush();
          }
        };
    // Read on a thread of its own while this one assesses: the same journeys and problems, in
    // order.
    try (PortfolioStream stream = PortfolioStream.open(file).readAhead()) {
      names(file, stream.parties(), report);
      result =
          asOf == null
              ? engine.assessEach(stream.parties(), stream, each)
              : engine.assessEach(stream.parties(), stream, asOf, each);
    }
    if (interactive && result.read() >= 10_000) {
      err.println();
    }
    if (result.inputError() != null) {
      // Every complete journey before the problem was assessed and reported; the file still failed.
      throw result.inputError();
    }
  }

  /** Reads {@code --as-of} as an ISO-8601 instant. */
  static final class InstantValue implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String text) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'"
                + Printable.escape(text)
                + "' is not an instant. Maybe an ISO-8601 UTC time such as 2026-03-02T12:00:00Z");
      }
    }
  }

  /** Reads {@code --format} by the report format's name. */
  static final class FormatName implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String name) {
      try {
        return ReportFormats.named(name);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
