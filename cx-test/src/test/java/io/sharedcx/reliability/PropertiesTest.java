package io.sharedcx.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.test.SyntheticPortfolios;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the engine over generated portfolios (QuickTheories, 1,000 examples each; a failure
 * prints the falsifying seed and the QuickTheories seed to replay it).
 */
class PropertiesTest {
  static final int EXAMPLES = 1_000;
  static final CxEngine ENGINE = CxEngine.builder().build();

  /** A small generated portfolio: three journeys of every shape, from one seed. */
  static Portfolio portfolio(long seed) {
    return new SyntheticPortfolios(seed).portfolio(3);
  }

  static List<Violation> sorted(List<Violation> violations) {
    List<Violation> copy = new ArrayList<>(violations);
    copy.sort(Comparator.comparing(Violation::id));
    return copy;
  }

  @Test
  void determinism_sameInputTwice_equalAssessments() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Portfolio p = portfolio(seed);
              assertThat(ENGINE.assess(p)).as("seed %d", seed).isEqualTo(ENGINE.assess(p));
            });
  }

  @Test
  void orderIndependence_permutedTouchpointsAndJourneys_sameFindings() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Portfolio p = portfolio(seed);
              Random random = new Random(seed);
              List<Journey> shuffled = new ArrayList<>();
              for (Journey j : p.journeys()) {
                List<Touchpoint> tps = new ArrayList<>(j.touchpoints());
                Collections.shuffle(tps, random);
                shuffled.add(Journey.builder().from(j).touchpoints(tps).build());
              }
              Collections.shuffle(shuffled, random);
              Portfolio permuted = Portfolio.builder().from(p).journeys(shuffled).build();
              Assessment a = ENGINE.assess(p);
              Assessment b = ENGINE.assess(permuted);
              assertThat(sorted(b.violations()))
                  .as("seed %d", seed)
                  .isEqualTo(sorted(a.violations()));
              assertThat(b.recommendations())
                  .as("seed %d", seed)
                  .containsExactlyInAnyOrderElementsOf(a.recommendations());
            });
  }

  @Test
  void jsonRoundTrip_portfoliosAndAssessments_readBackEqual() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Portfolio p = portfolio(seed);
              assertThat(CxJson.readPortfolio(CxJson.write(p), "seed " + seed)).isEqualTo(p);
              Assessment a = ENGINE.assess(p);
              assertThat(CxJson.read(CxJson.write(a), "seed " + seed, Assessment.class))
                  .isEqualTo(a);
            });
  }
}
