package io.sharedcx.rules.access;

import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.offer;
import static io.sharedcx.rules.fulfilment.FulfilmentFixtures.agreed;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.StockShown;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import org.junit.jupiter.api.Test;

class BrandOosRouteTest {
  static final String ID = "ACCESS-BRAND-OOS-ROUTE";

  @Test
  void brandPageOutOfStock_partnerInStock_noRoute_isTheBrandsViolation() {
    // GIVEN the brand's own page shows the set out of stock while a local store has it
    Assessment a =
        journey()
            .with(
                offer("own", "brand", "brand", 1).stock(StockShown.OUT_OF_STOCK).build(),
                offer("store-page", "store", "store", 2).build())
            .assess(ID);
    // THEN the brand dead-ended the customer
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.standard()).isEqualTo(ID);
              assertThat(v.severity()).isEqualTo(Severity.LOW);
              assertThat(v.responsibleParty()).isEqualTo("brand");
              assertThat(v.message()).contains("store had it in stock");
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("own", "store-page");
              assertThat(a.recommendationsFor(v))
                  .singleElement()
                  .satisfies(
                      r -> {
                        assertThat(r.owner()).isEqualTo("brand");
                        assertThat(r.accountableParty()).isEqualTo("brand");
                        assertThat(r.action()).contains("where-to-buy fallback");
                        assertThat(r.dueBy()).isEqualTo(v.at().plusSeconds(168 * 3600));
                      });
            });
  }

  @Test
  void brandPageRoutesToTheInStockPartner_isSilent() {
    Assessment a =
        journey()
            .with(
                offer("own", "brand", "brand", 1).stock(StockShown.OUT_OF_STOCK).build(),
                offer("store-page", "store", "store", 2).build(),
                offer("wtb", "brand", "store", 1).build())
            .assess(ID);
    assertThat(a.violations()).isEmpty();
  }

  @Test
  void routeToAPartnerShownOutOfStock_isStillADeadEnd() {
    Assessment a =
        journey()
            .with(
                offer("own", "brand", "brand", 1).stock(StockShown.OUT_OF_STOCK).build(),
                offer("store-page", "store", "store", 2).build(),
                offer("wtb", "brand", "other", 1).stock(StockShown.OUT_OF_STOCK).build())
            .assess(ID);
    assertThat(a.violations()).extracting(Violation::responsibleParty).containsExactly("brand");
  }

  @Test
  void aRetailersOwnOutOfStockPage_isNotTheBrandPage() {
    Assessment a =
        journey()
            .with(
                offer("shop-page", "shop", "shop", 1).stock(StockShown.OUT_OF_STOCK).build(),
                offer("store-page", "store", "store", 2).build())
            .assess(ID);
    assertThat(a.violations()).isEmpty();
  }

  @Test
  void partnerStockTwoDaysApart_isNoRouteByDefault_butIsUnderAnAgreed72Hours() {
    var brandPageThenStoreTwoDaysLater =
        journey()
            .with(
                offer("own", "brand", "brand", 1).stock(StockShown.OUT_OF_STOCK).build(),
                offer("store-page", "store", "store", 49).build());
    assertThat(brandPageThenStoreTwoDaysLater.assess(ID).violations()).isEmpty();

    Assessment agreed =
        journey()
            .agreement("store", agreed(ID, "maxOfferGapHours", 72))
            .with(
                offer("own", "brand", "brand", 1).stock(StockShown.OUT_OF_STOCK).build(),
                offer("store-page", "store", "store", 49).build())
            .assess(ID);
    assertThat(agreed.violations())
        .extracting(Violation::responsibleParty)
        .containsExactly("brand");
  }
}
