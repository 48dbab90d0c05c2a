package io.sharedcx.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Obligation;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.test.SyntheticPortfolios;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine and the hand-written reference return the same assessment, finding for finding and field
 * for field, on ten thousand generated journeys that exercise every journey and event standard.
 */
class OracleTest {
  static final int JOURNEYS = 10_000;
  static final long SEED = 20261124L;

  static Portfolio portfolio;
  static Assessment engine;
  static Assessment reference;

  @BeforeAll
  static void assessBoth() {
    portfolio = new SyntheticPortfolios(SEED).portfolioWithFeeds(JOURNEYS);
    CxEngine cx = CxEngine.builder().build();
    engine = cx.assess(portfolio);
    reference = new ReferenceEvaluator(cx.standards()).assess(portfolio);
  }

  @Test
  void everyJourneyAndEventStandardFires() {
    Map<String, Long> perStandard = new TreeMap<>();
    engine.violations().forEach(v -> perStandard.merge(v.standard(), 1L, Long::sum));
    assertThat(engine.failures()).isEmpty();
    assertThat(engine.journeysAssessed()).hasSize(JOURNEYS);
    assertThat(perStandard)
        .as("violations per standard on %d journeys (seed %d)", JOURNEYS, SEED)
        .containsOnlyKeys(ReferenceEvaluator.STANDARDS);
    assertThat(ReferenceEvaluator.STANDARDS)
        .doesNotContainAnyElementsOf(ReferenceEvaluator.WINDOW_STANDARDS);
    assertThat(engine.standardsRun())
        .containsExactlyInAnyOrderElementsOf(
            union(ReferenceEvaluator.STANDARDS, ReferenceEvaluator.WINDOW_STANDARDS));
  }

  @Test
  void violationsAreEqualFieldForField() {
    compare(
        "violation", engine.violations(), reference.violations(), Violation::journey, VIOLATION);
  }

  @Test
  void recommendationsAreEqual() {
    Map<String, String> journeyOf = new java.util.HashMap<>();
    engine.violations().forEach(v -> journeyOf.put(v.id(), String.valueOf(v.journey())));
    compare(
        "recommendation",
        engine.recommendations(),
        reference.recommendations(),
        r -> journeyOf.getOrDefault(r.answers().get(0), "?"),
        RECOMMENDATION);
  }

  @Test
  void deadlinesAndAlarmsAreEqual() {
    compare(
        "obligation",
        engine.obligations(),
        reference.obligations(),
        Obligation::journey,
        OBLIGATION);
    assertThat(reference.alarms()).isEqualTo(engine.alarms());
    assertThat(reference.nextChangeAt()).isEqualTo(engine.nextChangeAt());
  }

  @Test
  void wholeAssessmentsAreEqual() {
    assertThat(reference).isEqualTo(engine);
  }

  private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
    java.util.Set<String> all = new java.util.TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * Compares two lists in order; on the first difference, fails with the journey and a field-by-field
   * diff of the first differing finding.
   */
  private static <T> void compare(
      String what,
      List<T> fromEngine,
      List<T> fromReference,
      Function<T, String> journeyOf,
      Map<String, Function<T, Object>> fields) {
    int n = Math.min(fromEngine.size(), fromReference.size());
    for (int i = 0; i < n; i++) {
      T e = fromEngine.get(i);
      T r = fromReference.get(i);
      if (!e.equals(r)) {
        StringBuilder diff = new StringBuilder();
        diff.append("first differing ")
            .append(what)
            .append(" (#")
            .append(i)
            .append(") in journey ")
            .append(journeyOf.apply(e))
            .append(":\n");
        for (Map.Entry<String, Function<T, Object>> field : fields.entrySet()) {
          Object ev = field.getValue().apply(e);
          Object rv = field.getValue().apply(r);
          if (!Objects.equals(ev, rv)) {
            diff.append("  ")
                .append(field.getKey())
                .append(":\n    engine:    ")
                .append(ev)
                .append("\n    reference: ")
                .append(rv)
                .append('\n');
          }
        }
        fail(diff.toString());
      }
    }
    if (fromEngine.size() != fromReference.size()) {
      List<T> extra =
          new ArrayList<>(
              (fromEngine.size() > n ? fromEngine : fromReference)
                  .subList(n, Math.max(fromEngine.size(), fromReference.size())));
      T first = extra.get(0);
      fail(
          (fromEngine.size() > n ? "the engine" : "the reference")
              + " has "
              + extra.size()
              + " more "
              + what
              + "s; the first, in journey "
              + journeyOf.apply(first)
              + ": "
              + first);
    }
  }

