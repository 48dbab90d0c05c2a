package io.sharedcx.rules.access;

import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.fulfilment.FulfilmentFixtures.agreed;
import static io.sharedcx.rules.fulfilment.FulfilmentFixtures.feed;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.FeedType;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import org.junit.jupiter.api.Test;

class InventoryFeedFreshTest {
  static final String ID = "ACCESS-INVENTORY-FEED-FRESH";

  @Test
  void feedOlderThanADay_isAMediumViolationOfTheFeedOwner() {
    Assessment a = journey().feed(feed("dropship", FeedType.INVENTORY, 30)).assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.standard()).isEqualTo(ID);
              assertThat(v.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(v.responsibleParty()).isEqualTo("dropship");
              assertThat(v.journey()).isNull();
              assertThat(v.message()).contains("30 h", "limit 24 h");
              assertThat(v.evidence())
                  .extracting(e -> e.id(), e -> e.kind())
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple("dropship-INVENTORY", "feed"));
              assertThat(a.recommendationsFor(v))
                  .singleElement()
                  .satisfies(
                      r -> {
                        assertThat(r.owner()).isEqualTo("dropship");
                        assertThat(r.action()).contains("zero out or suppress");
                        assertThat(r.dueBy()).isEqualTo(v.at().plusSeconds(24 * 3600));
                      });
            });
  }

  @Test
  void feedOlderThan72Hours_escalatesToHigh_once() {
    Assessment a = journey().feed(feed("dropship", FeedType.INVENTORY, 80)).assess(ID);
    assertThat(a.violations()).extracting(Violation::severity).containsExactly(Severity.HIGH);
  }

  @Test
  void freshFeed_orAnotherKindOfFeed_isSilent() {
    assertThat(journey().feed(feed("dropship", FeedType.INVENTORY, 20)).assess(ID).violations())
        .isEmpty();
    assertThat(journey().feed(feed("dropship", FeedType.PRICE, 80)).assess(ID).violations())
        .isEmpty();
  }

  @Test
  void agreedLimits_moveBothSteps() {
    assertThat(
            journey()
                .agreement("dropship", agreed(ID, "maxAgeHours", 36))
                .feed(feed("dropship", FeedType.INVENTORY, 30))
                .assess(ID)
                .violations())
        .isEmpty();
    assertThat(
            journey()
                .agreement("dropship", agreed(ID, "escalateAfterHours", 100))
                .feed(feed("dropship", FeedType.INVENTORY, 80))
                .assess(ID)
                .violations())
        .extracting(Violation::severity)
        .containsExactly(Severity.MEDIUM);
  }
}
