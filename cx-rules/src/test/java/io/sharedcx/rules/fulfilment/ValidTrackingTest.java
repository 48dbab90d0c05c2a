package io.sharedcx.rules.fulfilment;

import static io.sharedcx.rules.Given.at;
import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.order;
import static io.sharedcx.rules.Given.shipment;
import static io.sharedcx.rules.fulfilment.FulfilmentFixtures.agreed;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import org.junit.jupiter.api.Test;

class ValidTrackingTest {
  static final String ID = "SHIP-VALID-TRACKING";

  @Test
  void noTrackingNumber_isThePackersViolation() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "dropship", 50).shippedAt(at(10)).carrier("post").build())
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.standard()).isEqualTo(ID);
              assertThat(v.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(v.responsibleParty()).isEqualTo("dropship");
              assertThat(v.message()).contains("no tracking number");
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("s1");
              assertThat(a.recommendationsFor(v))
                  .singleElement()
                  .satisfies(
                      r -> {
                        assertThat(r.owner()).isEqualTo("site");
                        assertThat(r.accountableParty()).isEqualTo("dropship");
                        assertThat(r.action()).contains("integrated carrier");
                        assertThat(r.dueBy()).isEqualTo(v.at().plusSeconds(24 * 3600));
                      });
            });
  }

  @Test
  void invalidTrackingNumber_isThePackersViolation() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "dropship", 50)
                    .shippedAt(at(10))
                    .carrier("post")
                    .trackingNumber("X")
                    .trackingValid(false)
                    .build())
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("dropship");
              assertThat(v.message()).contains("invalid tracking number");
            });
  }

  @Test
  void validLabelUnscannedFor48Hours_isTheCarriersViolation() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "dropship", 60)
                    .shippedAt(at(10))
                    .carrier("post")
                    .trackingNumber("T1")
                    .trackingValid(true)
                    .build())
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("post");
              assertThat(v.responsibility()).contains("did not scan it within 48 h");
              assertThat(a.recommendationsFor(v))
                  .singleElement()
                  .satisfies(
                      r -> {
                        assertThat(r.owner()).isEqualTo("site");
                        assertThat(r.action()).contains("Open a trace with post");
                      });
            });
  }

  @Test
  void validLabelScanned_orNotYetDueAScan_isSilent() {
    assertThat(
            journey()
                .with(
                    order("o1", "site", 0).build(),
                    shipment("s1", "o1", "dropship", 60)
                        .shippedAt(at(10))
                        .carrier("post")
                        .trackingNumber("T1")
                        .trackingValid(true)
                        .firstScanAt(at(11))
                        .build())
                .assess(ID)
                .violations())
        .isEmpty();
    assertThat(
            journey()
                .with(
                    order("o1", "site", 0).build(),
                    shipment("s1", "o1", "dropship", 30)
                        .shippedAt(at(10))
                        .carrier("post")
                        .trackingNumber("T1")
                        .trackingValid(true)
                        .build())
                .assess(ID)
                .violations())
        .isEmpty();
  }

  @Test
  void agreedTwelveHourScan_makesA20HourSilenceTheCarriers() {
    Assessment a =
        journey()
            .agreement("post", agreed(ID, "maxHoursToFirstScan", 12))
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "dropship", 30)
                    .shippedAt(at(10))
                    .carrier("post")
                    .trackingNumber("T1")
                    .trackingValid(true)
                    .build())
            .assess(ID);
    assertThat(a.violations()).extracting(Violation::responsibleParty).containsExactly("post");
  }
}
