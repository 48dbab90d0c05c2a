package io.sharedcx.rules.fulfilment;

import static io.sharedcx.rules.Given.at;
import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.order;
import static io.sharedcx.rules.Given.shipment;
import static io.sharedcx.rules.fulfilment.FulfilmentFixtures.agreed;
import static io.sharedcx.rules.fulfilment.FulfilmentFixtures.cancelled;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import org.junit.jupiter.api.Test;

class OnTimeDispatchTest {
  static final String ID = "SHIP-ON-TIME-DISPATCH";

  @Test
  void shippedAfterTheExpectedShipDate_isThePackersViolation_andTheSellerTellsTheCustomer() {
    // GIVEN an order due to ship within 48 h that the drop-shipper handed over at 60 h
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).expectedShipBy(at(48)).build(),
                shipment("s1", "o1", "dropship", 100).shippedAt(at(60)).build())
            .assess(ID);
    // THEN the drop-shipper answers, and the site the customer bought from acts
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.standard()).isEqualTo(ID);
              assertThat(v.severity()).isEqualTo(Severity.HIGH);
              assertThat(v.responsibleParty()).isEqualTo("dropship");
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("s1", "o1");
              assertThat(a.recommendationsFor(v))
                  .singleElement()
                  .satisfies(
                      r -> {
                        assertThat(r.owner()).isEqualTo("site");
                        assertThat(r.accountableParty()).isEqualTo("dropship");
                        assertThat(r.action()).contains("handling time");
                        assertThat(r.dueBy()).isEqualTo(v.at().plusSeconds(24 * 3600));
                      });
            });
  }

  @Test
  void shippedAndScannedInTime_isSilent() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).expectedShipBy(at(48)).build(),
                shipment("s1", "o1", "dropship", 100).shippedAt(at(40)).firstScanAt(at(41)).build())
            .assess(ID);
    assertThat(a.violations()).isEmpty();
    assertThat(a.recommendations()).isEmpty();
  }

  @Test
  void confirmedInTime_butScannedByTheCarrierAfterTheShipDate_isThePackersViolation() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).expectedShipBy(at(48)).build(),
                shipment("s1", "o1", "dropship", 100)
                    .carrier("post")
                    .shippedAt(at(47))
                    .firstScanAt(at(70))
                    .build())
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("dropship");
              assertThat(v.rule()).isEqualTo("Carrier scan after the expected ship date");
              assertThat(v.responsibility()).contains("handed the parcel to the carrier after it");
            });
  }

  @Test
  void noShipDateStated_shippedAfterTheDefault48HourHandlingTime_isThePackersViolation() {
    Assessment late =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "dropship", 100).shippedAt(at(50)).build())
            .assess(ID);
    assertThat(late.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("dropship");
              assertThat(v.message()).contains("50 h after the order", "48 h handling time");
            });
    Assessment inTime =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "dropship", 100).shippedAt(at(40)).build())
            .assess(ID);
    assertThat(inTime.violations()).isEmpty();
  }

  @Test
  void agreedShorterHandlingTime_makesA40HourDispatchLate() {
    Assessment a =
        journey()
            .agreement("dropship", agreed(ID, "maxHandlingHours", 24))
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "dropship", 100).shippedAt(at(40)).build())
            .assess(ID);
    assertThat(a.violations()).extracting(Violation::responsibleParty).containsExactly("dropship");
  }

  @Test
  void noParcelAfterTheShipDate_isTheSellersViolation() {
    // GIVEN an order due to ship by 48 h, observed at 60 h with no parcel at all
    Assessment a =
        journey()
            .with(order("o1", "site", 0).expectedShipBy(at(48)).build())
            .observedAt(60)
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("site");
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("o1");
              assertThat(a.recommendationsFor(v))
                  .singleElement()
                  .satisfies(r -> assertThat(r.action()).startsWith("Ship the order today"));
            });
  }

  @Test
  void noParcelBeforeTheShipDate_orCancelled_isSilent() {
    assertThat(
            journey()
                .with(order("o1", "site", 0).expectedShipBy(at(48)).build())
                .observedAt(40)
                .assess(ID)
                .violations())
        .isEmpty();
    assertThat(
            journey()
                .with(
                    order("o1", "site", 0).expectedShipBy(at(48)).build(),
                    cancelled("c1", "o1", "site", 30))
                .observedAt(60)
                .assess(ID)
                .violations())
        .isEmpty();
  }
}
