package io.sharedcx.cli;

import io.sharedcx.engine.AgreementException;
import io.sharedcx.engine.CxEngine;
import io.sharedcx.engine.WindowOptions;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Window;
import io.sharedcx.model.finding.WindowAssessment;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.report.Names;
import io.sharedcx.report.Printable;
import io.sharedcx.report.WindowCsv;
import io.sharedcx.report.WindowText;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code cx window}: judges portfolio files over a window, each file on its own: every metric per party
 * with its previous period and trend, projection, burn rate, accountable and overall rate and drivers,
 * the trend line over the last periods, the scorecards with their health, and the window violations and
 * recommendations; as text, as one JSON document or as CSV (a row per metric). Journeys that could not
 * be assessed are listed (text and JSON) and make it exit 3, unless {@code --allow-failures}.
 */
@Command(
    name = "window",
    description =
        "Judge portfolio files over a window: metrics, trends, projections, burn rates, scorecards.")
final class WindowCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Portfolio JSON files.")
  List<Path> files;

  @Mixin RulesOption rules;

  @Option(
      names = "--from",
      required = true,
      converter = Moment.class,
      paramLabel = "D",
      description =
          "The window's start, inclusive: a date (2026-03-01, midnight UTC) or an instant.")
  Instant from;

  @Option(
      names = "--to",
      required = true,
      converter = Moment.class,
      paramLabel = "D",
      description = "The window's end, exclusive: a date (2026-04-01, midnight UTC) or an instant.")
  Instant to;

  @Option(
      names = "--periods",
      defaultValue = "1",
      paramLabel = "N",
      description =
          "The last N periods of the window's length, the window included, for trend lines"
              + " (default: ${DEFAULT-VALUE}).")
  int periods;

  @Option(
      names = "--look-back",
      defaultValue = "0",
      paramLabel = "N",
      description =
          "Judge a metric below its minimum sample over the last N periods instead (0: never; default:"
              + " ${DEFAULT-VALUE}).")
  int lookBack;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description =
          "text, json (one document for all files) or csv (a header, then a row per metric of every"
              + " file); default: ${DEFAULT-VALUE}.")
  String format;

  @Option(
      names = "--allow-failures",
      description =
          "Exit 0 even when journeys could not be assessed (their cases are then in no metric); by"
              + " default they exit 3.")
  boolean allowFailures;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json") && !format.equals("csv")) {
      throw new IllegalArgumentException(
          "--format "
              + Printable.escape(format)
              + ": cx window writes text, json or csv. Maybe --format json.");
    }
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException(
          "--to " + to + " is not after --from " + from + ". Maybe swap them.");
    }
    Window window = Window.of(from, to);
    WindowOptions options = new WindowOptions(periods, lookBack);
    CxEngine engine = rules.builder().build();
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Object>> results = new ArrayList<>();
    int failed = 0;
    List<String> agreementErrors = List.of();
    WindowCsv csv = format.equals("csv") ? WindowCsv.open(out) : null;
    for (Path file : files) {
      if (!Files.exists(file)) {
        throw new IllegalArgumentException(file + ": no such file. Maybe check the path.");
      }
      Portfolio portfolio = CxJson.readPortfolio(file);
      WindowAssessment assessment;
      try {
        assessment = engine.assessWindow(portfolio, window, options);
      } catch (AgreementException e) {
        // The files before it are written; the run stops here, as cx assess does.
        agreementErrors = AgreementErrors.located(file, e.problems());
        break;
      }
      failed += assessment.failures().size();
      if (format.equals("text")) {
        out.printf("== %s%n", Printable.escape(file));
        out.print(WindowText.render(assessment));
        out.flush();
      } else if (csv != null) {
        csv.add(file.toString(), assessment, Names.of(portfolio));
        csv.flush();
      } else {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", file.toString());
        entry.put("assessment", assessment);
        results.add(entry);
      }
    }
    if (format.equals("json")) {
      out.println(CxJson.write(Map.of("files", results)));
      out.flush();
    }
    if (!agreementErrors.isEmpty()) {
      return AgreementErrors.print(spec, agreementErrors);
    }
    if (failed > 0) {
      return Cx.failedJourneys(
          spec,
          failed,
          ", so their cases are in no metric ("
              + switch (format) {
                case "json" -> "see \"failures\" in the JSON";
                case "csv" -> "the CSV has no row for them: --format text or json lists them";
                default -> "see FAILED in the text";
              }
              + ")",
          allowFailures);
    }
    return Cx.OK;
  }

  /** Reads a date (midnight UTC) or an instant. */
  static final class Moment implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return value.length() == 10
            ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
            : Instant.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'"
                + Printable.escape(value)
                + "' is neither a date nor an instant. Maybe 2026-03-01 or"
                + " 2026-03-01T00:00:00Z.");
      }
    }
  }
}
