package io.sharedcx.rules.promise;

import static io.sharedcx.rules.Given.at;
import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.order;
import static io.sharedcx.rules.Given.shipment;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Agreement;
import io.sharedcx.model.Condition;
import io.sharedcx.model.HeatProtection;
import io.sharedcx.model.Product;
import io.sharedcx.model.Term;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.rules.Given;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PackagingProtectiveTest {
  static final String ID = "PROMISE-PACKAGING-PROTECTIVE";

  static final Product CHOCOLATE =
      Product.builder().id("sku-1").name("Chocolate").brand("brand").heatSensitive(true).build();

  @Test
  void heatSensitiveProduct_meltedWithoutHeatProtection_isThePackersEvenWhenSpecSaysMet() {
    // GIVEN chocolate the drop-shipper packed "to spec" but with no insulation, arriving melted
    Assessment a =
        journey()
            .product(CHOCOLATE)
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "gourmet", 72)
                    .carrier("post")
                    .packagingSpecMet(true)
                    .heatProtection(HeatProtection.NONE)
                    .condition(Condition.MELTED)
                    .build())
            .assess(ID);
    // THEN the packer answers for the melt, not the carrier, and only once
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("heat-sensitive-product-shipped-unprotected");
              assertThat(v.responsibleParty()).isEqualTo("gourmet");
              assertThat(v.responsibility())
                  .isEqualTo("packed heat-sensitive sku-1 with no protection against heat");
              assertThat(v.message())
                  .isEqualTo(
                      "Parcel s1 with heat-sensitive sku-1 was packed with no insulation or coolant"
                          + " and arrived MELTED.");
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("s1", "sku-1");
            });
    assertThat(a.recommendations())
        .singleElement()
        .satisfies(r -> assertThat(r.action()).startsWith("Ship heat-sensitive products in an"));
  }

  @Test
  void heatSensitiveProduct_unprotectedToAHotDestination_isAViolationEvenIntact() {
    Given hot = unprotectedChocolateAt("27.5");
    assertThat(hot.assess(ID).violations())
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.message())
                    .isEqualTo(
                        "Parcel s1 with heat-sensitive sku-1 was packed with no insulation or"
                            + " coolant for a destination at 27.5 °C (heat protection from 24 °C)."));
    // below the default, or protected, or not heat-sensitive: nothing
    assertThat(unprotectedChocolateAt("23.9").assess(ID).violations()).isEmpty();
    assertThat(
            journey()
                .with(
                    order("o1", "site", 0).build(),
                    shipment("s1", "o1", "gourmet", 72)
                        .heatProtection(HeatProtection.NONE)
                        .destinationTemperatureC(new BigDecimal("35"))
                        .condition(Condition.INTACT)
                        .build())
                .assess(ID)
                .violations())
        .isEmpty();
    assertThat(
            journey()
                .product(CHOCOLATE)
                .with(
                    order("o1", "site", 0).build(),
                    shipment("s1", "o1", "gourmet", 72)
                        .heatProtection(HeatProtection.INSULATED_WITH_COOLANT)
                        .destinationTemperatureC(new BigDecimal("35"))
                        .condition(Condition.INTACT)
                        .build())
                .assess(ID)
                .violations())
        .isEmpty();
    // an agreement may set the temperature
    assertThat(
            unprotectedChocolateAt("23.9")
                .agreement(
                    "gourmet",
                    Agreement.builder()
                        .addTerms(Term.agreed(ID, "heatProtectionFromC", 20, "summer addendum"))
                        .build())
                .assess(ID)
                .violations())
        .extracting(Violation::responsibleParty)
        .containsExactly("gourmet");
  }

  private static Given unprotectedChocolateAt(String celsius) {
    return journey()
        .product(CHOCOLATE)
        .with(
            order("o1", "site", 0).build(),
            shipment("s1", "o1", "gourmet", 72)
                .heatProtection(HeatProtection.NONE)
                .destinationTemperatureC(new BigDecimal(celsius))
                .condition(Condition.INTACT)
                .build());
  }

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
