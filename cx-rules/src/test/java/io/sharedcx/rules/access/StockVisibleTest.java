package io.sharedcx.rules.access;

import static io.sharedcx.rules.Given.at;
import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.offer;
import static io.sharedcx.rules.Given.stockCheck;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Agreement;
import io.sharedcx.model.Channel;
import io.sharedcx.model.StockShown;
import io.sharedcx.model.Term;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Violation;
import org.junit.jupiter.api.Test;

class StockVisibleTest {
  static final String ID = "ACCESS-STOCK-VISIBLE";

  @Test
  void buyButtonOnStaleData_storeHadNone_isTheBrandsViolation() {
    // GIVEN the brand's buy button showed the store in stock from data 30 h old, and the store had
    // none
    Assessment a =
        journey()
            .with(
                offer("wtb", "brand", "store", 10).stockDataAsOf(at(-20)).build(),
                stockCheck("shelf", "store", 0, 12).build())
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("brand");
              assertThat(v.responsibility()).contains("30 h old");
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("wtb", "shelf");
            });
  }

  @Test
  void buyButtonOnFreshFeed_storeHadNone_isTheSellersViolation() {
    Assessment a =
        journey()
            .with(
                offer("wtb", "brand", "store", 10).stockDataAsOf(at(9)).build(),
                stockCheck("shelf", "store", 0, 12).build())
            .assess(ID);
    assertThat(a.violations()).extracting(Violation::responsibleParty).containsExactly("store");
  }

  @Test
  void sellersOwnOffer_storeHadNone_isTheSellersViolation() {
    Assessment a =
        journey()
            .with(
                offer("site", "store", "store", 10).stockDataAsOf(at(-100)).build(),
                stockCheck("shelf", "store", 0, 11).build())
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("store");
              assertThat(v.rule()).isEqualTo("Stock claimed by the seller's feed was not there");
            });
  }

  @Test
  void stockThere_isSilent() {
    Assessment a =
        journey()
            .with(
                offer("wtb", "brand", "store", 10).stockDataAsOf(at(9)).build(),
                stockCheck("shelf", "store", 3, 12).build())
            .assess(ID);
    assertThat(a.violations()).isEmpty();
  }

  @Test
  void stockGoneLongAfterTheOffer_isSilent() {
    Assessment a =
        journey()
            .with(
                offer("wtb", "brand", "store", 10).stockDataAsOf(at(9)).build(),
                stockCheck("shelf", "store", 0, 10 + 48).build())
            .assess(ID);
    assertThat(a.violations()).isEmpty();
  }

  @Test
  void outOfStockShown_isSilent() {
    Assessment a =
        journey()
            .with(
                offer("wtb", "brand", "store", 10)
                    .stock(StockShown.OUT_OF_STOCK)
                    .stockDataAsOf(at(-50))
                    .build(),
                stockCheck("shelf", "store", 0, 12).build())
            .assess(ID);
    assertThat(a.violations()).isEmpty();
  }

  @Test
  void staleButRight_isStillTheShowersViolation() {
    Assessment a =
        journey()
            .with(
                offer("wtb", "brand", "store", 10).stockDataAsOf(at(-40)).build(),
                stockCheck("shelf", "store", 5, 12).build())
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("brand");
              assertThat(v.rule()).isEqualTo("Stock shown from stale data");
            });
  }

  @Test
  void looserAgreedStaleness_turnsStaleIntoFresh() {
    Agreement looser =
        Agreement.builder()
            .addTerms(Term.agreed(ID, "maxStockDataAgeHours", 72, "brand-store contract s.2"))
            .build();
    Assessment a =
        journey()
            .agreement("store", looser)
            .with(
                offer("wtb", "brand", "store", 10).stockDataAsOf(at(-40)).build(),
                stockCheck("shelf", "store", 0, 12).build())
            .assess(ID);
    // 50 h old is within the agreed 72 h, so the wrong stock is the store's feed, not the brand's
    // widget
    assertThat(a.violations()).extracting(Violation::responsibleParty).containsExactly("store");
  }

  @Test
  void violation_recommendsHidingTheButton_toTheBrand() {
    Assessment a =
        journey()
            .with(
                offer("wtb", "brand", "store", 10).stockDataAsOf(at(-20)).build(),
                stockCheck("shelf", "store", 0, 12).build())
            .assess(ID);
    assertThat(a.recommendations())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.owner()).isEqualTo("brand");
              assertThat(r.accountableParty()).isEqualTo("brand");
              assertThat(r.action()).contains("Hide or re-route the buy button");
            });
  }

  /** Fails before surfaces were compared: without a stock check, nothing fired. */
  @Test
  void buyButtonInStock_retailersOwnPageOutOfStock_atTheSameMoment_isTheRetailersViolation() {
    // GIVEN the brand's buy button, on fresh data, sends the customer to the store as in stock, and
    // the
    // store's own page shows the product out of stock a few minutes later
    Assessment a =
        journey()
            .with(
                offer("wtb", "brand", "store", 10).stockDataAsOf(at(9)).build(),
                offer("store-page", "store", "store", 10.1).stock(StockShown.OUT_OF_STOCK).build())
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("store");
              assertThat(v.ruleId()).isEqualTo("seller-s-feed-contradicts-its-own-page");
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("wtb", "store-page");
            });
    assertThat(a.recommendations())
        .singleElement()
        .satisfies(r -> assertThat(r.owner()).isEqualTo("store"));
  }

  @Test
  void staleBuyButton_contradictedByTheRetailersOwnPage_isTheBrandsViolation_once() {
    Assessment a =
        journey()
            .with(
                offer("wtb", "brand", "store", 10).stockDataAsOf(at(-20)).build(),
                offer("store-page", "store", "store", 10.1).stock(StockShown.OUT_OF_STOCK).build())
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("brand");
              assertThat(v.ruleId())
                  .isEqualTo("stale-buy-button-contradicts-the-seller-s-own-page");
            });
  }

  @Test
  void sellersOwnSurfacesDisagree_isTheSellersViolation_consistentOrHoursApart_isSilent() {
    Assessment a =
        journey()
            .with(
                offer("web", "store", "store", 10).build(),
                offer("app", "store", "store", 10.5)
                    .channel(Channel.APP)
                    .stock(StockShown.OUT_OF_STOCK)
                    .build())
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("store");
              assertThat(v.ruleId()).isEqualTo("seller-s-own-surfaces-show-different-stock");
            });
    assertThat(
            journey()
                .with(
                    offer("web", "store", "store", 10).build(),
                    offer("app", "store", "store", 10.5).channel(Channel.APP).build(),
                    offer("later", "store", "store", 16).stock(StockShown.OUT_OF_STOCK).build())
                .assess(ID)
                .violations())
        .isEmpty();
  }
}
