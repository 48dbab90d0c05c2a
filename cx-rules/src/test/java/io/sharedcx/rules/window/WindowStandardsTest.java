package io.sharedcx.rules.window;

import static io.sharedcx.rules.window.OrderBook.WINDOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Agreement;
import io.sharedcx.model.Provenance;
import io.sharedcx.model.Term;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.MetricStatus;
import io.sharedcx.model.finding.Standing;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.finding.WindowAssessment;
import io.sharedcx.model.json.CxJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SHIP-ON-TIME-DISPATCH, ACCESS-CANCEL-RATE, SERVICE-OUTER-LOOP and the window mechanics around them. */
class WindowStandardsTest {
  static CxEngine engine;

  @BeforeAll
  static void engine() {
    engine = CxEngine.builder().build();
  }

  static MetricResult metric(WindowAssessment a, String standard, String party) {
    return a.metrics().stream()
        .filter(m -> m.standard().equals(standard) && m.party().equals(party))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no " + standard + " metric for " + party + " in " + a.metrics()));
  }

  @Test
  void lateShipmentRate_badAtRiskGoodAndInsufficient() {
    WindowAssessment a =
        engine.assessWindow(
            new OrderBook()
                .shipments("late", 100, 10) // 10 % > 4 %
                .shipments("edge", 100, 3) // 3 % >= 75 % of 4 %
                .shipments("fine", 100, 1) // 1 %
                .shipments("small", 10, 5) // under the minimum sample of 50
                .portfolio(),
            WINDOW);
    MetricResult late = metric(a, "SHIP-ON-TIME-DISPATCH", "late");
    assertThat(late.status()).isEqualTo(MetricStatus.BAD);
    assertThat(late.numerator()).isEqualTo(10);
    assertThat(late.denominator()).isEqualTo(100);
    assertThat(late.rate()).isEqualTo(0.10);
    assertThat(late.target()).isEqualTo(0.04);
    assertThat(late.targetSource().origin()).isEqualTo(Provenance.Origin.DEFAULT);
    assertThat(late.targetSource().source()).contains("Amazon");
    assertThat(late.drivers()).hasSize(10);
    assertThat(metric(a, "SHIP-ON-TIME-DISPATCH", "edge").status()).isEqualTo(MetricStatus.AT_RISK);
    assertThat(metric(a, "SHIP-ON-TIME-DISPATCH", "fine").status()).isEqualTo(MetricStatus.GOOD);
    MetricResult small = metric(a, "SHIP-ON-TIME-DISPATCH", "small");
    assertThat(small.status()).isEqualTo(MetricStatus.INSUFFICIENT_DATA);
    assertThat(small.rate()).isNull();

    assertThat(a.violations())
        .filteredOn(v -> v.standard().equals("SHIP-ON-TIME-DISPATCH"))
        .extracting(Violation::responsibleParty)
        .containsExactly("late");
    // One plan for the breached metric, and the late shipments of each partner aggregated into one
    // with a count.
    assertThat(a.recommendations())
        .filteredOn(
            r -> r.rule().equals("Recommend a plan for a window rate that missed its target"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.accountableParty()).isEqualTo("late");
              assertThat(r.action())
                  .isEqualTo(
                      "Adjust handling time and capacity, and raise an alarm on every order due to ship today.");
            });
    assertThat(a.recommendations())
        .filteredOn(r -> r.rule().equals("Aggregate repeated violations of a partner"))
        .extracting(r -> r.accountableParty() + "=" + r.count() + " owned by " + r.owner())
        .containsExactlyInAnyOrder(
            "late=10 owned by brand", "edge=3 owned by brand", "small=5 owned by brand");
  }

  @Test
  void agreements_stricterAndLooser_changeTheOutcomeOnTheSameData() {
    OrderBook book =
        new OrderBook()
            .shipments("late", 100, 10)
            .shipments("edge", 100, 3)
            .agreement(
                "late",
                Agreement.builder()
                    .addTerms(
                        Term.agreed(
                            "SHIP-ON-TIME-DISPATCH",
                            "windowTarget",
                            0.15,
                            "looser peak-season annex"))
                    .build())
            .agreement(
                "edge",
                Agreement.builder()
                    .addTerms(
                        Term.agreed(
                            "SHIP-ON-TIME-DISPATCH",
                            "windowTarget",
                            0.02,
                            "premium shipping programme"))
                    .build());
    WindowAssessment a = engine.assessWindow(book.portfolio(), WINDOW);
    MetricResult late = metric(a, "SHIP-ON-TIME-DISPATCH", "late");
    assertThat(late.status()).isEqualTo(MetricStatus.GOOD);
    assertThat(late.targetSource().origin()).isEqualTo(Provenance.Origin.AGREED);
    assertThat(late.targetSource().source()).isEqualTo("looser peak-season annex");
    assertThat(metric(a, "SHIP-ON-TIME-DISPATCH", "edge").status()).isEqualTo(MetricStatus.BAD);
  }

  @Test
  void agreementThatLeavesTheStandardOut_meansNoMetricAndNoViolationForThatPartner() {
    OrderBook book =
        new OrderBook()
            .shipments("late", 100, 10)
            .agreement("late", Agreement.builder().addStandards("ACCESS-CANCEL-RATE").build());
    WindowAssessment a = engine.assessWindow(book.portfolio(), WINDOW);
    assertThat(a.metrics()).noneMatch(m -> m.standard().equals("SHIP-ON-TIME-DISPATCH"));
    assertThat(a.violations()).noneMatch(v -> v.standard().equals("SHIP-ON-TIME-DISPATCH"));
    assertThat(a.metrics())
        .anyMatch(m -> m.standard().equals("ACCESS-CANCEL-RATE") && m.party().equals("late"));
  }

  @Test
  void cancellationRate_excludesBuyerRequestedCancellations() {
    WindowAssessment a =
        engine.assessWindow(
            new OrderBook()
                .cancellations("seller-cancels", 100, 5, 0)
                .cancellations("buyers-cancel", 100, 1, 20)
                .portfolio(),
            WINDOW);
    assertThat(metric(a, "ACCESS-CANCEL-RATE", "seller-cancels").status())
        .isEqualTo(MetricStatus.BAD);
    MetricResult buyers = metric(a, "ACCESS-CANCEL-RATE", "buyers-cancel");
    assertThat(buyers.excluded()).isEqualTo(20);
    assertThat(buyers.denominator()).isEqualTo(80);
    assertThat(buyers.status()).isEqualTo(MetricStatus.GOOD);
  }

  @Test
  void outerLoop_threeComplaintsWithOneRootCause_reportAnEstimateLabelledAsSuch() {
    WindowAssessment a =
        engine.assessWindow(
            new OrderBook().complaints("crusher", 3).complaints("once", 2).portfolio(), WINDOW);
    assertThat(a.violations())
        .filteredOn(v -> v.standard().equals("SERVICE-OUTER-LOOP"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("crusher");
              assertThat(v.estimate()).isEqualTo(78L);
              assertThat(v.estimateLabel()).contains("estimate");
              assertThat(v.message()).contains("estimated 78").contains("(estimate)");
              assertThat(v.evidence()).hasSize(3);
            });
  }

  @Test
  void repeatedViolationsOfOnePartner_areAggregatedIntoOneRecommendationWithACount() {
    WindowAssessment a =
        engine.assessWindow(new OrderBook().complaints("crusher", 3).portfolio(), WINDOW);
    // Each complaint about another party, never relayed, is a SERVICE-COMPLAINT-RELAY violation of
    // the brand.
    assertThat(a.recommendations())
        .filteredOn(r -> r.standard().equals("SERVICE-COMPLAINT-RELAY"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.count()).isEqualTo(3);
              assertThat(r.answers()).hasSize(3);
              assertThat(r.accountableParty()).isEqualTo("brand");
            });
  }

  @Test
  void scorecards_carryMetricsViolationsAndStanding_andRoundTripThroughJson() {
    WindowAssessment a =
        engine.assessWindow(
            new OrderBook().shipments("late", 100, 10).shipments("fine", 100, 1).portfolio(),
            WINDOW);
    assertThat(a.scorecard("late"))
        .get()
        .satisfies(
            card -> {
              assertThat(card.metric("SHIP-ON-TIME-DISPATCH"))
                  .get()
                  .extracting(MetricResult::status)
                  .isEqualTo(MetricStatus.BAD);
              // ten late shipments (journey violations) and the breached rate (a window violation)
              assertThat(card.violationsByStandard()).containsEntry("SHIP-ON-TIME-DISPATCH", 11);
              assertThat(card.standing()).isEqualTo(Standing.AVERAGE);
            });
    assertThat(a.scorecard("fine"))
        .get()
        .satisfies(
            card -> {
              assertThat(card.standing()).isEqualTo(Standing.EXCELLENT);
              // one late shipment: a HIGH journey violation costs 2 points; the rate itself is GOOD
              assertThat(card.score()).isEqualTo(98);
            });
    assertThat(CxJson.read(CxJson.write(a), "window", WindowAssessment.class)).isEqualTo(a);
  }
}
