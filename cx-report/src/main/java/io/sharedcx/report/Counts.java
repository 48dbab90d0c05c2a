package io.sharedcx.report;

import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Failure;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What a file's or a run's parts added up to: what was shown, per party, and what was filtered out. */
final class Counts {
  long assessed;
  long failed;
  long violations;
  long recommendations;
  final Set<String> standardsRun = new TreeSet<>();
  final Map<String, PartyCounts> byParty = new TreeMap<>();
  long hiddenOfOtherParties;
  long hiddenBelowSeverity;
  long hiddenRecommendations;

  /** One party's violations shown, by severity and by standard. */
  static final class PartyCounts {
    long violations;
    final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    final Map<String, Long> byStandard = new TreeMap<>();

    void add(PartyCounts other) {
      violations += other.violations;
      other.bySeverity.forEach((s, n) -> bySeverity.merge(s, n, Long::sum));
      other.byStandard.forEach((s, n) -> byStandard.merge(s, n, Long::sum));
    }

    /** Most severe first. */
    List<Map.Entry<Severity, Long>> severities() {
      List<Map.Entry<Severity, Long>> out = new ArrayList<>(bySeverity.entrySet());
      out.sort(Map.Entry.<Severity, Long>comparingByKey().reversed());
      return out;
    }

    /** Most violated first, then by id. */
    List<Map.Entry<String, Long>> standards() {
      List<Map.Entry<String, Long>> out = new ArrayList<>(byStandard.entrySet());
      out.sort(
          Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
              .thenComparing(Map.Entry.comparingByKey()));
      return out;
    }
  }

  /**
   * Adds a part as the filter shows it, and counts what the filter left out.
   *
   * @param part the whole part
   * @param filter what is shown
   * @return the part as shown
   */
  Assessment add(Assessment part, FindingFilter filter) {
    Assessment shown = filter.apply(part);
    add(shown);
    if (shown != part) {
      for (Violation v : part.violations()) {
        if (!filter.ofParty(v)) {
          hiddenOfOtherParties++;
        } else if (!filter.keeps(v)) {
          hiddenBelowSeverity++;
        }
      }
      hiddenRecommendations += part.recommendations().size() - shown.recommendations().size();
    }
    return shown;
  }

  void add(Assessment part) {
    assessed += part.journeysAssessed().size();
    Set<String> failedJourneys = new HashSet<>();
    for (Failure f : part.failures()) {
      failedJourneys.add(f.journey());
    }
    failed += failedJourneys.size();
    violations += part.violations().size();
    recommendations += part.recommendations().size();
    standardsRun.addAll(part.standardsRun());
    for (Violation v : part.violations()) {
      PartyCounts party = byParty.computeIfAbsent(v.responsibleParty(), p -> new PartyCounts());
      party.violations++;
      party.bySeverity.merge(v.severity(), 1L, Long::sum);
      party.byStandard.merge(v.standard(), 1L, Long::sum);
    }
  }

  void add(Counts file) {
    assessed += file.assessed;
    failed += file.failed;
    violations += file.violations;
    recommendations += file.recommendations;
    standardsRun.addAll(file.standardsRun);
    file.byParty.forEach(
        (party, counts) -> byParty.computeIfAbsent(party, p -> new PartyCounts()).add(counts));
    hiddenOfOtherParties += file.hiddenOfOtherParties;
    hiddenBelowSeverity += file.hiddenBelowSeverity;
    hiddenRecommendations += file.hiddenRecommendations;
  }

  long hiddenViolations() {
    return hiddenOfOtherParties + hiddenBelowSeverity;
  }

  /** The parties with most violations first, then by id. */
  List<Map.Entry<String, PartyCounts>> parties() {
    List<Map.Entry<String, PartyCounts>> out = new ArrayList<>(byParty.entrySet());
    out.sort(
        Comparator.comparing((Map.Entry<String, PartyCounts> e) -> -e.getValue().violations)
            .thenComparing(Map.Entry::getKey));
    return out;
  }

  String sentence() {
    return String.format(
        "%,d journey(s) assessed, %,d failed, %,d violation(s), %,d recommendation(s)",
        assessed, failed, violations, recommendations);
  }

  /**
   * The per-party lines and, when a filter is active, what it left out; each line ended by {@code %n}.
   */
  String partyLines(Names names, FindingFilter filter) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, PartyCounts> e : parties()) {
      PartyCounts p = e.getValue();
      StringBuilder severities = new StringBuilder();
      for (Map.Entry<Severity, Long> s : p.severities()) {
        severities.append(severities.length() == 0 ? "" : ", ").append(s.getValue()).append(' ');
        severities.append(s.getKey());
      }
      StringBuilder standards = new StringBuilder();
      for (Map.Entry<String, Long> s : p.standards()) {
        standards.append(standards.length() == 0 ? "" : ", ");
        standards.append(Printable.escape(s.getKey())).append(' ').append(s.getValue());
      }
      out.append(
          String.format(
              "PARTY     %s: %,d violation(s): %s; %s%n",
              names.party(e.getKey()), p.violations, severities, standards));
    }
    if (filter.active()) {
      List<String> why = new ArrayList<>(2);
      if (!filter.parties().isEmpty()) {
        why.add(String.format("%,d of other parties", hiddenOfOtherParties));
      }
      if (filter.minSeverity() != Severity.INFO) {
        why.add(String.format("%,d below %s", hiddenBelowSeverity, filter.minSeverity()));
      }
      out.append(
          String.format(
              "FILTERED  %,d violation(s) (%s) and %,d recommendation(s) not shown, by %s%n",
              hiddenViolations(),
              String.join(", ", why),
              hiddenRecommendations,
              filter.describe()));
    }
    return out.toString();
  }
}
