package io.sharedcx.rules.fulfilment;

import static io.sharedcx.rules.Given.at;
import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.order;
import static io.sharedcx.rules.Given.shipment;
import static io.sharedcx.rules.fulfilment.FulfilmentFixtures.agreed;
import static io.sharedcx.rules.fulfilment.FulfilmentFixtures.awaited;
import static io.sharedcx.rules.fulfilment.FulfilmentFixtures.cancelled;
import static io.sharedcx.rules.fulfilment.FulfilmentFixtures.delivered;
import static io.sharedcx.rules.fulfilment.FulfilmentFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.OrderStatus;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import org.junit.jupiter.api.Test;

class OrderStatusAccurateTest {
  static final String ID = "ORDER-STATUS-ACCURATE";

  @Test
  void shippedStatusWithNoCarrierScanFor48Hours_isTheStatusOwnersViolation() {
    // GIVEN the marketplace told the customer "shipped" at 10 h and the parcel has no scan at 100 h
    Assessment a =
        journey()
            .with(
                order("o1", "market", 0).build(),
                status("st1", "o1", "market", OrderStatus.SHIPPED, 10),
                shipment("s1", "o1", "dropship", 80).shippedAt(at(10)).build())
            .observedAt(100)
            .assess(ID);
    // THEN the owner of the status feed answers, and corrects it
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.standard()).isEqualTo(ID);
              assertThat(v.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(v.responsibleParty()).isEqualTo("market");
              assertThat(v.message()).contains("no carrier scan within 48 h");
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("st1");
              assertThat(a.recommendationsFor(v))
                  .singleElement()
                  .satisfies(
                      r -> {
                        assertThat(r.owner()).isEqualTo("market");
                        assertThat(r.action()).startsWith("Correct the status");
                        assertThat(r.dueBy()).isEqualTo(v.at().plusSeconds(24 * 3600));
                      });
            });
  }

  @Test
  void shippedStatusBackedByAScan_orNotYet48HoursOld_isSilent() {
    assertThat(
            journey()
                .with(
                    order("o1", "market", 0).build(),
                    status("st1", "o1", "market", OrderStatus.SHIPPED, 10),
                    shipment("s1", "o1", "dropship", 80)
                        .shippedAt(at(10))
                        .firstScanAt(at(20))
                        .build())
                .observedAt(100)
                .assess(ID)
                .violations())
        .isEmpty();
    assertThat(
            journey()
                .with(
                    order("o1", "market", 0).build(),
                    status("st1", "o1", "market", OrderStatus.SHIPPED, 10))
                .observedAt(40)
                .assess(ID)
                .violations())
        .isEmpty();
  }

  @Test
  void agreedLongerScanWindow_keepsA50HourOldShippedStatusQuiet() {
    Assessment a =
        journey()
            .agreement("market", agreed(ID, "maxHoursToFirstScan", 72))
            .with(
                order("o1", "market", 0).build(),
                status("st1", "o1", "market", OrderStatus.SHIPPED, 10))
            .observedAt(60)
            .assess(ID);
    assertThat(a.violations()).isEmpty();
  }

  @Test
  void processingStatusPastTheExpectedShipDate_isTheStatusOwnersViolation() {
    Assessment late =
        journey()
            .with(
                order("o1", "market", 0).expectedShipBy(at(24)).build(),
                status("st1", "o1", "market", OrderStatus.PROCESSING, 30),
                shipment("s1", "o1", "dropship", 40).shippedAt(at(31)).firstScanAt(at(32)).build())
            .assess(ID);
    assertThat(late.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("market");
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("st1", "o1");
            });
    Assessment inTime =
        journey()
            .with(
                order("o1", "market", 0).expectedShipBy(at(24)).build(),
                status("st1", "o1", "market", OrderStatus.PROCESSING, 20),
                shipment("s1", "o1", "dropship", 40).shippedAt(at(23)).firstScanAt(at(23)).build())
            .assess(ID);
    assertThat(inTime.violations()).isEmpty();
  }

  @Test
  void orderUnshippedFourDaysPastItsShipDate_isTheSellersViolation_withCancelAndRefund() {
    Assessment a =
        journey()
            .with(order("o1", "market", 0).expectedShipBy(at(24)).build())
            .observedAt(24 + 4 * 24 + 1)
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("market");
              assertThat(v.rule())
                  .isEqualTo("Unshipped and uncancelled days past the expected ship date");
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("o1");
              assertThat(a.recommendationsFor(v))
                  .singleElement()
                  .satisfies(
                      r -> {
                        assertThat(r.action())
                            .startsWith("Cancel the order and refund the customer now");
                        assertThat(r.owner()).isEqualTo("market");
                      });
            });
  }

  @Test
  void orderUnshippedThreeDaysPast_orShipped_orCancelled_isSilent() {
    assertThat(
            journey()
                .with(order("o1", "market", 0).expectedShipBy(at(24)).build())
                .observedAt(24 + 3 * 24)
                .assess(ID)
                .violations())
        .isEmpty();
    assertThat(
            journey()
                .with(
                    order("o1", "market", 0).expectedShipBy(at(24)).build(),
                    shipment("s1", "o1", "dropship", 150)
                        .shippedAt(at(120))
                        .firstScanAt(at(121))
                        .build())
                .observedAt(150)
                .assess(ID)
                .violations())
        .isEmpty();
    assertThat(
            journey()
                .with(
                    order("o1", "market", 0).expectedShipBy(at(24)).build(),
                    cancelled("c1", "o1", "market", 100))
                .observedAt(150)
                .assess(ID)
                .violations())
        .isEmpty();
  }

  @Test
  void agreedTwoDayCancellation_makesAThreeDayOpenOrderAViolation() {
    Assessment a =
        journey()
            .agreement("market", agreed(ID, "cancelAfterDaysPastShipDate", 2))
            .with(order("o1", "market", 0).expectedShipBy(at(24)).build())
            .observedAt(24 + 3 * 24)
            .assess(ID);
    assertThat(a.violations()).extracting(Violation::responsibleParty).containsExactly("market");
  }

  /** Fails before a status was checked against the delivery: "delivered" three days early fired nothing. */
  @Test
  void deliveredStatusThreeDaysBeforeTheDelivery_isTheStatusOwnersViolation() {
    Assessment a =
        journey()
            .with(
                order("o1", "market", 0).build(),
                shipment("s1", "o1", "dropship", 120).shippedAt(at(10)).firstScanAt(at(12)).build(),
                status("st1", "o1", "market", OrderStatus.DELIVERED, 48),
                delivered("d1", "s1", "carrier", 130, 120))
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("market");
              assertThat(v.ruleId()).isEqualTo("delivered-status-before-the-delivery");
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("st1", "d1");
              assertThat(a.recommendationsFor(v))
                  .singleElement()
                  .satisfies(r -> assertThat(r.action()).startsWith("Correct the status"));
            });

    assertThat(
            journey()
                .with(
                    order("o1", "market", 0).build(),
                    shipment("s1", "o1", "dropship", 120)
                        .shippedAt(at(10))
                        .firstScanAt(at(12))
                        .build(),
                    status("st1", "o1", "market", OrderStatus.DELIVERED, 48),
                    awaited("d1", "s1", "carrier", 130, 100))
                .assess(ID)
                .violations())
        .as("still awaited, yet shown delivered")
        .extracting(Violation::ruleId)
        .containsExactly("delivered-status-before-the-delivery");

    assertThat(
            journey()
                .with(
                    order("o1", "market", 0).build(),
                    shipment("s1", "o1", "dropship", 120)
                        .shippedAt(at(10))
                        .firstScanAt(at(12))
                        .build(),
                    status("st1", "o1", "market", OrderStatus.DELIVERED, 120.5),
                    delivered("d1", "s1", "carrier", 130, 120))
                .assess(ID)
                .violations())
        .isEmpty();
  }

  @Test
  void shippedStatusADayBeforeTheHandOver_isTheStatusOwnersViolation() {
    Assessment a =
        journey()
            .with(
                order("o1", "market", 0).build(),
                status("st1", "o1", "market", OrderStatus.SHIPPED, 10),
                shipment("s1", "o1", "dropship", 80).shippedAt(at(34)).firstScanAt(at(35)).build())
            .assess(ID);
    assertThat(a.violations())
        .extracting(Violation::ruleId)
        .containsExactly("shipped-status-before-the-parcel-shipped");
    assertThat(
            journey()
                .with(
                    order("o1", "market", 0).build(),
                    shipment("s1", "o1", "dropship", 80)
                        .shippedAt(at(9.5))
                        .firstScanAt(at(11))
                        .build(),
                    status("st1", "o1", "market", OrderStatus.SHIPPED, 10),
                    shipment("s2", "o1", "dropship", 90)
                        .shippedAt(at(34))
                        .firstScanAt(at(35))
                        .build())
                .assess(ID)
                .violations())
        .as("shipped once the order's first parcel has left, even if a second leaves later")
        .isEmpty();
  }
}
