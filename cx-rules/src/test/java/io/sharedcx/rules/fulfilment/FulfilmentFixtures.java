package io.sharedcx.rules.fulfilment;

import static io.sharedcx.rules.Given.at;

import io.sharedcx.model.Agreement;
import io.sharedcx.model.CancelReason;
import io.sharedcx.model.Cancellation;
import io.sharedcx.model.CancelledBy;
import io.sharedcx.model.Channel;
import io.sharedcx.model.Delivery;
import io.sharedcx.model.Feed;
import io.sharedcx.model.FeedType;
import io.sharedcx.model.OrderStatus;
import io.sharedcx.model.StatusUpdate;
import io.sharedcx.model.Term;

/**
 * Fixture builders for the fulfilment and access standards, beside {@link io.sharedcx.rules.Given}: status
 * messages, deliveries, cancellations, feeds and one-term agreements. Times are hours after
 * {@link io.sharedcx.rules.Given#T0}.
 */
public final class FulfilmentFixtures {
  private FulfilmentFixtures() {}

  /** A status message about {@code order} shown by {@code party}. */
  public static StatusUpdate status(
      String id, String order, String party, OrderStatus status, double hours) {
    return StatusUpdate.builder()
        .id(id)
        .at(at(hours))
        .channel(Channel.EMAIL)
        .party(party)
        .order(order)
        .status(status)
        .build();
  }

  /** A delivery by the carrier {@code carrier}, promised at {@code promised} and made at {@code delivered}. */
  public static Delivery delivered(
      String id, String shipment, String carrier, double promised, double delivered) {
    return Delivery.builder()
        .id(id)
        .at(at(delivered))
        .channel(Channel.PARCEL)
        .party(carrier)
        .shipment(shipment)
        .promisedBy(at(promised))
        .deliveredAt(at(delivered))
        .build();
  }

  /** A delivery promised at {@code promised} and still awaited when looked at, at {@code hours}. */
  public static Delivery awaited(
      String id, String shipment, String carrier, double promised, double hours) {
    return Delivery.builder()
        .id(id)
        .at(at(hours))
        .channel(Channel.PARCEL)
        .party(carrier)
        .shipment(shipment)
        .promisedBy(at(promised))
        .build();
  }

  /** An order cancelled by its seller, told to the customer by {@code party}. */
  public static Cancellation cancelled(String id, String order, String party, double hours) {
    return Cancellation.builder()
        .id(id)
        .at(at(hours))
        .channel(Channel.EMAIL)
        .party(party)
        .order(order)
        .initiatedBy(CancelledBy.SELLER)
        .reason(CancelReason.UNFULFILLABLE)
        .build();
  }

  /** A feed of {@code party}, last updated at T0 and observed {@code ageHours} later. */
  public static Feed feed(String party, FeedType type, double ageHours) {
    return Feed.builder()
        .id(party + "-" + type)
        .party(party)
        .type(type)
        .lastUpdatedAt(at(0))
        .observedAt(at(ageHours))
        .build();
  }

  /** An agreement that only sets {@code standard}'s {@code key} to {@code value}. */
  public static Agreement agreed(String standard, String key, double value) {
    return Agreement.builder()
        .addTerms(Term.agreed(standard, key, value, "partnership annex, clause 2"))
        .build();
  }
}
