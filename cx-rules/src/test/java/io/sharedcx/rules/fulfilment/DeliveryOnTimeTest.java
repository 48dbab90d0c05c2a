package io.sharedcx.rules.fulfilment;

import static io.sharedcx.rules.Given.at;
import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.order;
import static io.sharedcx.rules.Given.shipment;
import static io.sharedcx.rules.fulfilment.FulfilmentFixtures.agreed;
import static io.sharedcx.rules.fulfilment.FulfilmentFixtures.awaited;
import static io.sharedcx.rules.fulfilment.FulfilmentFixtures.delivered;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.DelayCause;
import io.sharedcx.model.Delivery;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeliveryOnTimeTest {
  static final String ID = "DELIVERY-ON-TIME";

  @Test
  void shippedLateAndDeliveredLate_isTheShippersViolation() {
    // GIVEN a parcel due to ship by 24 h, shipped at 40 h, promised for 96 h and delivered at 100 h
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).expectedShipBy(at(24)).build(),
                shipment("s1", "o1", "dropship", 100).carrier("post").shippedAt(at(40)).build(),
                delivered("d1", "s1", "post", 96, 100))
            .assess(ID);
    // THEN the shipper answers, not the carrier, and the site tells the customer
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.standard()).isEqualTo(ID);
              assertThat(v.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(v.responsibleParty()).isEqualTo("dropship");
              assertThat(v.responsibility()).contains("after the expected ship date");
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("d1", "s1", "o1");
              assertThat(a.recommendationsFor(v))
                  .singleElement()
                  .satisfies(
                      r -> {
                        assertThat(r.owner()).isEqualTo("site");
                        assertThat(r.accountableParty()).isEqualTo("dropship");
                        assertThat(r.action()).contains("dropship ships by the expected ship date");
                        assertThat(r.dueBy()).isEqualTo(v.at().plusSeconds(48 * 3600));
                      });
            });
  }

  @Test
  void shippedOnTimeAndDeliveredLate_isTheCarriersViolation() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).expectedShipBy(at(24)).build(),
                shipment("s1", "o1", "dropship", 100).carrier("post").shippedAt(at(20)).build(),
                delivered("d1", "s1", "post", 96, 100))
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("post");
              assertThat(a.recommendationsFor(v))
                  .singleElement()
                  .satisfies(r -> assertThat(r.action()).contains("review post on this lane"));
            });
  }

  @Test
  void deliveredOnTime_evenAfterALateShipment_isSilent() {
    // Seller Fulfilled Prime: shipped late but delivered on time counts as on time
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).expectedShipBy(at(24)).build(),
                shipment("s1", "o1", "dropship", 90).carrier("post").shippedAt(at(40)).build(),
                delivered("d1", "s1", "post", 96, 90))
            .assess(ID);
    assertThat(a.violations()).isEmpty();
    assertThat(a.recommendations()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = DelayCause.class,
      names = {"CUSTOMER", "FORCE_MAJEURE", "RETAILER"})
  void lateForAnExcludedCause_isSilent(DelayCause cause) {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).expectedShipBy(at(24)).build(),
                shipment("s1", "o1", "dropship", 100).carrier("post").shippedAt(at(40)).build(),
                Delivery.builder()
                    .from(delivered("d1", "s1", "post", 96, 100))
                    .delayCause(cause)
                    .build())
            .assess(ID);
    assertThat(a.violations()).isEmpty();
  }

  @Test
  void stillNotDeliveredPastThePromise_isLate() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).expectedShipBy(at(24)).build(),
                shipment("s1", "o1", "dropship", 20).carrier("post").shippedAt(at(20)).build(),
                awaited("d1", "s1", "post", 96, 110))
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("post");
              assertThat(v.message()).contains("was still not delivered");
            });
    Assessment notYetDue =
        journey()
            .with(
                order("o1", "site", 0).expectedShipBy(at(24)).build(),
                shipment("s1", "o1", "dropship", 20).carrier("post").shippedAt(at(20)).build(),
                awaited("d1", "s1", "post", 96, 90))
            .assess(ID);
    assertThat(notYetDue.violations()).isEmpty();
  }

  @Test
  void lateParcelWithNoCarrierOnRecord_staysWithTheShipper() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).expectedShipBy(at(24)).build(),
                shipment("s1", "o1", "dropship", 100).shippedAt(at(20)).build(),
                delivered("d1", "s1", "dropship", 96, 100))
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("dropship");
              assertThat(v.responsibility()).contains("no carrier on record");
            });
  }

  @Test
  void agreedSixHourGrace_forgivesTheCarrierFourHoursLate() {
    Assessment a =
        journey()
            .agreement("post", agreed(ID, "graceHours", 6))
            .with(
                order("o1", "site", 0).expectedShipBy(at(24)).build(),
                shipment("s1", "o1", "dropship", 100).carrier("post").shippedAt(at(20)).build(),
                delivered("d1", "s1", "post", 96, 100))
            .assess(ID);
    assertThat(a.violations()).extracting(Violation::responsibleParty).isEmpty();
  }
}
