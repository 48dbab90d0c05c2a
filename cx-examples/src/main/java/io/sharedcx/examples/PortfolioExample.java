package io.sharedcx.examples;

import io.sharedcx.model.Brand;
import io.sharedcx.model.CancelReason;
import io.sharedcx.model.Cancellation;
import io.sharedcx.model.CancelledBy;
import io.sharedcx.model.Channel;
import io.sharedcx.model.Customer;
import io.sharedcx.model.Delivery;
import io.sharedcx.model.Feedback;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Order;
import io.sharedcx.model.OrderLine;
import io.sharedcx.model.Partner;
import io.sharedcx.model.PartnerRole;
import io.sharedcx.model.Partnership;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Product;
import io.sharedcx.model.Shipment;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.Window;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A month of generated orders for a brand's drop-ship partners: one healthy (a late-shipment rate that
 * is within its limit but at risk), one failing (late, untracked, cancelling, defective), and one too
 * new to judge. The same inputs always give the same portfolio.
 */
public final class PortfolioExample {
  /** The healthy partner. */
  public static final String HEALTHY = "steady-supply";

  /** The failing partner. */
  public static final String FAILING = "rush-fulfilment";

  /** A partner with too few orders to judge. */
  public static final String NEW = "new-partner";

  /** March 2026. */
  public static final Window MARCH =
      Window.of(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));

  private PortfolioExample() {}

  /**
   * The portfolio: {@code orders} orders for each established partner and 20 for the new one.
   *
   * @param orders orders per established partner (at least 100 for stable rates)
   * @return the portfolio
   */
  public static Portfolio portfolio(int orders) {
    return portfolio(orders, null);
  }

  /** When the bundled month of orders was observed: the month so far, for projections. */
  public static final Instant OBSERVED = Instant.parse("2026-03-22T12:00:00Z");

  /**
   * The month as it was known at {@code until}: the orders placed before it, and of each only what had
   * happened by then (a parcel not yet shipped is absent, one not yet delivered is on its way), each
   * journey observed at {@code until}. The bundled {@code month-of-orders.json} is
   * {@code portfolio(400, OBSERVED)}.
   *
   * @param orders orders per established partner over the whole month
   * @param until the instant the month is observed at; null for the whole month
   * @return the portfolio
   */
  public static Portfolio portfolio(int orders, Instant until) {
    List<Journey> journeys = new ArrayList<>();
    // per 100 orders: late shipments, untracked parcels, late deliveries, seller cancellations,
    // 1-star ratings
    addOrders(journeys, HEALTHY, orders, new int[] {3, 1, 1, 1, 0}, until);
    addOrders(journeys, FAILING, orders, new int[] {12, 10, 9, 5, 3}, until);
    addOrders(journeys, NEW, 20, new int[] {10, 10, 10, 10, 10}, until);
    var portfolio =
        Portfolio.builder()
            .addBrands(Brand.builder().id("pantry").name("Pantry Goods").build())
            .addPartners(
                Partner.builder()
                    .id("parcelco")
                    .name("ParcelCo")
                    .addRoles(PartnerRole.CARRIER)
                    .build())
            .addProducts(
                Product.builder().id("tea-box").name("Tea selection box").brand("pantry").build())
            .addCustomers(Customer.builder().id("shopper").build());
    for (String partner : List.of(HEALTHY, FAILING, NEW)) {
      portfolio
          .addPartners(
              Partner.builder()
                  .id(partner)
                  .name(partner)
                  .addRoles(PartnerRole.DROP_SHIP_SUPPLIER)
                  .build())
          .addPartnerships(
              Partnership.builder()
                  .id("pantry-" + partner)
                  .brand("pantry")
                  .partner(partner)
                  .build());
    }
    return portfolio.addAllJourneys(journeys).build();
  }

  private static boolean known(Instant at, Instant until) {
    return until == null || !at.isAfter(until);
  }

  private static void addOrders(
      List<Journey> journeys, String partner, int orders, int[] per100, Instant until) {
    for (int i = 0; i < orders; i++) {
      int slot = i % 100;
      Instant placed = MARCH.from().plusSeconds(3600L + (long) i * 86_400L * 25 / orders);
      if (!known(placed, until)) {
        continue;
      }
      String id = partner + "-" + i;
      List<Touchpoint> tps = new ArrayList<>();
      tps.add(
          Order.builder()
              .id(id)
              .at(placed)
              .channel(Channel.WEB)
              .party("pantry")
              .seller(partner)
              .addLines(OrderLine.of("tea-box", 1))
              .expectedShipBy(placed.plusSeconds(48 * 3600))
              .promisedBy(placed.plusSeconds(120 * 3600))
              .build());
      if (slot >= 100 - per100[3] && known(placed.plusSeconds(7200), until)) {
        tps.add(
            Cancellation.builder()
                .id(id + "-x")
                .at(placed.plusSeconds(7200))
                .channel(Channel.EMAIL)
                .party(partner)
                .order(id)
                .initiatedBy(CancelledBy.SELLER)
                .reason(CancelReason.OUT_OF_STOCK)
                .build());
      } else if (slot < 100 - per100[3]) {
        boolean late = slot < per100[0];
        boolean untracked = slot >= per100[0] && slot < per100[0] + per100[1];
        boolean lateDelivery = slot >= 50 && slot < 50 + per100[2];
        Instant shipped = placed.plusSeconds((late ? 60 : 20) * 3600L);
        Instant delivered = placed.plusSeconds((lateDelivery ? 130 : 90) * 3600L);
        Instant scanned = shipped.plusSeconds(3600);
        if (!known(shipped, until)) {
          journeys.add(journey(id, tps, until));
          continue;
        }
        boolean arrived = known(delivered, until);
        tps.add(
            Shipment.builder()
                .id(id + "-s")
                .at(arrived ? delivered : shipped)
                .channel(Channel.PARCEL)
                .party(partner)
                .order(id)
                .packedBy(partner)
                .carrier("parcelco")
                .addProducts("tea-box")
                .shippedAt(shipped)
                .trackingNumber(untracked ? null : "PC" + i)
                .trackingValid(untracked ? null : Boolean.TRUE)
                .firstScanAt(untracked || !known(scanned, until) ? null : scanned)
                .build());
        tps.add(
            Delivery.builder()
                .id(id + "-d")
                .at(arrived ? delivered : shipped)
                .channel(Channel.PARCEL)
                .party("parcelco")
                .shipment(id + "-s")
                .promisedBy(placed.plusSeconds(120 * 3600))
                .deliveredAt(arrived ? delivered : null)
                .build());
        if (slot >= 80 && slot < 80 + per100[4] && known(delivered.plusSeconds(3600), until)) {
          tps.add(
              Feedback.builder()
                  .id(id + "-f")
                  .at(delivered.plusSeconds(3600))
                  .channel(Channel.WEB)
                  .party(partner)
                  .order(id)
                  .rating(1)
                  .build());
        }
      }
      journeys.add(journey(id, tps, until));
    }
  }

  private static Journey journey(String id, List<Touchpoint> tps, Instant until) {
    return Journey.builder()
        .id("journey-" + id)
        .customer("shopper")
        .addAllTouchpoints(tps)
        .observedAt(until)
        .build();
  }
}
