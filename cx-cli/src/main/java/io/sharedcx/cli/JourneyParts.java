package io.sharedcx.cli;

import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Alarm;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Failure;
import io.sharedcx.model.finding.Obligation;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a whole portfolio's assessment into the parts a streamed run reports: one per journey in the
 * file's order, then one for the portfolio-level facts (feeds, purchase orders, stock audits) if they
 * found or failed anything. So a file reads the same in the report whether it was read whole or
 * streamed.
 */
final class JourneyParts {
  private JourneyParts() {}

  /** Journey by journey, then the rest; every finding of {@code whole} lands in exactly one part. */
  static List<Assessment> of(Assessment whole, Portfolio portfolio) {
    Map<String, Part> parts = new LinkedHashMap<>();
    for (Journey journey : portfolio.journeys()) {
      parts.put(journey.id(), new Part());
    }
    Part rest = new Part();
    Map<String, Part> byViolation = new HashMap<>();
    for (Violation v : whole.violations()) {
      Part part = v.journey() == null ? rest : parts.getOrDefault(v.journey(), rest);
      part.violations.add(v);
      byViolation.put(v.id(), part);
    }
    for (Recommendation r : whole.recommendations()) {
      Part part = r.answers().isEmpty() ? rest : byViolation.getOrDefault(r.answers().get(0), rest);
      part.recommendations.add(r);
    }
    for (Failure f : whole.failures()) {
      parts.getOrDefault(f.journey(), rest).failures.add(f);
    }
    for (Obligation o : whole.obligations()) {
      (o.journey() == null ? rest : parts.getOrDefault(o.journey(), rest)).obligations.add(o);
    }
    Set<String> assessed = new HashSet<>(whole.journeysAssessed());
    List<Assessment> result = new ArrayList<>(parts.size() + 1);
    parts.forEach(
        (journey, part) -> {
          if (assessed.contains(journey)) {
            part.assessed.add(journey);
          }
          result.add(part.assessment(whole));
        });
    if (!rest.violations.isEmpty()
        || !rest.recommendations.isEmpty()
        || !rest.failures.isEmpty()
        || !rest.obligations.isEmpty()) {
      result.add(rest.assessment(whole));
    }
    return result;
  }

  /** The findings of one journey, or of the portfolio-level facts. */
  private static final class Part {
    final List<String> assessed = new ArrayList<>(1);
    final List<Violation> violations = new ArrayList<>();
    final List<Recommendation> recommendations = new ArrayList<>();
    final List<Failure> failures = new ArrayList<>();
    final List<Obligation> obligations = new ArrayList<>();

    Assessment assessment(Assessment whole) {
      return Assessment.builder()
          .standardsRun(whole.standardsRun())
          .asOf(whole.asOf())
          .obligations(obligations)
          .alarms(Alarm.of(obligations))
          .nextChangeAt(Obligation.nextChangeOf(obligations))
          .journeysAssessed(assessed)
          .violations(violations)
          .recommendations(recommendations)
          .failures(failures)
          .build();
    }
  }
}
