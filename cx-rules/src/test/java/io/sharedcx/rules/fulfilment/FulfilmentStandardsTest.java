package io.sharedcx.rules.fulfilment;

import static io.sharedcx.rules.Given.at;
import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.order;
import static io.sharedcx.rules.Given.shipment;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Channel;
import io.sharedcx.model.DelayCause;
import io.sharedcx.model.Delivery;
import io.sharedcx.model.ImmutableDelivery;
import io.sharedcx.model.OrderStatus;
import io.sharedcx.model.StatusUpdate;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import org.junit.jupiter.api.Test;

class FulfilmentStandardsTest {

  static ImmutableDelivery delivery(String id, String shipment, double promised, double delivered) {
    return Delivery.builder().id(id).at(at(delivered)).channel(Channel.PARCEL).party("post").shipment(shipment)
        .promisedBy(at(promised)).deliveredAt(at(delivered)).build();
  }

  static StatusUpdate status(String id, String order, OrderStatus status, double hours) {
    return StatusUpdate.builder().id(id).at(at(hours)).channel(Channel.EMAIL).party("site").order(order)
        .status(status).build();
  }

  @Test
  void shipOnTimeDispatch_shippedAfterTheExpectedShipDate_isThePackersViolation() {
    Assessment a = journey().with(order("o1", "site", 0).expectedShipBy(at(48)).build(),
            shipment("s1", "o1", "dropship", 100).shippedAt(at(60)).build())
        .assess("SHIP-ON-TIME-DISPATCH");
    assertThat(a.violations()).singleElement().satisfies(v -> {
      assertThat(v.responsibleParty()).isEqualTo("dropship");
      assertThat(v.severity()).isEqualTo(Severity.HIGH);
      assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("s1", "o1");
    });
    assertThat(a.recommendations()).singleElement().satisfies(r -> assertThat(r.owner()).isEqualTo("site"));
  }

  @Test
  void shipOnTimeDispatch_shippedInTime_isSilent() {
    assertThat(journey().with(order("o1", "site", 0).expectedShipBy(at(48)).build(),
            shipment("s1", "o1", "dropship", 100).shippedAt(at(40)).build())
        .assess("SHIP-ON-TIME-DISPATCH").violations()).isEmpty();
  }

  @Test
  void shipValidTracking_noTrackingIsThePackers_validButUnscannedIsTheCarriers() {
    Assessment none = journey().with(order("o1", "site", 0).build(),
        shipment("s1", "o1", "dropship", 50).shippedAt(at(10)).carrier("post").build()).assess("SHIP-VALID-TRACKING");
    assertThat(none.violations()).extracting(Violation::responsibleParty).containsExactly("dropship");
    Assessment unscanned = journey().with(order("o1", "site", 0).build(),
        shipment("s1", "o1", "dropship", 50).shippedAt(at(10)).carrier("post").trackingNumber("T1")
            .trackingValid(true).build()).assess("SHIP-VALID-TRACKING");
    assertThat(unscanned.violations()).extracting(Violation::responsibleParty).containsExactly("post");
    Assessment fine = journey().with(order("o1", "site", 0).build(),
        shipment("s1", "o1", "dropship", 50).shippedAt(at(10)).carrier("post").trackingNumber("T1")
            .trackingValid(true).firstScanAt(at(11)).build()).assess("SHIP-VALID-TRACKING");
    assertThat(fine.violations()).isEmpty();
  }

  @Test
  void orderStatusAccurate_shippedWithoutScanFor48Hours_isTheStatusOwnersViolation() {
    Assessment a = journey().with(order("o1", "site", 0).build(),
            status("st1", "o1", OrderStatus.SHIPPED, 10),
            shipment("s1", "o1", "dropship", 80).shippedAt(at(10)).build())
        .observedAt(100).assess("ORDER-STATUS-ACCURATE");
    assertThat(a.violations()).singleElement().satisfies(v -> {
      assertThat(v.responsibleParty()).isEqualTo("site");
      assertThat(v.message()).contains("no carrier scan within 48 h");
    });
  }

  @Test
  void orderStatusAccurate_processingPastTheExpectedShipDate_isAViolation_scannedShipmentIsSilent() {
    Assessment late = journey().with(order("o1", "site", 0).expectedShipBy(at(24)).build(),
        status("st1", "o1", OrderStatus.PROCESSING, 30)).assess("ORDER-STATUS-ACCURATE");
    assertThat(late.violations()).hasSize(1);
    Assessment scanned = journey().with(order("o1", "site", 0).build(),
            status("st1", "o1", OrderStatus.SHIPPED, 10),
            shipment("s1", "o1", "dropship", 80).shippedAt(at(10)).firstScanAt(at(20)).build())
        .observedAt(100).assess("ORDER-STATUS-ACCURATE");
    assertThat(scanned.violations()).isEmpty();
  }

  @Test
  void deliveryOnTime_shippedLateAndDeliveredLate_isTheShippers() {
    Assessment a = journey().with(order("o1", "site", 0).expectedShipBy(at(24)).build(),
            shipment("s1", "o1", "dropship", 100).carrier("post").shippedAt(at(40)).build(),
            delivery("d1", "s1", 96, 100))
        .assess("DELIVERY-ON-TIME");
    assertThat(a.violations()).singleElement().satisfies(v -> {
      assertThat(v.responsibleParty()).isEqualTo("dropship");
      assertThat(v.responsibility()).contains("after the expected ship date");
    });
  }

  @Test
  void deliveryOnTime_shippedOnTimeAndDeliveredLate_isTheCarriers() {
    Assessment a = journey().with(order("o1", "site", 0).expectedShipBy(at(24)).build(),
            shipment("s1", "o1", "dropship", 100).carrier("post").shippedAt(at(20)).build(),
            delivery("d1", "s1", 96, 100))
        .assess("DELIVERY-ON-TIME");
    assertThat(a.violations()).extracting(Violation::responsibleParty).containsExactly("post");
  }

  @Test
  void deliveryOnTime_lateButExcusedOrOnTime_isSilent() {
    Assessment excused = journey().with(order("o1", "site", 0).expectedShipBy(at(24)).build(),
            shipment("s1", "o1", "dropship", 100).carrier("post").shippedAt(at(20)).build(),
            delivery("d1", "s1", 96, 100).withDelayCause(DelayCause.CUSTOMER))
        .assess("DELIVERY-ON-TIME");
    assertThat(excused.violations()).isEmpty();
    Assessment lateShipOnTimeDelivery = journey().with(order("o1", "site", 0).expectedShipBy(at(24)).build(),
            shipment("s1", "o1", "dropship", 90).carrier("post").shippedAt(at(40)).build(),
            delivery("d1", "s1", 96, 90))
        .assess("DELIVERY-ON-TIME");
    assertThat(lateShipOnTimeDelivery.violations()).isEmpty();
  }
}
