package io.sharedcx.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.MetricStatus;
import io.sharedcx.model.finding.Scorecard;
import io.sharedcx.model.finding.Standing;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.finding.WindowAssessment;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PortfolioExampleTest {
  static WindowAssessment month;

  @BeforeAll
  static void assess() {
    month =
        CxEngine.builder()
            .build()
            .assessWindow(PortfolioExample.portfolio(400), PortfolioExample.MARCH);
  }

  static MetricStatus status(String party, String standard) {
    Scorecard card = month.scorecard(party).orElseThrow();
    return card.metric(standard).orElseThrow().status();
  }

  @Test
  void healthyPartner_isGoodWithTheLateShipmentRateAtRisk() {
    assertThat(status(PortfolioExample.HEALTHY, "SHIP-ON-TIME-DISPATCH"))
        .isEqualTo(MetricStatus.AT_RISK);
    assertThat(status(PortfolioExample.HEALTHY, "SHIP-VALID-TRACKING"))
        .isEqualTo(MetricStatus.GOOD);
    assertThat(status(PortfolioExample.HEALTHY, "ACCESS-CANCEL-RATE")).isEqualTo(MetricStatus.GOOD);
    assertThat(status(PortfolioExample.HEALTHY, "ORDER-DEFECT-RATE"))
        .isEqualTo(MetricStatus.AT_RISK);
    assertThat(month.scorecard(PortfolioExample.HEALTHY).orElseThrow().standing())
        .isIn(Standing.AVERAGE, Standing.EXCELLENT);
  }

  @Test
  void failingPartner_isBadOnEveryRate_andVeryPoor() {
    for (String standard :
        new String[] {
          "SHIP-ON-TIME-DISPATCH", "SHIP-VALID-TRACKING", "ACCESS-CANCEL-RATE", "ORDER-DEFECT-RATE"
        }) {
      assertThat(status(PortfolioExample.FAILING, standard))
          .as(standard)
          .isEqualTo(MetricStatus.BAD);
    }
    assertThat(month.scorecard(PortfolioExample.FAILING).orElseThrow().standing())
        .isEqualTo(Standing.VERY_POOR);
  }

  @Test
  void newPartner_hasInsufficientDataAndNoRate() {
    Scorecard card = month.scorecard(PortfolioExample.NEW).orElseThrow();
    assertThat(card.metric("SHIP-ON-TIME-DISPATCH").orElseThrow().status())
        .isEqualTo(MetricStatus.INSUFFICIENT_DATA);
    assertThat(card.metric("SHIP-ON-TIME-DISPATCH").orElseThrow().rate()).isNull();
    assertThat(month.violations())
        .noneMatch(
            v ->
                v.responsibleParty().equals(PortfolioExample.NEW)
                    && v.standard().equals("SHIP-ON-TIME-DISPATCH"));
  }

  @Test
  void deliveryLateness_isTheCarriers() {
    // Every parcel is ParcelCo's to deliver: 400 - 4 cancelled (healthy), 400 - 20 (failing) and 20
    // (new) = 796
    // deliveries, late in slots 50.. of each hundred orders: 4 x 1 (healthy) + 4 x 9 (failing) =
    // 40.
    MetricResult carrier =
        month.scorecard("parcelco").orElseThrow().metric("DELIVERY-ON-TIME").orElseThrow();
    assertThat(carrier.denominator()).isEqualTo(796);
    assertThat(carrier.numerator()).isEqualTo(796 - 40);
    for (String seller :
        List.of(PortfolioExample.HEALTHY, PortfolioExample.FAILING, PortfolioExample.NEW)) {
      assertThat(month.scorecard(seller).orElseThrow().metric("DELIVERY-ON-TIME"))
          .as(seller)
          .isEmpty();
    }
    assertThat(month.violations())
        .filteredOn(v -> v.standard().equals("DELIVERY-ON-TIME"))
        .extracting(Violation::responsibleParty)
        .containsOnly("parcelco");
  }
}
