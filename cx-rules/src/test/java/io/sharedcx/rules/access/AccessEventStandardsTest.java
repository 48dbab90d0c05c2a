package io.sharedcx.rules.access;

import static io.sharedcx.rules.Given.at;
import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.offer;
import static io.sharedcx.rules.Given.pickup;
import static io.sharedcx.rules.Given.pickupOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Agreement;
import io.sharedcx.model.Feed;
import io.sharedcx.model.FeedType;
import io.sharedcx.model.PickupOutcome;
import io.sharedcx.model.StockShown;
import io.sharedcx.model.Term;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import org.junit.jupiter.api.Test;

class AccessEventStandardsTest {

  @Test
  void brandOosRoute_brandOutOfStockPartnerInStockNoReferral_isTheBrandsViolation() {
    Assessment a = journey().with(
            offer("own", "brand", "brand", 1).stock(StockShown.OUT_OF_STOCK).build(),
            offer("store-page", "store", "store", 1).build())
        .assess("ACCESS-BRAND-OOS-ROUTE");
    assertThat(a.violations()).singleElement().satisfies(v -> {
      assertThat(v.responsibleParty()).isEqualTo("brand");
      assertThat(v.severity()).isEqualTo(Severity.LOW);
      assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("own", "store-page");
    });
    assertThat(a.recommendations()).singleElement()
        .satisfies(r -> assertThat(r.action()).contains("where-to-buy fallback"));
  }

  @Test
  void brandOosRoute_withAReferralToThePartner_isSilent() {
    Assessment a = journey().with(
            offer("own", "brand", "brand", 1).stock(StockShown.OUT_OF_STOCK).build(),
            offer("store-page", "store", "store", 1).build(),
            offer("wtb", "brand", "store", 1).build())
        .assess("ACCESS-BRAND-OOS-ROUTE");
    assertThat(a.violations()).isEmpty();
  }

  @Test
  void pickupReadySla_readyAfterThePromise_isTheStoresViolation() {
    Assessment a = journey().with(pickupOrder("o1", "store", 0).promisedBy(at(4)).build(),
            pickup("p1", "o1", "store", PickupOutcome.FULFILLED, 8).readyAt(at(6)).build())
        .assess("ACCESS-PICKUP-READY-SLA");
    assertThat(a.violations()).extracting(Violation::responsibleParty).containsExactly("store");
  }

  @Test
  void pickupReadySla_readyInTime_isSilent() {
    Assessment a = journey().with(pickupOrder("o1", "store", 0).promisedBy(at(4)).build(),
            pickup("p1", "o1", "store", PickupOutcome.FULFILLED, 8).readyAt(at(3)).build())
        .assess("ACCESS-PICKUP-READY-SLA");
    assertThat(a.violations()).isEmpty();
  }

  static Feed feed(String party, FeedType type, double ageHours) {
    return Feed.builder().id(party + "-" + type).party(party).type(type).lastUpdatedAt(at(0))
        .observedAt(at(ageHours)).build();
  }

  @Test
  void inventoryFeedFresh_staleFeed_isMediumThenHighAfter72Hours() {
    Assessment day = journey().feed(feed("dropship", FeedType.INVENTORY, 30)).assess("ACCESS-INVENTORY-FEED-FRESH");
    assertThat(day.violations()).singleElement().satisfies(v -> {
      assertThat(v.responsibleParty()).isEqualTo("dropship");
      assertThat(v.severity()).isEqualTo(Severity.MEDIUM);
      assertThat(v.journey()).isNull();
      assertThat(v.evidence()).extracting(e -> e.kind()).containsExactly("feed");
    });
    Assessment days = journey().feed(feed("dropship", FeedType.INVENTORY, 80)).assess("ACCESS-INVENTORY-FEED-FRESH");
    assertThat(days.violations()).extracting(Violation::severity).containsExactly(Severity.HIGH);
  }

  @Test
  void inventoryFeedFresh_freshFeed_andLooserAgreement_areSilent() {
    assertThat(journey().feed(feed("dropship", FeedType.INVENTORY, 20)).assess("ACCESS-INVENTORY-FEED-FRESH")
        .violations()).isEmpty();
    Agreement looser = Agreement.builder()
        .addTerms(Term.agreed("ACCESS-INVENTORY-FEED-FRESH", "maxAgeHours", 36, "weekly-batch annex")).build();
    assertThat(journey().agreement("dropship", looser).feed(feed("dropship", FeedType.INVENTORY, 30))
        .assess("ACCESS-INVENTORY-FEED-FRESH").violations()).isEmpty();
  }

  @Test
  void productFeedExpiry_olderThan30Days_isTheContentOwnersViolation() {
    Assessment a = journey().feed(feed("store", FeedType.PRODUCT, 31 * 24)).assess("ACCESS-PRODUCT-FEED-EXPIRY");
    assertThat(a.violations()).singleElement().satisfies(v -> {
      assertThat(v.responsibleParty()).isEqualTo("store");
      assertThat(v.severity()).isEqualTo(Severity.LOW);
    });
    assertThat(journey().feed(feed("store", FeedType.PRODUCT, 29 * 24)).assess("ACCESS-PRODUCT-FEED-EXPIRY")
        .violations()).isEmpty();
  }
}
