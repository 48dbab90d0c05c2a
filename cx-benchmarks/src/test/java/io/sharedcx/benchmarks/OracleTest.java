package io.sharedcx.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.test.SyntheticPortfolios;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The engine and the hand-written reference agree, finding for finding, on generated journeys. */
class OracleTest {
  static final int JOURNEYS = 10_000;
  static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::journey)
          .thenComparing(Finding::standard)
          .thenComparing(Finding::party)
          .thenComparing(f -> String.join("+", f.evidence()));

  @Test
  void engineAndReference_agreeOnTenThousandGeneratedJourneys() {
    long seed = 20261124L;
    Portfolio portfolio = new SyntheticPortfolios(seed).portfolio(JOURNEYS);
    CxEngine engine =
        CxEngine.builder().only(ReferenceEvaluator.STANDARDS.toArray(String[]::new)).build();

    Assessment assessment = engine.assess(portfolio);
    assertThat(assessment.failures()).isEmpty();
    assertThat(assessment.journeysAssessed()).hasSize(JOURNEYS);
    List<Finding> fromEngine =
        new ArrayList<>(assessment.violations().stream().map(Finding::of).toList());

    ReferenceEvaluator reference = new ReferenceEvaluator();
    List<Finding> fromReference = new ArrayList<>();
    for (Journey journey : portfolio.journeys()) {
      fromReference.addAll(reference.assess(journey));
    }
    fromEngine.sort(ORDER);
    fromReference.sort(ORDER);

    // Every standard is exercised, so agreement is not vacuous.
    Map<String, Long> perStandard = new TreeMap<>();
    fromReference.forEach(f -> perStandard.merge(f.standard(), 1L, Long::sum));
    assertThat(perStandard)
        .as("findings per standard (seed %d)", seed)
        .containsOnlyKeys(ReferenceEvaluator.STANDARDS);
    assertThat(fromEngine)
        .as("engine vs reference on %d journeys (seed %d)", JOURNEYS, seed)
        .containsExactlyElementsOf(fromReference);
  }
}
