package io.sharedcx.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Channel;
import io.sharedcx.model.Delivery;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Order;
import io.sharedcx.model.OrderLine;
import io.sharedcx.model.Shipment;
import io.sharedcx.model.Touchpoint;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AsOfTest {
  private static final Instant ORDERED = Instant.parse("2026-03-02T10:00:00Z");

  private static Journey journey(Instant observedAt) {
    Order order =
        Order.builder()
            .id("o1")
            .at(ORDERED)
            .channel(Channel.WEB)
            .party("site")
            .seller("site")
            .addLines(OrderLine.of("choc", 1))
            .build();
    Shipment parcel =
        Shipment.builder()
            .id("s1")
            .at(ORDERED.plusSeconds(3600))
            .channel(Channel.PARCEL)
            .party("site")
            .order("o1")
            .packedBy("site")
            .carrier("post")
            .addProducts("choc")
            .firstScanAt(ORDERED.plusSeconds(7200))
            .build();
    Delivery delivery =
        Delivery.builder()
            .id("d1")
            .at(ORDERED.plusSeconds(86_400))
            .channel(Channel.PARCEL)
            .party("post")
            .shipment("s1")
            .promisedBy(ORDERED.plusSeconds(3 * 86_400))
            .deliveredAt(ORDERED.plusSeconds(86_400))
            .build();
    return Journey.builder()
        .id("j1")
        .customer("c1")
        .addTouchpoints(order, parcel, delivery)
        .observedAt(observedAt)
        .build();
  }

  @Test
  void aJourneyAlreadyObservedThenWithNothingToCut_isGivenBackAsItIs() {
    Instant end = ORDERED.plusSeconds(2 * 86_400);
    Journey whole = journey(end);

    assertThat(AsOf.journey(whole, end)).isSameAs(whole);
    // Observed later, or not said: the same touchpoints, observed then.
    Journey later = journey(end.plusSeconds(60));
    assertThat(AsOf.journey(later, end))
        .isNotSameAs(later)
        .isEqualTo(Journey.builder().from(later).observedAt(end).build());
  }

  @Test
  void whatHadNotHappenedYetIsCut_andTheJourneyIsObservedThen() {
    Journey whole = journey(ORDERED.plusSeconds(2 * 86_400));

    // After the hand-over, before the first scan: the scan is cut, the delivery not yet known.
    Instant handedOver = ORDERED.plusSeconds(5400);
    Journey then = AsOf.journey(whole, handedOver);

    assertThat(then.observedAt()).isEqualTo(handedOver);
    assertThat(then.touchpoints()).extracting(Touchpoint::id).containsExactly("o1", "s1");
    assertThat(then.touchpoints(Shipment.class).get(0).firstScanAt()).isNull();
    // Before the order: nothing is known.
    assertThat(AsOf.journey(whole, ORDERED.minusSeconds(1)).touchpoints()).isEmpty();
  }
}
