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
}
