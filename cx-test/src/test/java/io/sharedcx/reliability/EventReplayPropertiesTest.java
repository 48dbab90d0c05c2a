package io.sharedcx.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.sharedcx.engine.BatchResult;
import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.TouchpointEvent;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.json.TouchpointEvents;
import io.sharedcx.test.SyntheticPortfolios;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Replaying the events of a portfolio, written as lines, read back and shuffled, gives the findings of
 * the whole-journey portfolio: each journey observed until its latest event, or every journey as of an
 * instant.
 */
class EventReplayPropertiesTest {
  static final CxEngine ENGINE = CxEngine.builder().build();
  static final int EXAMPLES = 20;
  static final int JOURNEYS = 12;

  /** The portfolio's events, each through its JSON line and back, shuffled. */
  static List<TouchpointEvent> shuffledEvents(Portfolio portfolio, long seed) {
    List<TouchpointEvent> events = new ArrayList<>();
    long line = 0;
    for (Journey j : portfolio.journeys()) {
      for (TouchpointEvent e : TouchpointEvent.of(j)) {
        events.add(TouchpointEvents.read(TouchpointEvents.write(e), "events", ++line));
      }
    }
    Collections.shuffle(events, new Random(seed));
    return events;
  }

  /** The portfolio with each journey observed until its latest touchpoint, as events say. */
  static Portfolio observedUntilLastTouchpoint(Portfolio portfolio) {
    return Portfolio.builder()
        .from(portfolio)
        .journeys(
            portfolio.journeys().stream()
                .map(j -> (Journey) Journey.builder().from(j).observedAt(null).build())
                .toList())
        .build();
  }

  static List<Violation> sorted(List<Violation> violations) {
    return violations.stream().sorted(Comparator.comparing(Violation::id)).toList();
  }

  static Assessment replay(Portfolio parties, List<TouchpointEvent> events, Instant asOf) {
    List<Assessment> parts = new ArrayList<>();
    BatchResult result =
        asOf == null
            ? ENGINE.assessEach(parties, TouchpointEvents.journeys(events, "events"), parts::add)
            : ENGINE.assessEach(
                parties, TouchpointEvents.journeys(events, "events"), asOf, parts::add);
    assertThat(result.failed()).isZero();
    Assessment.Builder all = Assessment.builder();
    parts.forEach(
        p ->
            all.addAllViolations(p.violations())
                .addAllRecommendations(p.recommendations())
                .addAllObligations(p.obligations())
                .addAllJourneysAssessed(p.journeysAssessed()));
    return all.build();
  }

  @Test
  void replay_ofShuffledEvents_equalsTheBatchOfWholeJourneys() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().between(0, Long.MAX_VALUE / 2_000_000))
        .checkAssert(
            seed -> {
              SyntheticPortfolios generator = new SyntheticPortfolios(seed);
              Portfolio whole = observedUntilLastTouchpoint(generator.portfolio(JOURNEYS));
              Assessment batch = ENGINE.assess(whole);
              Assessment replayed = replay(generator.parties(), shuffledEvents(whole, seed), null);
              assertThat(replayed.journeysAssessed())
                  .containsExactlyInAnyOrderElementsOf(batch.journeysAssessed());
              assertThat(sorted(replayed.violations()))
                  .as("seed %d", seed)
                  .isEqualTo(sorted(batch.violations()));
              assertThat(replayed.recommendations())
                  .as("seed %d", seed)
                  .containsExactlyInAnyOrderElementsOf(batch.recommendations());
            });
  }

  @Test
  void replayAsOf_ofShuffledEvents_equalsTheBatchAsOf() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().between(0, Long.MAX_VALUE / 2_000_000))
        .checkAssert(
            seed -> {
              SyntheticPortfolios generator = new SyntheticPortfolios(seed);
              Portfolio whole = generator.portfolio(JOURNEYS);
              Instant asOf =
                  whole.journeys().get(new Random(seed).nextInt(JOURNEYS)).observedUntil();
              Assessment batch = ENGINE.assess(whole, asOf);
              Assessment replayed = replay(generator.parties(), shuffledEvents(whole, seed), asOf);
              assertThat(sorted(replayed.violations()))
                  .as("seed %d", seed)
                  .isEqualTo(sorted(batch.violations()));
              assertThat(replayed.obligations())
                  .as("seed %d", seed)
                  .containsExactlyInAnyOrderElementsOf(batch.obligations());
            });
  }
}
