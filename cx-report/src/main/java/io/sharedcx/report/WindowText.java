package io.sharedcx.report;

import io.sharedcx.model.finding.Comparison;
import io.sharedcx.model.finding.Driver;
import io.sharedcx.model.finding.Failure;
import io.sharedcx.model.finding.Health;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.PeriodValue;
import io.sharedcx.model.finding.Projection;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Scorecard;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.finding.WindowAssessment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A window assessment as text, for people: per party its standing and health, then each metric on one
 * line (status, counts, accountable and overall rate, target, the previous period and the trend, the
 * burn rate and when the target breaks at that pace, the projection), with its trend line over the
 * periods and its top drivers beneath; then the window violations and recommendations, and the journeys
 * that could not be assessed. Every value from input is escaped (see {@link Printable}).
 */
public final class WindowText {
  private WindowText() {}

  /**
   * Renders a window assessment.
   *
   * @param assessment the window assessment
   * @return the text, a few lines per metric
   */
  public static String render(WindowAssessment assessment) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format("WINDOW %s to %s%n", assessment.window().from(), assessment.window().to()));
    Map<String, List<MetricResult>> byParty = new LinkedHashMap<>();
    for (Scorecard card : assessment.scorecards()) {
      byParty.put(card.party(), new ArrayList<>());
    }
    for (MetricResult m : assessment.metrics()) {
      byParty.computeIfAbsent(m.party(), p -> new ArrayList<>()).add(m);
    }
    byParty.forEach(
        (party, metrics) -> {
          out.append(String.format("%nPARTY %s", Printable.escape(party)));
          assessment
              .scorecard(party)
              .ifPresent(
                  card -> {
                    out.append(
                        String.format("  score %d, standing %s", card.score(), card.standing()));
                    Health h = card.health();
                    if (h != null) {
                      out.append(
                          String.format(
                              Locale.ROOT,
                              "%n  HEALTH %d %s (%d violations counted, %d aged out): %s",
                              h.score(),
                              h.band(),
                              h.violationsCounted(),
                              h.violationsAgedOut(),
                              Printable.escape(h.action())));
                    }
                  });
          out.append(String.format("%n"));
          for (MetricResult m : metrics) {
            metric(out, m);
          }
        });
    if (!assessment.violations().isEmpty()) {
      out.append(String.format("%n"));
      for (Violation v : assessment.violations()) {
        out.append(ViolationText.lines(v));
      }
    }
    for (Recommendation r : assessment.recommendations()) {
      out.append(
          String.format(
              "RECOMMEND %-39s owner %s, accountable %s, due %s: %s%n",
              Printable.escape(r.standard()),
              Printable.escape(r.owner()),
              Printable.escape(r.accountableParty()),
              r.dueBy() == null ? "-" : r.dueBy(),
              Printable.escape(r.action())));
    }
    if (!assessment.failures().isEmpty()) {
      out.append(
          String.format(
              "%n%d journey(s) could not be assessed; their cases are in no metric:%n",
              assessment.failures().size()));
      for (Failure f : assessment.failures()) {
        out.append(Failures.line(f));
      }
    }
    return out.toString();
  }

  /** One metric: its line, then its trend line and drivers when it has them. */
  static void metric(StringBuilder out, MetricResult m) {
    out.append(
        String.format(
            Locale.ROOT,
            "  %-28s %-17s %5d/%-5d %7s  overall %7s  target %s %s  previous %7s %-17s",
            Printable.escape(m.standard()),
            m.status(),
            m.numerator(),
            m.denominator(),
            percent(m.rate()),
            percent(m.overallRate()),
            m.comparison() == Comparison.AT_MOST ? "<=" : ">=",
            percent(m.target()),
            m.previous() == null ? "n/a" : percent(m.previous().rate()),
            m.trend()));
    if (m.burnRate() != null) {
      out.append(String.format(Locale.ROOT, "  burn %.2f", m.burnRate()));
    }
    if (m.breachAt() != null) {
      out.append(String.format("  breach at %s", m.breachAt()));
    }
    Projection p = m.projection();
    if (p != null) {
      out.append(
          String.format(
              "  projected %s %s (%d/%d)",
              percent(p.rate()), p.status(), p.numerator(), p.denominator()));
    }
    if (m.lookBack() != null) {
      out.append(
          String.format(
              "  judged over %s to %s (look-back)", m.lookBack().from(), m.lookBack().to()));
    }
    out.append(String.format("%n"));
    if (!m.history().isEmpty()) {
      StringBuilder line = new StringBuilder();
      for (PeriodValue v : m.history()) {
        line.append(' ').append(percent(v.rate()));
      }
      Duration length = Duration.between(m.window().from(), m.window().to());
      out.append(
          String.format("      periods of %s, oldest first:%s%n", days(length), line.toString()));
    }
    if (!m.topDrivers().isEmpty()) {
      List<String> drivers = new ArrayList<>();
      for (Driver d : m.topDrivers()) {
        drivers.add(
            String.format(
                Locale.ROOT,
                "%s %s %d (%.0f %%)",
                d.dimension(),
                Printable.escape(d.value()),
                d.failed(),
                d.share() * 100));
      }
      out.append(String.format("      drivers: %s%n", String.join(", ", drivers)));
    }
  }

  static String days(Duration length) {
    long hours = length.toHours();
    return hours % 24 == 0 ? hours / 24 + " d" : hours + " h";
  }

  static String percent(Double rate) {
    return rate == null ? "n/a" : String.format(Locale.ROOT, "%.1f %%", rate * 100);
  }
}
