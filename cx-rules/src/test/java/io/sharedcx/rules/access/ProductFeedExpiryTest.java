package io.sharedcx.rules.access;

import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.fulfilment.FulfilmentFixtures.agreed;
import static io.sharedcx.rules.fulfilment.FulfilmentFixtures.feed;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.FeedType;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Severity;
import org.junit.jupiter.api.Test;

class ProductFeedExpiryTest {
  static final String ID = "ACCESS-PRODUCT-FEED-EXPIRY";

  @Test
  void productDataOlderThan30Days_isTheContentOwnersViolation() {
    Assessment a = journey().feed(feed("store", FeedType.PRODUCT, 31 * 24)).assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.standard()).isEqualTo(ID);
              assertThat(v.severity()).isEqualTo(Severity.LOW);
              assertThat(v.responsibleParty()).isEqualTo("store");
              assertThat(v.message()).contains("31 days", "limit 30 days");
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("store-PRODUCT");
              assertThat(a.recommendationsFor(v))
                  .singleElement()
                  .satisfies(
                      r -> {
                        assertThat(r.owner()).isEqualTo("store");
                        assertThat(r.action()).contains("Schedule the product feed");
                        assertThat(r.dueBy()).isEqualTo(v.at().plusSeconds(168 * 3600));
                      });
            });
  }

  @Test
  void productDataWithinTheWindow_orAnInventoryFeed_isSilent() {
    assertThat(journey().feed(feed("store", FeedType.PRODUCT, 29 * 24)).assess(ID).violations())
        .isEmpty();
    assertThat(journey().feed(feed("store", FeedType.INVENTORY, 31 * 24)).assess(ID).violations())
        .isEmpty();
  }

  @Test
  void agreed45DayWindow_keepsA31DayOldFeedCurrent() {
    assertThat(
            journey()
                .agreement("store", agreed(ID, "maxAgeDays", 45))
                .feed(feed("store", FeedType.PRODUCT, 31 * 24))
                .assess(ID)
                .violations())
        .isEmpty();
  }
}
