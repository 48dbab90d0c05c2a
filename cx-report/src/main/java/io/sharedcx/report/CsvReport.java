package io.sharedcx.report;

import io.sharedcx.model.Provenance;
import io.sharedcx.model.finding.AppliedThreshold;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Evidence;
import io.sharedcx.model.finding.Failure;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.report.internal.CsvRows;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Findings as CSV (RFC 4180), for spreadsheets: a header row of {@link #COLUMNS}, then one row per
 * violation ({@code kind} {@code violation}), per journey that could not be assessed ({@code failure})
 * and per file that failed ({@code error}), written as they come. A violation's row carries its
 * thresholds, evidence and the recommendations that answer it. Text from input is written as it is
 * (quoted by the CSV rules); open one with {@link ReportFormats#CSV}.
 */
public final class CsvReport implements Report {
  /** The columns, in order; {@code docs/REPORT.md} describes each. */
  public static final List<String> COLUMNS =
      List.of(
          "file",
          "kind",
          "journey",
          "id",
          "standard",
          "title",
          "severity",
          "responsible_party",
          "responsible_party_name",
          "responsibility",
          "message",
          "at",
          "estimate",
          "estimate_label",
          "rule",
          "thresholds",
          "evidence",
          "recommendation",
          "recommendation_owner",
          "recommendation_accountable",
          "recommendation_due");

  private final CsvRows rows;
  private final ReportOptions options;
  private Names names = Names.NONE;
  private String source = "";

  CsvReport(Writer out, ReportOptions options) {
    this.rows = new CsvRows(out, COLUMNS);
    this.options = options;
  }

  @Override
  public void beginFile(String source) {
    this.source = source;
    this.names = Names.NONE;
  }

  @Override
  public void names(Names names) {
    this.names = names;
  }

  @Override
  public void add(Assessment whole) {
    Assessment part = options.filter().apply(whole);
    for (Violation v : Parts.violations(part.violations())) {
      List<Recommendation> answers = new ArrayList<>();
      for (Recommendation r : part.recommendations()) {
        if (r.answers().contains(v.id())) {
          answers.add(r);
        }
      }
      rows.row(
          source,
          "violation",
          v.journey(),
          v.id(),
          v.standard(),
          v.title(),
          v.severity().name(),
          v.responsibleParty(),
          names.partyName(v.responsibleParty()).orElse(null),
          v.responsibility(),
          v.message(),
          v.at(),
          v.estimate(),
          v.estimateLabel(),
          v.rule(),
          thresholds(v.thresholds()),
          String.join("; ", v.evidence().stream().map(Evidence::toString).toList()),
          join(answers.stream().map(Recommendation::action).toList()),
          join(answers.stream().map(Recommendation::owner).toList()),
          join(answers.stream().map(Recommendation::accountableParty).toList()),
          join(answers.stream().map(r -> r.dueBy() == null ? "" : r.dueBy().toString()).toList()));
    }
    for (Failure f : part.failures()) {
      rows.row(
          source,
          "failure",
          f.journey(),
          null,
          f.standard(),
          null,
          null,
          null,
          null,
          null,
          f.message(),
          null,
          null,
          null,
          f.rule(),
          null,
          null,
          null,
          null,
          null,
          null);
    }
  }

  /**
   * The thresholds of a finding in one field: {@code key=value unit (agreed|default: source,
   * partnership P)}, separated by {@code ; }.
   */
  static String thresholds(List<AppliedThreshold> thresholds) {
    List<String> parts = new ArrayList<>();
    for (AppliedThreshold t : thresholds) {
      StringBuilder s = new StringBuilder();
      s.append(t.key()).append('=').append(number(t.value()));
      if (t.unit() != null) {
        s.append(' ').append(t.unit().name().toLowerCase(Locale.ROOT));
      }
      s.append(" (")
          .append(t.provenance().origin() == Provenance.Origin.AGREED ? "agreed" : "default")
          .append(": ")
          .append(t.provenance().source());
      if (t.partnership() != null) {
        s.append(", partnership ").append(t.partnership());
      }
      parts.add(s.append(')').toString());
    }
    return String.join("; ", parts);
  }

  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static String join(List<String> values) {
    return values.isEmpty() ? null : String.join("; ", values);
  }

  @Override
  public void endFile() {
    rows.flush();
  }

  @Override
  public void fileFailed(String message) {
    rows.row(
        source, "error", null, null, null, null, null, null, null, null, message, null, null, null,
        null, null, null, null, null, null, null);
    rows.flush();
  }

  @Override
  public void flush() {
    rows.flush();
  }

  @Override
  public void close() {
    rows.flush();
  }
}
