package io.sharedcx.rules.promise;

import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.order;
import static io.sharedcx.rules.Given.shipment;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import org.junit.jupiter.api.Test;

class PackingSlipBrandingTest {
  static final String ID = "PROMISE-PACKING-SLIP-BRANDING";

  @Test
  void parcelWithoutNote_isThePackersViolation() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "gourmet", 72).packingSlipPresent(false).build())
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("gourmet");
              assertThat(v.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("s1", "o1");
              assertThat(v.message()).contains("no packing slip or note from site");
            });
  }

  @Test
  void parcelWithAnotherSellersBranding_isHigh() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "gourmet", 72)
                    .packingSlipPresent(true)
                    .foreignBranding(true)
                    .build())
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.HIGH);
              assertThat(v.responsibleParty()).isEqualTo("gourmet");
            });
  }

  @Test
  void parcelWithoutNote_andWithForeignBranding_isTwoViolations() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "gourmet", 72)
                    .packingSlipPresent(false)
                    .foreignBranding(true)
                    .build())
            .assess(ID);
    assertThat(a.violations())
        .extracting(Violation::severity)
        .containsExactlyInAnyOrder(Severity.MEDIUM, Severity.HIGH);
    assertThat(a.recommendations()).hasSize(2);
  }

  @Test
  void parcelWithNote_andSlipUnknown_isSilent() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "gourmet", 72).packingSlipPresent(true).build(),
                shipment("s2", "o1", "site", 73).build())
            .assess(ID);
    assertThat(a.violations()).isEmpty();
  }

  @Test
  void violation_recommendsTemplateAudit() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "gourmet", 72).packingSlipPresent(false).build())
            .assess(ID);
    Violation v = a.violations().get(0);
    assertThat(a.recommendationsFor(v))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.owner()).isEqualTo("site");
              assertThat(r.accountableParty()).isEqualTo("gourmet");
            });
  }

  /** Fails before the model had gift orders: a gift that arrived without its note fired nothing. */
  @Test
  void giftParcelWithoutItsNote_isThePackersViolation_aPlainOrderIsNot() {
    Assessment a =
        journey()
            .with(
                order("o1", "site", 0).gift(true).giftMessage("Happy birthday, Sam").build(),
                shipment("s1", "o1", "gourmet", 72).giftNotePresent(false).build())
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("gourmet");
              assertThat(v.ruleId()).isEqualTo("gift-parcel-without-its-gift-note");
              assertThat(v.message()).contains("Happy birthday, Sam");
            });
    assertThat(a.recommendations())
        .singleElement()
        .satisfies(r -> assertThat(r.owner()).isEqualTo("site"));
    assertThat(
            journey()
                .with(
                    order("o1", "site", 0).build(),
                    shipment("s1", "o1", "gourmet", 72).giftNotePresent(false).build())
                .assess(ID)
                .violations())
        .isEmpty();
  }
}
