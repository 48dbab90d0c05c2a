package io.sharedcx.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Delivery;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Pickup;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Shipment;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Obligation;
import io.sharedcx.model.finding.ObligationStatus;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.test.SyntheticPortfolios;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of assessment as of an instant over generated journeys (QuickTheories, 1,000 seeds of three
 * journeys each; a failure prints the seed).
 */
class AsOfPropertiesTest {
  static final int EXAMPLES = 1_000;
  static final CxEngine ENGINE = CxEngine.builder().build();

  /** Standards whose every journey violation reports a breached deadline. */
  static final Set<String> DEADLINE_ONLY =
      Set.of(
          "SHIP-ON-TIME-DISPATCH",
          "DELIVERY-ON-TIME",
          "SERVICE-COMPLAINT-RELAY",
          "SERVICE-RESPONSE-TIME",
          "SERVICE-COMPLAINT-CLOSE",
          "ACCESS-PICKUP-READY-SLA",
          "ACCESS-INVENTORY-FEED-FRESH",
          "ACCESS-PRODUCT-FEED-EXPIRY");

  static List<Portfolio> singleJourneys(long seed) {
    Portfolio p = new SyntheticPortfolios(seed).portfolio(3);
    List<Portfolio> one = new ArrayList<>();
    for (Journey j : p.journeys()) {
      one.add(Portfolio.builder().from(p).journeys(List.of(j)).build());
    }
    return one;
  }

  /** Every instant at which something becomes known in a journey: touchpoints and the times inside them. */
  static List<Instant> events(Journey j) {
    TreeSet<Instant> events = new TreeSet<>();
    for (Touchpoint t : j.touchpoints()) {
      events.add(t.at());
      if (t instanceof Shipment s) {
        add(events, s.shippedAt());
        add(events, s.firstScanAt());
      } else if (t instanceof Delivery d) {
        add(events, d.deliveredAt());
      } else if (t instanceof Pickup p) {
        add(events, p.readyAt());
      }
    }
    return new ArrayList<>(events);
  }

  private static void add(Set<Instant> events, Instant at) {
    if (at != null) {
      events.add(at);
    }
  }

  static Set<String> ids(List<Violation> violations) {
    return violations.stream().map(Violation::id).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void asOfTheObservation_equalsTheBatchAssessment() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              for (Portfolio p : singleJourneys(seed)) {
                Journey j = p.journeys().get(0);
                Assessment batch = ENGINE.assess(p);
                Assessment asOf = ENGINE.assess(p, j.observedUntil());
                assertThat(asOf.violations()).as("seed %d", seed).isEqualTo(batch.violations());
                assertThat(asOf.recommendations())
                    .as("seed %d", seed)
                    .isEqualTo(batch.recommendations());
                assertThat(asOf.obligations()).as("seed %d", seed).isEqualTo(batch.obligations());
                assertThat(asOf.journeysAssessed()).isEqualTo(batch.journeysAssessed());
                assertThat(asOf.failures()).as("seed %d", seed).isEmpty();
                assertThat(asOf.asOf()).isEqualTo(j.observedUntil());
              }
            });
  }

  @Test
  void monotone_withNothingNewBetweenTwoInstants_everyViolationStays() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              for (Portfolio p : singleJourneys(seed)) {
                List<Instant> events = events(p.journeys().get(0));
                // A quiet stretch: between two consecutive events, or up to three weeks after the
                // last.
                int gap = random.nextInt(events.size());
                Instant from = events.get(gap);
                Instant to =
                    gap + 1 < events.size()
                        ? events.get(gap + 1)
                        : from.plusSeconds(21L * 24 * 3600);
                long span = to.toEpochMilli() - from.toEpochMilli();
                if (span < 3) {
                  continue;
                }
                long a = random.nextLong(span - 1);
                long b = a + 1 + random.nextLong(span - 1 - a);
                Instant t1 = from.plusMillis(a);
                Instant t2 = from.plusMillis(b);
                Assessment first = ENGINE.assess(p, t1);
                Assessment second = ENGINE.assess(p, t2);
                assertThat(ids(second.violations()))
                    .as("seed %d, %s then %s", seed, t1, t2)
                    .containsAll(ids(first.violations()));
              }
            });
  }

  @Test
  void atAnyInstant_noObligationIsOpenAndViolated_andEachViolatedOneHasExactlyOneViolation() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
              for (Portfolio p : singleJourneys(seed)) {
                List<Instant> events = events(p.journeys().get(0));
                Instant first = events.get(0).minusSeconds(3600);
                Instant last = events.get(events.size() - 1).plusSeconds(14L * 24 * 3600);
                Instant at =
                    first.plusMillis(random.nextLong(last.toEpochMilli() - first.toEpochMilli()));
                Assessment a = ENGINE.assess(p, at);
                assertThat(a.failures()).as("seed %d at %s", seed, at).isEmpty();
                Set<String> violations = ids(a.violations());
                Set<String> linked = new HashSet<>();
                for (Obligation o : a.obligations()) {
                  assertThat(o.asOf()).isEqualTo(at);
                  if (o.isOpen()) {
                    assertThat(o.violation()).as("seed %d: open %s", seed, o.id()).isNull();
                    assertThat(o.dueAt()).as("seed %d: open %s", seed, o.id()).isAfterOrEqualTo(at);
                  }
                  if (o.status() == ObligationStatus.VIOLATED) {
                    assertThat(violations).as("seed %d: %s", seed, o.id()).contains(o.violation());
                    assertThat(linked.add(o.violation()))
                        .as("seed %d: %s claimed twice", seed, o.violation())
                        .isTrue();
                  }
                }
                for (Violation v : a.violations()) {
                  if (DEADLINE_ONLY.contains(v.standard()) && v.journey() != null) {
                    assertThat(linked)
                        .as("seed %d: violation %s reports no deadline", seed, v.id())
                        .contains(v.id());
                  }
                }
              }
            });
  }

  @Test
  void recommendations_areNeverDueBeforeTheBreachTheyAnswer() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              for (Portfolio p : singleJourneys(seed)) {
                Assessment a = ENGINE.assess(p);
                for (Obligation o : a.obligations()) {
                  if (o.violation() == null) {
                    continue;
                  }
                  a.recommendations().stream()
                      .filter(r -> r.answers().contains(o.violation()) && r.dueBy() != null)
                      .forEach(
                          r ->
                              assertThat(r.dueBy())
                                  .as("seed %d: %s answers %s", seed, r.id(), o.id())
                                  .isAfterOrEqualTo(o.dueAt()));
                }
              }
            });
  }
}
