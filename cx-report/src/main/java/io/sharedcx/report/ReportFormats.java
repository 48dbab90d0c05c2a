package io.sharedcx.report;

import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report formats SharedCX writes.
 *
 * <ul>
 *   <li>{@link #TEXT}: for people. Per file a {@code == FILE} header, each violation on two lines
 *       ({@code VIOLATION}, then {@code why}), with {@code EXPLAIN} lines right beneath it when asked
 *       (ending with a {@code threshold} line per threshold that decided it),
 *       each recommendation ({@code RECOMMEND}) and failed journey ({@code FAILED}), then the file's
 *       totals with a {@code PARTY} line per responsible party (violations by severity and by standard)
 *       and, when a {@link FindingFilter} is active, a {@code FILTERED} line saying what it left out.
 *       Parties and products are named beside their ids when the report is given {@link Names}. Control
 *       characters from input are escaped.
 *   <li>{@link #JSON}: one JSON document for the whole run, however many files:
 *       {@code {"files": [{"file", "journeys": [...], "totals"}], "standardsRun", "totals"}}.
 *   <li>{@link #JSONL}: JSON Lines, one line per journey ({@code {"file", "journeysAssessed", "violations",
 *       "recommendations", "failures"}}) and a final line {@code {"totals", "standardsRun", "files"}}.
 *   <li>{@link #CSV}: RFC 4180 CSV, a header row, then a row per violation, failed journey or failed
 *       file (see {@link CsvReport}).
 * </ul>
 *
 * <p>A journey entry holds the model's own JSON of each violation (with the {@code "thresholds"} that
 * decided it), recommendation and failure, and, when explaining, {@code "explanations"}: per violation its
 * id, rule, standard, title, doc page, matched facts, responsible party, why that party, and its
 * thresholds in words, as the text report's {@code EXPLAIN} lines say them. Every {@code "totals"} has
 * {@code "byParty"} (per responsible party: {@code name}, {@code violations}, {@code bySeverity}, {@code
 * byStandard}) and, under a filter, {@code "filteredOut"} (violations, of other parties, below the minimum
 * severity, recommendations); the run's document or totals line then also names the {@code "filter"}.
 * The entry of the portfolio-level facts has no journey assessed
 * and violations without a journey. A file that could not be read to its end has an {@code "error"}.
 */
public final class ReportFormats {
  /** Text for people. */
  public static final ReportFormat TEXT =
      new Named("text") {
        @Override
        public Report open(Writer out, ReportOptions options) {
          return new TextReport(out, options);
        }
      };

  /** One JSON document for the whole run. */
  public static final ReportFormat JSON =
      new Named("json") {
        @Override
        public Report open(Writer out, ReportOptions options) {
          return new JsonReport(out, options, false);
        }
      };

  /** JSON Lines: a line per journey, then a line of totals. */
  public static final ReportFormat JSONL =
      new Named("jsonl") {
        @Override
        public Report open(Writer out, ReportOptions options) {
          return new JsonReport(out, options, true);
        }
      };

  /** CSV for spreadsheets: a header row, then a row per finding (see {@link CsvReport}). */
  public static final ReportFormat CSV =
      new Named("csv") {
        @Override
        public Report open(Writer out, ReportOptions options) {
          return new CsvReport(out, options);
        }
      };

  private static final List<ReportFormat> ALL = List.of(TEXT, JSON, JSONL, CSV);

  private ReportFormats() {}

  /**
   * Every format, in the order shown in help.
   *
   * @return text, json, jsonl, csv
   */
  public static List<ReportFormat> all() {
    return ALL;
  }

  /**
   * The format with this name.
   *
   * @param name e.g. {@code jsonl}
   * @return the format
   * @throws IllegalArgumentException naming the formats when there is none of that name
   */
  public static ReportFormat named(String name) {
    for (ReportFormat format : ALL) {
      if (format.name().equals(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '"
            + Printable.escape(name)
            + "'. Maybe one of: "
            + ALL.stream().map(ReportFormat::name).collect(Collectors.joining(", ")));
  }

  /** A format known by its name. */
  private abstract static class Named implements ReportFormat {
    private final String name;

    Named(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
