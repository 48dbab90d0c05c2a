package io.sharedcx.rules.promise;

import static io.sharedcx.rules.Given.at;
import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.offer;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Agreement;
import io.sharedcx.model.Channel;
import io.sharedcx.model.Offer;
import io.sharedcx.model.OfferSurface;
import io.sharedcx.model.Product;
import io.sharedcx.model.Term;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.rules.Given;
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
                .with(
                    offer("listing", "shop", "shop", 0)
                        .putAttributes("count", "24")
                        .putAttributes("allergens", "None ")
                        .build())
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

  static final Product PHONE =
      Product.builder()
          .id("sku-1")
          .name("Phone")
          .brand("brand")
          .putAttributes("storage", "256 GB")
          .putAttributes("screen", "6.7\"")
          .putAttributes("colour", "Space Grey")
          .build();

  /** Fails before values were normalised: "256GB" and "6.7 in" were mismatches. */
  @Test
  void contentAccurate_comparesAfterNormalisingUnitsSpacingAndCase() {
    Assessment a =
        journey()
            .product(PHONE)
            .with(
                offer("listing", "shop", "shop", 0)
                    .putAttributes("storage", "256GB")
                    .putAttributes("screen", "6.7 in")
                    .putAttributes("colour", "space grey")
                    .build(),
                offer("app", "shop", "shop", 0)
                    .putAttributes("storage", "256 gb")
                    .putAttributes("screen", "6.7 inches")
                    .putAttributes("colour", "SPACE  GREY")
                    .build())
            .assess("PROMISE-CONTENT-ACCURATE");
    assertThat(a.violations()).isEmpty();

    Assessment wrong =
        journey()
            .product(PHONE)
            .with(
                offer("listing", "shop", "shop", 0)
                    .putAttributes("storage", "128 GB")
                    .putAttributes("screen", "6.1\"")
                    .putAttributes("colour", "Space Grey")
                    .build())
            .assess("PROMISE-CONTENT-ACCURATE");
    assertThat(wrong.violations())
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.message())
                    .contains("screen: listed '6.1\"', master '6.7\"'")
                    .contains("storage: listed '128 GB', master '256 GB'"));
  }

  /** Fails before a missing attribute was flagged: a listing silent on the allergens passed. */
  @Test
  void contentAccurate_missingCriticalAttribute_isFlaggedNotPassed() {
    Product master =
        Product.builder()
            .id("sku-1")
            .name("Chocolate")
            .brand("brand")
            .putAttributes("weight", "100 g")
            .putAttributes("allergens", "milk, hazelnut")
            .build();
    Assessment a =
        journey()
            .product(master)
            .with(offer("listing", "shop", "shop", 0).putAttributes("weight", "100g").build())
            .assess("PROMISE-CONTENT-ACCURATE");
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("shop");
              assertThat(v.ruleId()).isEqualTo("listing-leaves-out-a-critical-attribute");
              assertThat(v.message()).contains("allergens (master 'milk, hazelnut')");
            });
    assertThat(a.recommendations())
        .singleElement()
        .satisfies(r -> assertThat(r.owner()).isEqualTo("shop"));
    assertThat(
            journey()
                .product(master)
                .with(offer("buy-button", "brand", "shop", 0).build())
                .assess("PROMISE-CONTENT-ACCURATE")
                .violations())
        .as("an offer showing no attributes was not a content observation")
        .isEmpty();
  }

  static Offer.Builder ownOffer(
      String id, Channel channel, OfferSurface surface, String price, double hours) {
    return offer(id, "shop", "shop", hours)
        .channel(channel)
        .surface(surface)
        .price(new BigDecimal(price));
  }

  /** Fails before MAP was limited to advertised prices: a shelf tag below MAP was a MAP violation. */
  @Test
  void map_storeShelfPriceBelowMap_isNotAdvertised_unlessTheAgreementSaysSo() {
    Given shelf =
        journey()
            .product(MAPPED)
            .with(ownOffer("shelf-tag", Channel.STORE, OfferSurface.SHELF, "89.00", 0).build());
    assertThat(shelf.assess("PROMISE-MAP").violations()).isEmpty();

    Assessment agreed =
        shelf
            .agreement(
                "shop",
                Agreement.builder()
                    .addTerms(
                        Term.agreed(
                            "PROMISE-MAP",
                            "shelfPricesAdvertised",
                            1,
                            "MAP policy, in-store annex"))
                    .build())
            .assess("PROMISE-MAP");
    assertThat(agreed.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.evidence()).extracting(e -> e.id()).contains("shelf-tag"));
  }

  /** Fails before the "earlier" patterns named the advertised surfaces: an earlier cart price hid the ad. */
  @Test
  void map_earlierCartOrShelfPriceBelowMap_doesNotHideTheAdvertisement() {
    Assessment a =
        journey()
            .product(MAPPED)
            .with(
                ownOffer("cart", Channel.WEB, OfferSurface.CART, "80.00", 0).build(),
                ownOffer("shelf-tag", Channel.STORE, OfferSurface.SHELF, "85.00", 1).build(),
                ownOffer("ad1", Channel.WEB, OfferSurface.AD, "89.00", 2).build())
            .assess("PROMISE-MAP");
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.HIGH);
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("ad1", "sku-1");
            });

    Assessment cure =
        journey()
            .product(MAPPED)
            .with(
                ownOffer("ad1", Channel.WEB, OfferSurface.AD, "89.00", 0).build(),
                ownOffer("cart", Channel.WEB, OfferSurface.CART, "80.00", 60).build(),
                ownOffer("ad2", Channel.WEB, OfferSurface.AD, "89.00", 72).build())
            .assess("PROMISE-MAP");
    assertThat(cure.violations())
        .filteredOn(v -> v.severity() == Severity.CRITICAL)
        .singleElement()
        .satisfies(v -> assertThat(v.evidence()).extracting(e -> e.id()).startsWith("ad2", "ad1"));
  }

  /** Fails before the seller's own channels were compared: web 849 and store 749 fired nothing. */
  @Test
  void crossChannel_sameSellersWebAndStorePricesDiffer_isTheSellersViolation() {
    Assessment a =
        journey()
            .with(
                ownOffer("web-pdp", Channel.WEB, OfferSurface.PAGE, "849.00", 0).build(),
                ownOffer("store-tag", Channel.STORE, OfferSurface.SHELF, "749.00", 2).build())
            .assess("PROMISE-PRICE-CROSS-CHANNEL");
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("shop");
              assertThat(v.ruleId()).isEqualTo("own-channels-price-differently");
              assertThat(v.evidence())
                  .extracting(e -> e.id())
                  .containsExactly("web-pdp", "store-tag");
              assertThat(v.message()).contains("849.00 on WEB", "749.00 on STORE");
            });
    assertThat(a.recommendations())
        .singleElement()
        .satisfies(r -> assertThat(r.owner()).isEqualTo("shop"));

    assertThat(
            journey()
                .with(
                    ownOffer("web-pdp", Channel.WEB, OfferSurface.PAGE, "849.00", 0).build(),
                    ownOffer("store-tag", Channel.STORE, OfferSurface.SHELF, "849.00", 2).build(),
                    ownOffer("web-later", Channel.APP, OfferSurface.PAGE, "749.00", 72).build(),
                    ownOffer("web-cart", Channel.WEB, OfferSurface.CART, "700.00", 1).build())
                .assess("PROMISE-PRICE-CROSS-CHANNEL")
                .violations())
        .as("one price at a time; a later price change and a cart price are not channel gaps")
        .isEmpty();
  }

  static final Product CATEGORISED =
      Product.builder()
          .id("sku-1")
          .name("Castle set")
          .brand("brand")
          .category("Toys > Building sets")
          .build();

  static final Agreement MAPPED_CATEGORIES =
      Agreement.builder()
          .putCategoryMap("Toys > Building sets", "Toys & Games > Building Toys")
          .build();

  @Test
  void category_listingOutsideTheAgreedCategory_orInNone_isTheListingOwners() {
    Assessment wrong =
        journey()
            .product(CATEGORISED)
            .agreement("shop", MAPPED_CATEGORIES)
            .with(offer("page", "shop", "shop", 0).category("Toys & Games > Dolls").build())
            .assess("PROMISE-CONTENT-ACCURATE");
    assertThat(wrong.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("listing-outside-the-agreed-category");
              assertThat(v.responsibleParty()).isEqualTo("shop");
              assertThat(v.severity()).isEqualTo(Severity.LOW);
              assertThat(v.message())
                  .isEqualTo(
                      "Listing page of sku-1 is in category 'Toys & Games > Dolls'; the agreed"
                          + " category for the master category 'Toys > Building sets' is 'Toys &"
                          + " Games > Building Toys'.");
              assertThat(v.evidence())
                  .extracting(e -> e.kind() + ":" + e.id())
                  .containsExactly("offer:page", "product:sku-1", "partnership:brand-shop");
            });
    Assessment none =
        journey()
            .product(CATEGORISED)
            .agreement("shop", MAPPED_CATEGORIES)
            .with(offer("page", "shop", "shop", 0).build())
            .assess("PROMISE-CONTENT-ACCURATE");
    assertThat(none.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("shows no category"));
  }

  @Test
  void category_sameCategoryWrittenOtherwise_unmappedCategory_orBrandsOwnPage_isSilent() {
    // Case, spacing and the level separator do not make another category.
    assertThat(
            journey()
                .product(CATEGORISED)
                .agreement("shop", MAPPED_CATEGORIES)
                .with(
                    offer("page", "shop", "shop", 0)
                        .category("toys & games /  building toys")
                        .build())
                .assess("PROMISE-CONTENT-ACCURATE")
                .violations())
        .isEmpty();
    // No mapping agreed: the partner's category tree is not judged.
    assertThat(
            journey()
                .product(CATEGORISED)
                .with(offer("page", "shop", "shop", 0).category("Toys & Games > Dolls").build())
                .assess("PROMISE-CONTENT-ACCURATE")
                .violations())
        .isEmpty();
    // The map is the partner's category tree: the brand's own page is not held to it.
    assertThat(
            journey()
                .product(CATEGORISED)
                .agreement("shop", MAPPED_CATEGORIES)
                .with(offer("dtc", "brand", "brand", 0).category("Toys > Building sets").build())
                .assess("PROMISE-CONTENT-ACCURATE")
                .violations())
        .isEmpty();
  }
}
