package io.sharedcx.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.test.SyntheticPortfolios;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One engine shared by several threads gives exactly the sequential results, and loses no journey. */
class ConcurrencyTest {
  static final int THREADS = 4;
  static final int JOURNEYS = 4_000;

  @Test
  void sharedEngine_fourThreads_giveTheSequentialResults() throws Exception {
    SyntheticPortfolios generator = new SyntheticPortfolios(77);
    Portfolio all = generator.portfolio(JOURNEYS);
    CxEngine engine = CxEngine.builder().build();
    Assessment sequential = engine.assess(all);

    // Each thread assesses a slice, several times, all on the same engine at once.
    int slice = JOURNEYS / THREADS;
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<Assessment>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<Journey> mine = all.journeys().subList(t * slice, (t + 1) * slice);
        Portfolio part = Portfolio.builder().from(all).journeys(mine).build();
        futures.add(
            pool.submit(
                () -> {
                  List<Assessment> rounds = new ArrayList<>();
                  for (int round = 0; round < 3; round++) {
                    rounds.add(engine.assess(part));
                  }
                  return rounds;
                }));
      }
      List<Assessment> firstRounds = new ArrayList<>();
      for (Future<List<Assessment>> future : futures) {
        List<Assessment> rounds = future.get();
        assertThat(rounds).allSatisfy(r -> assertThat(r).isEqualTo(rounds.get(0)));
        firstRounds.add(rounds.get(0));
      }
      List<Object> concurrentViolations = new ArrayList<>();
      List<String> assessed = new ArrayList<>();
      int failed = 0;
      for (Assessment a : firstRounds) {
        concurrentViolations.addAll(a.violations());
        assessed.addAll(a.journeysAssessed());
        failed += a.failures().size();
      }
      assertThat(failed).isZero();
      assertThat(assessed)
          .hasSize(JOURNEYS)
          .containsExactlyElementsOf(sequential.journeysAssessed());
      assertThat(concurrentViolations).containsExactlyElementsOf(sequential.violations());
    } finally {
      pool.shutdownNow();
    }
  }
}
