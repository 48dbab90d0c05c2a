package io.sharedcx.report;

import io.sharedcx.model.finding.Alarm;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Comparison;
import io.sharedcx.model.finding.Failure;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Scorecard;
import io.sharedcx.model.finding.Violation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The text report, for people: one or two lines per finding, with standard id, severity, party and
 * message, written as the findings come, then each file's totals with a line per responsible party.
 * Every value from input is escaped (see {@link Printable}).
 * Open one with {@link ReportFormats#TEXT}; {@link #render(Assessment)} and {@link #render(Scorecard)}
 * give one assessment or scorecard as a string.
 */
public final class TextReport implements Report {
  private final Writer out;
  private final ReportOptions options;
  private final Counts run = new Counts();
  private Names names = Names.NONE;
  private Names runNames = Names.NONE;
  private Counts file;
  private OpenObligations open = new OpenObligations();
  private String source;
  private int files;

  TextReport(Writer out, ReportOptions options) {
    this.out = out;
    this.options = options;
  }

  /**
   * An assessment as text: each violation with its standard, severity, responsible party, why that
   * party and message; each recommendation with its owner, accountable party and due time; then any
   * journey that failed, and the totals with a line per responsible party.
   *
   * @param assessment an assessment
   * @return the text, one finding per line or two
   */
  public static String render(Assessment assessment) {
    StringWriter text = new StringWriter();
    TextReport report = new TextReport(text, ReportOptions.DEFAULT);
    report.file = new Counts();
    report.add(assessment);
    report.summary(null);
    return text.toString();
  }

  /**
   * A scorecard as text: the partner, its score and standing, each metric with numerator, denominator,
   * rate, target (and its source), status and the partnership it was judged under (a partner with two
   * brands has a metric per brand), and its violations by standard.
   *
   * @param card a partner's scorecard
   * @return the text, a line per metric
   */
  public static String render(Scorecard card) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "SCORECARD %s  %s to %s  score %d  standing %s%n",
            Printable.escape(card.party()),
            card.window().from(),
            card.window().to(),
            card.score(),
            card.standing()));
    for (MetricResult m : card.metrics()) {
      out.append(
          String.format(
              "  %-30s %-17s %5d/%-5d %8s  target %s %s  (%s)%s%s%n",
              Printable.escape(m.standard()),
              m.status(),
              m.numerator(),
              m.denominator(),
              m.rate() == null ? "n/a" : String.format("%.1f %%", m.rate() * 100),
              m.comparison() == Comparison.AT_MOST ? "<=" : ">=",
              String.format("%.1f %%", m.target() * 100),
              Printable.escape(m.targetSource().origin() + ": " + m.targetSource().source()),
              m.excluded() > 0 ? "  excluded " + m.excluded() : "",
              m.partnership() == null
                  ? ""
                  : "  under partnership " + Printable.escape(m.partnership())));
    }
    card.violationsByStandard()
        .forEach(
            (standard, count) ->
                out.append(
                    String.format("  violations %-30s %d%n", Printable.escape(standard), count)));
    return out.toString();
  }

  @Override
  public void beginFile(String source) {
    this.source = source;
    this.file = new Counts();
    this.names = Names.NONE;
    this.open = new OpenObligations();
    files++;
    write(String.format("== %s%n", Printable.escape(source)));
  }

  @Override
  public void names(Names names) {
    this.names = names;
    this.runNames = runNames.and(names);
  }

  @Override
  public void add(Assessment whole) {
    Assessment part = file.add(whole, options.filter());
    StringBuilder lines = new StringBuilder();
    for (Violation v : Parts.violations(part.violations())) {
      lines.append(ViolationText.lines(v, names));
      if (options.explain()) {
        lines.append(ViolationText.explanation(v));
      }
    }
    for (Recommendation r : Parts.recommendations(part.recommendations())) {
      lines.append(
          String.format(
              "RECOMMEND %-39s owner %s, accountable %s, due %s: %s%n",
              Printable.escape(r.standard()),
              names.party(r.owner()),
              names.party(r.accountableParty()),
              r.dueBy() == null ? "-" : r.dueBy(),
              Printable.escape(r.action())));
    }
    for (Failure f : part.failures()) {
      lines.append(Failures.line(f));
    }
    open.add(whole);
    write(lines.toString());
  }

  @Override
  public void endFile() {
    summary(source);
    run.add(file);
  }

  @Override
  public void fileFailed(String message) {
    write(
        String.format(
                "%s: stopped after %s: %s%n",
                Printable.escape(source), file.sentence(), Printable.escape(message))
            + (file.assessed + file.failed > 0 ? file.partyLines(names, options.filter()) : ""));
    run.add(file);
  }

  private void summary(String name) {
    StringBuilder lines = new StringBuilder();
    if (open.asOfAnInstant()) {
      List<Alarm> alarms = open.alarms();
      lines.append(
          String.format(
              "AS OF     %s: %,d open obligation(s), %,d alarm(s); next status change %s%n",
              open.asOf(),
              open.count(),
              alarms.size(),
              open.nextChangeAt() == null ? "none" : "at " + open.nextChangeAt()));
      for (Alarm a : alarms) {
        lines.append(
            String.format(
                "ALARM     %-9s %-30s %s: %,d %s, earliest due %s: %s%n",
                a.level(),
                Printable.escape(a.standard()),
                Printable.escape(a.party()),
                a.count(),
                Printable.escape(a.alarm()),
                a.earliestDue(),
                subjects(a.subjects())));
      }
    }
    if (file.violations == 0 && file.hiddenViolations() == 0 && file.failed == 0) {
      // With no journey, "every standard was met" would claim more than was judged.
      lines.append(
          file.assessed == 0
              ? String.format("no violations, and no journey to assess%n")
              : String.format("no violations: every standard that ran was met%n"));
    }
    lines
        .append(name == null ? "" : Printable.escape(name) + ": ")
        .append(file.sentence())
        .append(System.lineSeparator())
        .append(file.partyLines(names, options.filter()));
    write(lines.toString());
  }

  /** The first ten subjects, then how many more. */
  private static String subjects(List<String> subjects) {
    String shown =
        subjects.stream()
            .limit(10)
            .map(Printable::escape)
            .collect(java.util.stream.Collectors.joining(", "));
    return subjects.size() > 10 ? shown + " and " + (subjects.size() - 10) + " more" : shown;
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (files > 1) {
      write(
          String.format("total: %,d files, %s%n", files, run.sentence())
              + run.partyLines(runNames, options.filter()));
    }
    flush();
  }

  private void write(String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
