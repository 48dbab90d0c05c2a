package io.sharedcx.rules.promise;

import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.order;
import static io.sharedcx.rules.Given.shipment;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Condition;
import io.sharedcx.model.finding.Assessment;
import org.junit.jupiter.api.Test;

class ShipmentConsistencyTest {
  static final String ID = "JOURNEY-SHIPMENT-CONSISTENCY";

  @Test
  void oneGoodParcel_oneBadParcelFromAnotherFulfiller_namesTheFailingFulfiller() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s-wine", "o1", "site", 120)
                    .condition(Condition.INTACT)
                    .packingSlipPresent(true)
                    .build(),
                shipment("s-choc", "o1", "gourmet", 72)
                    .condition(Condition.DAMAGED)
                    .packingSlipPresent(false)
                    .build())
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("gourmet");
              assertThat(v.evidence())
                  .extracting(e -> e.id())
                  .containsExactly("s-choc", "s-wine", "o1");
              assertThat(v.responsibility()).contains("while site's parcel");
            });
    assertThat(a.recommendations())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.owner()).isEqualTo("site");
              assertThat(r.accountableParty()).isEqualTo("gourmet");
            });
  }

  @Test
  void twoGoodParcels_oneBad_isOneViolation() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "site", 70).condition(Condition.INTACT).build(),
                shipment("s2", "o1", "third", 71).condition(Condition.INTACT).build(),
                shipment("s3", "o1", "gourmet", 72).condition(Condition.DAMAGED).build())
            .assess(ID);
    assertThat(a.violations()).hasSize(1);
  }

  @Test
  void allParcelsBad_isNotAnInconsistency() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "site", 70).condition(Condition.DAMAGED).build(),
                shipment("s2", "o1", "gourmet", 72).condition(Condition.DAMAGED).build())
            .assess(ID);
    assertThat(a.violations()).isEmpty();
  }

  @Test
  void allParcelsGood_isSilent() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "site", 70)
                    .condition(Condition.INTACT)
                    .packingSlipPresent(true)
                    .build(),
                shipment("s2", "o1", "gourmet", 72)
                    .condition(Condition.INTACT)
                    .packingSlipPresent(true)
                    .build())
            .assess(ID);
    assertThat(a.violations()).isEmpty();
  }
}
