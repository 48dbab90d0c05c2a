package io.sharedcx.rules.promise;

import static io.sharedcx.rules.Given.at;
import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.offer;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Agreement;
import io.sharedcx.model.OfferSurface;
import io.sharedcx.model.Product;
import io.sharedcx.model.Term;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PricingAndContentTest {
  static final Product MAPPED =
      Product.builder()
          .id("sku-1")
          .name("Blender")
          .brand("brand")
          .mapPrice(new BigDecimal("99.00"))
          .build();

  @Test
  void map_advertisedBelowMap_isTheSellersViolation_repeatAfterCureIsCritical() {
    Assessment first =
        journey()
            .product(MAPPED)
            .with(
                offer("ad1", "shop", "shop", 0)
                    .price(new BigDecimal("89.00"))
                    .surface(OfferSurface.AD)
                    .build())
            .assess("PROMISE-MAP");
    assertThat(first.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("shop");
              assertThat(v.severity()).isEqualTo(Severity.HIGH);
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("ad1", "sku-1");
            });
    assertThat(first.recommendations())
        .singleElement()
        .satisfies(r -> assertThat(r.owner()).isEqualTo("brand"));

    Assessment repeated =
        journey()
            .product(MAPPED)
            .with(
                offer("ad1", "shop", "shop", 0).price(new BigDecimal("89.00")).build(),
                offer("ad2", "shop", "shop", 72).price(new BigDecimal("89.00")).build())
            .assess("PROMISE-MAP");
    assertThat(repeated.violations())
        .extracting(Violation::severity)
        .containsExactlyInAnyOrder(Severity.HIGH, Severity.CRITICAL);
  }

  @Test
  void map_atOrAboveMap_orInTheCart_isSilent() {
    Assessment a =
        journey()
            .product(MAPPED)
            .with(
                offer("ad1", "shop", "shop", 0).price(new BigDecimal("99.00")).build(),
                offer("cart", "shop", "shop", 1)
                    .price(new BigDecimal("80.00"))
                    .surface(OfferSurface.CART)
                    .build())
            .assess("PROMISE-MAP");
    assertThat(a.violations()).isEmpty();
  }

  @Test
  void priceDisplayedMatch_staleWidgetPrice_isTheWidgetOwners_staleFeedIsTheSellers() {
    Assessment widget =
        journey()
            .with(
                offer("wtb", "brand", "shop", 1)
                    .price(new BigDecimal("20.00"))
                    .priceAsOf(at(-48))
                    .build(),
                offer("page", "shop", "shop", 2)
                    .price(new BigDecimal("24.00"))
                    .priceAsOf(at(0))
                    .build())
            .assess("PROMISE-PRICE-DISPLAYED-MATCH");
    assertThat(widget.violations())
        .extracting(Violation::responsibleParty)
        .containsExactly("brand");
    Assessment feed =
        journey()
            .with(
                offer("wtb", "brand", "shop", 1)
                    .price(new BigDecimal("20.00"))
                    .priceAsOf(at(0))
                    .build(),
                offer("page", "shop", "shop", 2)
                    .price(new BigDecimal("24.00"))
                    .priceAsOf(at(-48))
                    .build())
            .assess("PROMISE-PRICE-DISPLAYED-MATCH");
    assertThat(feed.violations()).extracting(Violation::responsibleParty).containsExactly("shop");
  }

  @Test
  void priceDisplayedMatch_samePriceOrWithinAgreedTolerance_isSilent() {
    assertThat(
            journey()
                .with(
                    offer("wtb", "brand", "shop", 1).price(new BigDecimal("20.00")).build(),
                    offer("page", "shop", "shop", 2).price(new BigDecimal("20.00")).build())
                .assess("PROMISE-PRICE-DISPLAYED-MATCH")
                .violations())
        .isEmpty();
    Agreement rounding =
        Agreement.builder()
            .addTerms(
                Term.agreed("PROMISE-PRICE-DISPLAYED-MATCH", "tolerance", 0.05, "rounding annex"))
            .build();
    var given =
        journey()
            .with(
                offer("wtb", "brand", "shop", 1).price(new BigDecimal("20.00")).build(),
                offer("page", "shop", "shop", 2).price(new BigDecimal("20.04")).build());
    assertThat(given.assess("PROMISE-PRICE-DISPLAYED-MATCH").violations()).hasSize(1);
  }

  @Test
  void priceCrossChannel_partnerFarAboveBrand_isThePartners_brandUndercutting_isTheBrands() {
    Assessment above =
        journey()
            .with(
                offer("dtc", "brand", "brand", 0).price(new BigDecimal("100")).build(),
                offer("shop", "shop", "shop", 0).price(new BigDecimal("125")).build())
            .assess("PROMISE-PRICE-CROSS-CHANNEL");
    assertThat(above.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("shop");
              assertThat(v.severity()).isEqualTo(Severity.LOW);
            });
    Assessment undercut =
        journey()
            .product(
                Product.builder()
                    .id("sku-1")
                    .name("Kettle")
                    .brand("brand")
                    .msrp(new BigDecimal("100"))
                    .build())
            .with(
                offer("dtc", "brand", "brand", 0).price(new BigDecimal("80")).build(),
                offer("shop", "shop", "shop", 0).price(new BigDecimal("100")).build())
            .assess("PROMISE-PRICE-CROSS-CHANNEL");
    assertThat(undercut.violations())
        .extracting(Violation::responsibleParty)
        .containsExactly("brand");
  }

  @Test
  void priceCrossChannel_withinTheGap_orAnAgreedWiderGap_isSilent() {
    var given =
        journey()
            .with(
                offer("dtc", "brand", "brand", 0).price(new BigDecimal("100")).build(),
                offer("shop", "shop", "shop", 0).price(new BigDecimal("115")).build());
    assertThat(given.assess("PROMISE-PRICE-CROSS-CHANNEL").violations()).hasSize(1);
    Agreement wider =
        Agreement.builder()
            .addTerms(Term.agreed("PROMISE-PRICE-CROSS-CHANNEL", "maxGap", 0.2, "premium"))
            .build();
    assertThat(given.agreement("shop", wider).assess("PROMISE-PRICE-CROSS-CHANNEL").violations())
        .isEmpty();
  }

  @Test
  void contentAccurate_listingContradictsTheMaster_isTheListingOwnersViolation() {
    Product master =
        Product.builder()
            .id("sku-1")
            .name("Pods")
            .brand("brand")
            .putAttributes("count", "24")
            .putAttributes("allergens", "none")
            .build();
    Assessment a =
        journey()
            .product(master)
            .with(
                offer("listing", "shop", "shop", 0)
                    .putAttributes("count", "12")
                    .putAttributes("allergens", "none")
                    .build())
            .assess("PROMISE-CONTENT-ACCURATE");
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("shop");
              assertThat(v.severity()).isEqualTo(Severity.HIGH);
              assertThat(v.message()).contains("count: listed '12', master '24'");
            });
    assertThat(
            journey()
                .product(master)
                .with(offer("listing", "shop", "shop", 0).putAttributes("count", "24").build())
                .assess("PROMISE-CONTENT-ACCURATE")
                .violations())
        .isEmpty();
  }

  @Test
  void contentAccurate_tooFewImages_isLow() {
    Assessment a =
        journey()
            .with(offer("listing", "shop", "shop", 0).imageCount(1).build())
            .assess("PROMISE-CONTENT-ACCURATE");
    assertThat(a.violations()).extracting(Violation::severity).containsExactly(Severity.LOW);
    assertThat(
            journey()
                .with(offer("listing", "shop", "shop", 0).imageCount(5).build())
                .assess("PROMISE-CONTENT-ACCURATE")
                .violations())
        .isEmpty();
  }
}
