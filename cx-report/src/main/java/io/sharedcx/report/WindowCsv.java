package io.sharedcx.report;

import io.sharedcx.model.Provenance;
import io.sharedcx.model.finding.Driver;
import io.sharedcx.model.finding.Health;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.PeriodValue;
import io.sharedcx.model.finding.Projection;
import io.sharedcx.model.finding.Scorecard;
import io.sharedcx.model.finding.WindowAssessment;
import io.sharedcx.report.internal.CsvRows;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Window metrics as CSV (RFC 4180), for spreadsheets: a header row of {@link #COLUMNS}, then one row
 * per metric of each party, with its party's score, standing and health beside it. Rates are fractions
 * (0.089, not 8.9 %), instants ISO-8601, an unknown value an empty field.
 *
 * <pre>{@code
 * WindowCsv csv = WindowCsv.open(writer);
 * csv.add("orders.json", engine.assessWindow(portfolio, march), Names.of(portfolio));
 * csv.flush();
 * }</pre>
 */
public final class WindowCsv {
  /** The columns, in order; {@code docs/REPORT.md} describes each. */
  public static final List<String> COLUMNS =
      List.of(
          "file",
          "party",
          "party_name",
          "partnership",
          "standard",
          "measure",
          "status",
          "numerator",
          "denominator",
          "excluded",
          "rate",
          "overall_rate",
          "target",
          "comparison",
          "min_sample",
          "target_origin",
          "target_source",
          "previous_rate",
          "trend",
          "projected_rate",
          "projected_status",
          "burn_rate",
          "breach_at",
          "window_from",
          "window_to",
          "history",
          "top_drivers",
          "score",
          "standing",
          "health_score",
          "health_band");

  private final CsvRows rows;

  private WindowCsv(Writer out) {
    this.rows = new CsvRows(out, COLUMNS);
  }

  /**
   * {@return a CSV of window metrics on {@code out}, its header written}
   *
   * @param out where the rows go; flushed, never closed
   */
  public static WindowCsv open(Writer out) {
    return new WindowCsv(out);
  }

  /**
   * Writes a row per metric of a window assessment.
   *
   * @param file the file it came from, as the user gave it
   * @param assessment the window assessment
   * @param names the names of its parties and products
   */
  public void add(String file, WindowAssessment assessment, Names names) {
    for (MetricResult m : assessment.metrics()) {
      Scorecard card = assessment.scorecard(m.party()).orElse(null);
      Health health = card == null ? null : card.health();
      Projection p = m.projection();
      rows.row(
          file,
          m.party(),
          names.partyName(m.party()).orElse(null),
          m.partnership(),
          m.standard(),
          m.measure(),
          m.status().name(),
          m.numerator(),
          m.denominator(),
          m.excluded(),
          m.rate(),
          m.overallRate(),
          m.target(),
          m.comparison().name(),
          m.minSample(),
          m.targetSource().origin() == Provenance.Origin.AGREED ? "agreed" : "default",
          m.targetSource().source(),
          m.previous() == null ? null : m.previous().rate(),
          m.trend().name(),
          p == null ? null : p.rate(),
          p == null ? null : p.status().name(),
          m.burnRate(),
          m.breachAt(),
          m.window().from(),
          m.window().to(),
          String.join(
              " ",
              m.history().stream()
                  .map((PeriodValue v) -> v.rate() == null ? "n/a" : v.rate().toString())
                  .toList()),
          String.join(
              "; ",
              m.topDrivers().stream()
                  .map(
                      (Driver d) ->
                          String.format(
                              Locale.ROOT,
                              "%s %s %d/%d (%s)",
                              d.dimension().name().toLowerCase(Locale.ROOT),
                              d.value(),
                              d.failed(),
                              d.cases(),
                              d.share()))
                  .toList()),
          card == null ? null : card.score(),
          card == null ? null : card.standing().name(),
          health == null ? null : health.score(),
          health == null ? null : health.band().name());
    }
  }

  /** Writes the rows so far through to the output. */
  public void flush() {
    rows.flush();
  }
}
