package io.sharedcx.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.test.SyntheticPortfolios;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The naive baseline really is the same pack: it finds what the engine finds. */
class NaiveEmbeddingTest {

  @Test
  void naiveEmbedding_findsWhatTheEngineFinds() {
    Portfolio portfolio = new SyntheticPortfolios(99).portfolio(300);
    NaiveEmbedding naive = new NaiveEmbedding();
    List<Violation> fromNaive = new ArrayList<>();
    for (Journey journey : portfolio.journeys()) {
      fromNaive.addAll(naive.assess(portfolio, journey));
    }
    // The baseline records findings without the thresholds that decided them and without their
    // chain
    // (customer-facing party, brand, partnership); the rest must agree.
    List<Violation> fromEngine =
        CxEngine.builder().build().assess(portfolio).violations().stream()
            .map(
                v ->
                    Violation.builder()
                        .from(v)
                        .thresholds(List.of())
                        .customerFacingParty(null)
                        .brand(null)
                        .partnership(null)
                        .build())
            .toList();
    assertThat(fromEngine).isNotEmpty();
    assertThat(fromNaive).containsExactlyInAnyOrderElementsOf(fromEngine);
  }

  @Test
  void packDrl_readsEveryThemeOfThePack() {
    assertThat(NaiveEmbedding.packDrl().keySet())
        .anyMatch(name -> name.startsWith("io/sharedcx/rules/access/"))
        .anyMatch(name -> name.startsWith("io/sharedcx/rules/promise/"))
        .anyMatch(name -> name.startsWith("io/sharedcx/rules/service/"));
  }
}
