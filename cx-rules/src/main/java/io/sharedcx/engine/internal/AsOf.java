package io.sharedcx.engine.internal;

import io.sharedcx.model.Delivery;
import io.sharedcx.model.Feed;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Pickup;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.PurchaseOrder;
import io.sharedcx.model.Shipment;
import io.sharedcx.model.Touchpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What was known at an instant: a touchpoint is known from its {@code at}; a later time inside a known
 * touchpoint (a parcel's first carrier scan, a delivery, a pickup's ready time, a purchase order's
 * receipt) had not happened yet and is left out; a touchpoint about one not yet known (the delivery of a
 * parcel whose shipment record came later) is not known either. "Now" for every rule is the instant.
 */
public final class AsOf {
  private AsOf() {}

  /**
   * The portfolio as known at {@code asOf}: every journey cut there and observed then, feeds as last
   * seen by then (observed at the earlier of their observation and {@code asOf}; unknown when updated
   * later), purchase orders placed by then, stock audits made by then.
   */
  public static Portfolio portfolio(Portfolio portfolio, Instant asOf) {
    return Portfolio.builder()
        .from(portfolio)
        .journeys(portfolio.journeys().stream().map(j -> journey(j, asOf)).toList())
        .feeds(feeds(portfolio.feeds(), asOf))
        .purchaseOrders(purchaseOrders(portfolio.purchaseOrders(), asOf))
        .stockAudits(portfolio.stockAudits().stream().filter(s -> !s.at().isAfter(asOf)).toList())
        .build();
  }

  /** The portfolio-level facts of {@code parties} as known at {@code asOf}; its journeys untouched. */
  public static Portfolio parties(Portfolio parties, Instant asOf) {
    return Portfolio.builder()
        .from(parties)
        .feeds(feeds(parties.feeds(), asOf))
        .purchaseOrders(purchaseOrders(parties.purchaseOrders(), asOf))
        .stockAudits(parties.stockAudits().stream().filter(s -> !s.at().isAfter(asOf)).toList())
        .build();
  }

  /**
   * The journey as known at {@code asOf}, observed then: {@code journey} itself when it is already
   * observed then and every touchpoint is known whole.
   */
  public static Journey journey(Journey journey, Instant asOf) {
    List<Touchpoint> known = new ArrayList<>();
    boolean whole = true;
    for (Touchpoint t : journey.touchpoints()) {
      if (!t.at().isAfter(asOf)) {
        Touchpoint cut = cut(t, asOf);
        whole &= cut == t;
        known.add(cut);
      } else {
        whole = false;
      }
    }
    if (whole && asOf.equals(journey.observedAt())) {
      // Nothing is cut and it is observed then: building it again would give an equal journey.
      return journey;
    }
    // A touchpoint about an unknown one is unknown: repeat until nothing more goes (at most three
    // levels: order, shipment, delivery; order, complaint, service contact).
    boolean dropped = true;
    while (dropped) {
      Set<String> ids = new HashSet<>();
      known.forEach(t -> ids.add(t.id()));
      dropped = known.removeIf(t -> !ids.containsAll(t.touchpointReferences().values()));
    }
    return Journey.builder().from(journey).touchpoints(known).observedAt(asOf).build();
  }

  private static Touchpoint cut(Touchpoint t, Instant asOf) {
    if (t instanceof Shipment s && after(s.firstScanAt(), asOf)) {
      return Shipment.builder().from(s).firstScanAt(null).build();
    }
    if (t instanceof Delivery d && after(d.deliveredAt(), asOf)) {
      return Delivery.builder().from(d).deliveredAt(null).build();
    }
    if (t instanceof Pickup p && after(p.readyAt(), asOf)) {
      return Pickup.builder().from(p).readyAt(null).build();
    }
    return t;
  }

  private static List<Feed> feeds(List<Feed> feeds, Instant asOf) {
    List<Feed> known = new ArrayList<>();
    for (Feed f : feeds) {
      if (!f.lastUpdatedAt().isAfter(asOf)) {
        known.add(
            f.observedAt().isAfter(asOf) ? Feed.builder().from(f).observedAt(asOf).build() : f);
      }
    }
    return known;
  }

  private static List<PurchaseOrder> purchaseOrders(List<PurchaseOrder> orders, Instant asOf) {
    List<PurchaseOrder> known = new ArrayList<>();
    for (PurchaseOrder po : orders) {
      if (!po.placedAt().isAfter(asOf)) {
        known.add(
            after(po.receivedAt(), asOf)
                ? PurchaseOrder.builder().from(po).receivedAt(null).quantityReceived(0).build()
                : po);
      }
    }
    return known;
  }

  private static boolean after(@Nullable Instant at, Instant asOf) {
    return at != null && at.isAfter(asOf);
  }
}
