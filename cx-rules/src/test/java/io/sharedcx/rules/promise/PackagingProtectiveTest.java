package io.sharedcx.rules.promise;

import static io.sharedcx.rules.Given.at;
import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.order;
import static io.sharedcx.rules.Given.shipment;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Condition;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import org.junit.jupiter.api.Test;

class PackagingProtectiveTest {
  static final String ID = "PROMISE-PACKAGING-PROTECTIVE";

  @Test
  void damagedParcel_packedBelowSpec_isThePackersViolation() {
    // GIVEN a parcel packed below spec by the drop-shipper, carried by the post, arriving crushed
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "gourmet", 72)
                    .carrier("post")
                    .packagingSpecMet(false)
                    .condition(Condition.DAMAGED)
                    .build())
            .assess(ID);
    // THEN the packer answers for it
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.standard()).isEqualTo(ID);
              assertThat(v.severity()).isEqualTo(Severity.HIGH);
              assertThat(v.responsibleParty()).isEqualTo("gourmet");
              assertThat(v.responsibility()).contains("below the brand's packaging spec");
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("s1");
              assertThat(v.journey()).isEqualTo("j1");
            });
  }

  @Test
  void damagedParcel_packedToSpec_isTheCarriersViolation() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "gourmet", 72)
                    .carrier("post")
                    .packagingSpecMet(true)
                    .condition(Condition.MELTED)
                    .build())
            .assess(ID);
    assertThat(a.violations()).extracting(Violation::responsibleParty).containsExactly("post");
  }

  @Test
  void damagedParcel_specUnknown_isThePackersToShow() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "gourmet", 72)
                    .carrier("post")
                    .condition(Condition.DAMAGED)
                    .build())
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.responsibility())
                    .contains("no record that the packaging spec was met"));
  }

  @Test
  void intactParcel_packedBelowSpec_isSilent() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "gourmet", 72)
                    .carrier("post")
                    .packagingSpecMet(false)
                    .condition(Condition.INTACT)
                    .build())
            .assess(ID);
    assertThat(a.violations()).isEmpty();
    assertThat(a.recommendations()).isEmpty();
  }

  @Test
  void violation_recommendsSpecToPacker_ownedBySellerOfRecord() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "gourmet", 72)
                    .carrier("post")
                    .packagingSpecMet(false)
                    .condition(Condition.DAMAGED)
                    .build())
            .assess(ID);
    Violation v = a.violations().get(0);
    assertThat(a.recommendationsFor(v))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.owner()).isEqualTo("site");
              assertThat(r.accountableParty()).isEqualTo("gourmet");
              assertThat(r.action()).contains("packaging spec");
              assertThat(r.dueBy()).isEqualTo(v.at().plusSeconds(72 * 3600));
            });
  }

  /** Fails before the model had a handling-exception scan: the damage fell on the packer by default. */
  @Test
  void damagedParcel_specUnknown_carrierScannedAHandlingException_isTheCarriersViolation() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "gourmet", 72)
                    .carrier("post")
                    .handlingExceptionAt(at(40))
                    .condition(Condition.MELTED)
                    .build())
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("post");
              assertThat(v.responsibility()).contains("handling exception");
              assertThat(v.message()).contains("arrived MELTED");
            });
    assertThat(
            journey()
                .with(
                    order("o1", "site", 0).build(),
                    shipment("s1", "o1", "gourmet", 72)
                        .carrier("post")
                        .packagingSpecMet(false)
                        .handlingExceptionAt(at(40))
                        .condition(Condition.DAMAGED)
                        .build())
                .assess(ID)
                .violations())
        .as("packed below spec stays the packer's, whatever the carrier scanned")
        .extracting(Violation::responsibleParty)
        .containsExactly("gourmet");
  }
}