  private static <T> Map<String, Function<T, Object>> fields(Object... pairs) {
    Map<String, Function<T, Object>> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      Function<T, Object> f = (Function<T, Object>) pairs[i + 1];
      out.put((String) pairs[i], f);
    }
    return out;
  }

  static final Map<String, Function<Violation, Object>> VIOLATION =
      fields(
          "id", (Function<Violation, Object>) Violation::id,
          "standard", (Function<Violation, Object>) Violation::standard,
          "title", (Function<Violation, Object>) Violation::title,
          "severity", (Function<Violation, Object>) Violation::severity,
          "responsibleParty", (Function<Violation, Object>) Violation::responsibleParty,
          "customerFacingParty", (Function<Violation, Object>) Violation::customerFacingParty,
          "brand", (Function<Violation, Object>) Violation::brand,
          "partnership", (Function<Violation, Object>) Violation::partnership,
          "responsibility", (Function<Violation, Object>) Violation::responsibility,
          "message", (Function<Violation, Object>) Violation::message,
          "evidence", (Function<Violation, Object>) Violation::evidence,
          "thresholds", (Function<Violation, Object>) Violation::thresholds,
          "journey", (Function<Violation, Object>) Violation::journey,
          "at", (Function<Violation, Object>) Violation::at,
          "estimate", (Function<Violation, Object>) Violation::estimate,
          "estimateLabel", (Function<Violation, Object>) Violation::estimateLabel,
          "rule", (Function<Violation, Object>) Violation::rule,
          "ruleId", (Function<Violation, Object>) Violation::ruleId);

  static final Map<String, Function<Recommendation, Object>> RECOMMENDATION =
      fields(
          "id", (Function<Recommendation, Object>) Recommendation::id,
          "standard", (Function<Recommendation, Object>) Recommendation::standard,
          "action", (Function<Recommendation, Object>) Recommendation::action,
          "owner", (Function<Recommendation, Object>) Recommendation::owner,
          "accountableParty", (Function<Recommendation, Object>) Recommendation::accountableParty,
          "customerFacingParty",
              (Function<Recommendation, Object>) Recommendation::customerFacingParty,
          "brand", (Function<Recommendation, Object>) Recommendation::brand,
          "partnership", (Function<Recommendation, Object>) Recommendation::partnership,
          "dueBy", (Function<Recommendation, Object>) Recommendation::dueBy,
          "answers", (Function<Recommendation, Object>) Recommendation::answers,
          "count", (Function<Recommendation, Object>) Recommendation::count,
          "rule", (Function<Recommendation, Object>) Recommendation::rule);

  static final Map<String, Function<Obligation, Object>> OBLIGATION =
      fields(
          "id", (Function<Obligation, Object>) Obligation::id,
          "standard", (Function<Obligation, Object>) Obligation::standard,
          "ruleId", (Function<Obligation, Object>) Obligation::ruleId,
          "subjectKind", (Function<Obligation, Object>) Obligation::subjectKind,
          "subject", (Function<Obligation, Object>) Obligation::subject,
          "party", (Function<Obligation, Object>) Obligation::party,
          "journey", (Function<Obligation, Object>) Obligation::journey,
          "alarm", (Function<Obligation, Object>) Obligation::alarm,
          "asOf", (Function<Obligation, Object>) Obligation::asOf,
          "dueAt", (Function<Obligation, Object>) Obligation::dueAt,
          "atRiskFrom", (Function<Obligation, Object>) Obligation::atRiskFrom,
          "metAt", (Function<Obligation, Object>) Obligation::metAt,
          "status", (Function<Obligation, Object>) Obligation::status,
          "violation", (Function<Obligation, Object>) Obligation::violation);
}
