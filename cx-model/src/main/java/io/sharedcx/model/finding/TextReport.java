package io.sharedcx.model.finding;

/** Renders an assessment for people: one line per finding, with standard id, severity, party and message. */
public final class TextReport {
  private TextReport() {}

  /**
   * The assessment as text: each violation with its standard, severity, responsible party, why that
   * party and message; each recommendation with its owner, accountable party and due time; then any
   * journey that failed.
   */
  public static String render(Assessment assessment) {
    StringBuilder out = new StringBuilder();
    for (Violation v : assessment.violations()) {
      out.append(String.format("VIOLATION %-8s %-30s against %s: %s%n", v.severity(), v.standard(),
          v.responsibleParty(), v.message()));
      out.append(String.format("          why %s: %s; evidence %s%n", v.responsibleParty(), v.responsibility(),
          v.evidence()));
    }
    for (Recommendation r : assessment.recommendations()) {
      out.append(String.format("RECOMMEND %-39s owner %s, accountable %s, due %s: %s%n", r.standard(), r.owner(),
          r.accountableParty(), r.dueBy() == null ? "-" : r.dueBy(), r.action()));
    }
    for (Failure f : assessment.failures()) {
      out.append(String.format("FAILED    journey %s%s: %s%n", f.journey(),
          f.rule() == null ? "" : " in rule '" + f.rule() + "' (" + f.standard() + ")", f.message()));
    }
    if (assessment.violations().isEmpty() && assessment.failures().isEmpty()) {
      out.append("no violations: every standard that ran was met").append(System.lineSeparator());
    }
    out.append(String.format("%d journey(s) assessed, %d failed, %d violation(s), %d recommendation(s)%n",
        assessment.journeysAssessed().size(), assessment.failures().size(), assessment.violations().size(),
        assessment.recommendations().size()));
    return out.toString();
  }

  /**
   * A scorecard as text: the partner, its score and standing, each metric with numerator, denominator,
   * rate, target (and its source) and status, and its violations by standard.
   */
  public static String render(Scorecard card) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("SCORECARD %s  %s to %s  score %d  standing %s%n", card.party(), card.window().from(),
        card.window().to(), card.score(), card.standing()));
    for (MetricResult m : card.metrics()) {
      out.append(String.format("  %-30s %-17s %5d/%-5d %8s  target %s %s  (%s)%s%n", m.standard(), m.status(),
          m.numerator(), m.denominator(), m.rate() == null ? "n/a" : String.format("%.1f %%", m.rate() * 100),
          m.comparison() == Comparison.AT_MOST ? "<=" : ">=", String.format("%.1f %%", m.target() * 100),
          m.targetSource().origin() + ": " + m.targetSource().source(),
          m.excluded() > 0 ? "  excluded " + m.excluded() : ""));
    }
    card.violationsByStandard().forEach((standard, count) ->
        out.append(String.format("  violations %-30s %d%n", standard, count)));
    return out.toString();
  }
}
