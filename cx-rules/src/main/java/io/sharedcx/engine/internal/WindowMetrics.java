package io.sharedcx.engine.internal;

import io.sharedcx.authoring.ComplaintCluster;
import io.sharedcx.model.Cancellation;
import io.sharedcx.model.Claim;
import io.sharedcx.model.ClaimType;
import io.sharedcx.model.Complaint;
import io.sharedcx.model.ComplaintReason;
import io.sharedcx.model.DelayCause;
import io.sharedcx.model.Delivery;
import io.sharedcx.model.Feedback;
import io.sharedcx.model.Freight;
import io.sharedcx.model.Fulfilment;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Order;
import io.sharedcx.model.Pickup;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Product;
import io.sharedcx.model.PurchaseOrder;
import io.sharedcx.model.ServiceAction;
import io.sharedcx.model.ServiceContact;
import io.sharedcx.model.Shipment;
import io.sharedcx.model.StockCheck;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.Comparison;
import io.sharedcx.model.finding.Evidence;
import io.sharedcx.model.finding.Window;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts the window metrics of a portfolio in one pass over its journeys, purchase orders and stock
 * audits: time and memory grow with the number of events, nothing is joined across journeys. Each
 * count says what was eligible, what counted and what was excluded, per standard and party.
 */
public final class WindowMetrics {
  /** Drivers kept per metric: enough to act on, bounded for large windows. */
  static final int MAX_DRIVERS = 10;

  /** A raw count for one standard and party. */
  public static final class Count {
    final String standard;
    final String measure;
    final String party;
    final Comparison comparison;
    long numerator;
    long denominator;
    long excluded;
    final List<String> drivers = new ArrayList<>();

    Count(String standard, String measure, String party, Comparison comparison) {
      this.standard = standard;
      this.measure = measure;
      this.party = party;
      this.comparison = comparison;
    }

    /** The standard. */
    public String standard() {
      return standard;
    }

    /** The party. */
    public String party() {
      return party;
    }

    void eligible(boolean counts, String eventId, boolean defect) {
      denominator++;
      if (counts) {
        numerator++;
      }
      if (defect && drivers.size() < MAX_DRIVERS) {
        drivers.add(eventId);
      }
    }
  }

  private final Window window;
  private final Map<String, Count> counts = new TreeMap<>();
  private final Map<String, List<Evidence>> clusters = new TreeMap<>();
  private final Map<String, String[]> clusterKeys = new HashMap<>();

  private WindowMetrics(Window window) {
    this.window = window;
  }

  /** Counts every window metric of {@code portfolio} over {@code window}, with {@code closeDays} to close a relayed complaint. */
  public static WindowMetrics of(Portfolio portfolio, Window window, double closeDays) {
    WindowMetrics metrics = new WindowMetrics(window);
    Map<String, String> brandOf = new HashMap<>();
    for (Product p : portfolio.products()) {
      brandOf.put(p.id(), p.brand());
    }
    for (Journey journey : portfolio.journeys()) {
      metrics.journey(journey, brandOf, closeDays);
    }
    for (PurchaseOrder po : portfolio.purchaseOrders()) {
      metrics.purchaseOrder(po);
    }
    for (StockCheck audit : portfolio.stockAudits()) {
      if (window.contains(audit.at())) {
        metrics.count("ACCESS-IN-STOCK-RATE", "audits in stock / stock audits", audit.party(), Comparison.AT_LEAST)
            .eligible(audit.available() > 0, audit.id(), audit.available() == 0);
      }
    }
    return metrics;
  }

  /** The counts, by standard then party. */
  public List<Count> counts() {
    return List.copyOf(counts.values());
  }

  /** The complaint clusters (outer-loop signals) of the window, largest first. */
  public List<ComplaintCluster> clusters() {
    List<ComplaintCluster> out = new ArrayList<>();
    clusters.forEach((key, complaints) -> {
      String[] k = clusterKeys.get(key);
      out.add(new ComplaintCluster(k[0], k[1], k[2], complaints));
    });
    out.sort((a, b) -> Integer.compare(b.count(), a.count()));
    return out;
  }

  private Count count(String standard, String measure, String party, Comparison comparison) {
    return counts.computeIfAbsent(standard + "\u0000" + party, k -> new Count(standard, measure, party, comparison));
  }

  private void journey(Journey journey, Map<String, String> brandOf, double closeDays) {
    Map<String, Order> orders = new HashMap<>();
    Map<String, Shipment> shipments = new HashMap<>();
    Map<String, Complaint> complaints = new HashMap<>();
    Set<String> defectiveOrders = new LinkedHashSet<>();
    List<ServiceContact> contacts = new ArrayList<>();
    for (Touchpoint t : journey.touchpoints()) {
      if (t instanceof Order o) {
        orders.put(o.id(), o);
      } else if (t instanceof Shipment s) {
        shipments.put(s.id(), s);
      } else if (t instanceof Complaint c) {
        complaints.put(c.id(), c);
      } else if (t instanceof ServiceContact c) {
        contacts.add(c);
      }
    }
    for (Touchpoint t : journey.touchpoints()) {
      if (t instanceof Shipment s && s.shippedAt() != null && window.contains(s.shippedAt())) {
        Order o = orders.get(s.order());
        if (o != null && o.expectedShipBy() != null) {
          boolean late = s.shippedAt().isAfter(o.expectedShipBy());
          count("SHIP-ON-TIME-DISPATCH", "late shipments / shipments with an expected ship date", s.packedBy(),
              Comparison.AT_MOST).eligible(late, s.id(), late);
        }
        boolean valid = s.trackingNumber() != null && !Boolean.FALSE.equals(s.trackingValid()) && s.firstScanAt() != null;
        count("SHIP-VALID-TRACKING", "shipments with valid tracking and a carrier scan / shipments", s.packedBy(),
            Comparison.AT_LEAST).eligible(valid, s.id(), !valid);
      } else if (t instanceof Delivery d && d.deliveredAt() != null && window.contains(d.deliveredAt())) {
        Shipment s = shipments.get(d.shipment());
        String party = s == null ? d.party() : s.carrier() != null ? s.carrier() : s.packedBy();
        Count c = count("DELIVERY-ON-TIME", "deliveries by the promised time / deliveries", party, Comparison.AT_LEAST);
        if (d.isLate() && d.delayCause() != DelayCause.UNKNOWN) {
          c.excluded++;
        } else {
          c.eligible(!d.isLate(), d.id(), d.isLate());
        }
      } else if (t instanceof Order o && window.contains(o.at())) {
        boolean cancelledBySeller = false;
        boolean buyerCancelled = false;
        boolean defect = false;
        for (Touchpoint u : journey.touchpoints()) {
          if (u instanceof Cancellation c && c.order().equals(o.id())) {
            if (c.isBuyerRequested()) {
              buyerCancelled = true;
            } else {
              cancelledBySeller = true;
            }
          } else if (u instanceof Feedback f && f.order().equals(o.id()) && f.isNegative()) {
            defect = true;
          } else if (u instanceof Claim c && c.order().equals(o.id())
              && (c.type() == ClaimType.GUARANTEE || c.type() == ClaimType.CHARGEBACK)) {
            defect = true;
          }
        }
        Count cancel = count("ACCESS-CANCEL-RATE", "seller-initiated cancellations / orders", o.seller(),
            Comparison.AT_MOST);
        if (buyerCancelled && !cancelledBySeller) {
          cancel.excluded++;
        } else {
          cancel.eligible(cancelledBySeller, o.id(), cancelledBySeller);
        }
        boolean anyDefect = defect || cancelledBySeller;
        count("ORDER-DEFECT-RATE", "orders with a defect (negative feedback, guarantee claim, chargeback, "
            + "seller cancellation) / orders", o.seller(), Comparison.AT_MOST).eligible(anyDefect, o.id(), anyDefect);
        if (anyDefect) {
          defectiveOrders.add(o.id());
        }
      } else if (t instanceof Pickup p && window.contains(p.at())) {
        Order o = orders.get(p.order());
        if (o != null && o.fulfilment() == Fulfilment.PICKUP) {
          Count c = count("ACCESS-PICKUP-STOCK-HONORED", "pickups not handed over for want of stock / pickups",
              o.pickupStore(), Comparison.AT_MOST);
          if (p.outcome() == io.sharedcx.model.PickupOutcome.CANCELLED_BY_CUSTOMER) {
            c.excluded++;
          } else {
            c.eligible(p.isStockFailure(), p.id(), p.isStockFailure());
          }
        }
      } else if (t instanceof ServiceContact relay && relay.action() == ServiceAction.RELAY && relay.to() != null
          && window.contains(relay.at())) {
        boolean closed = false;
        for (ServiceContact c : contacts) {
          closed |= c.complaint().equals(relay.complaint()) && c.action() == ServiceAction.RESOLUTION
              && c.party().equals(relay.to()) && c.rootCause() != null && !c.at().isBefore(relay.at())
              && Duration.between(relay.at(), c.at()).toMinutes() <= closeDays * 24 * 60;
        }
        count("SERVICE-COMPLAINT-CLOSE", "relayed complaints closed with a root cause in time / relayed complaints",
            relay.to(), Comparison.AT_LEAST).eligible(closed, relay.complaint(), !closed);
      }
      if (t instanceof Complaint c && window.contains(c.at())) {
        String rootCause = null;
        for (ServiceContact sc : contacts) {
          if (sc.complaint().equals(c.id()) && sc.action() == ServiceAction.RESOLUTION && sc.rootCause() != null) {
            rootCause = sc.rootCause();
          }
        }
        cluster(c, rootCause, brandOf);
      }
    }
  }

  /**
   * Groups a complaint by its root cause: the resolution's root-cause code when the case was closed with
   * one, else the complaint's reason; about the same product; owned by the brand for product, label and
   * packaging causes, else by the party at fault.
   */
  private void cluster(Complaint c, String rootCause, Map<String, String> brandOf) {
    String product = c.product();
    boolean brandCause = c.reason() == ComplaintReason.NOT_AS_DESCRIBED || c.reason() == ComplaintReason.PACKAGING;
    String owner = brandCause && product != null && brandOf.containsKey(product) ? brandOf.get(product)
        : c.about() != null ? c.about() : c.party();
    String cause = rootCause != null ? rootCause : c.reason().name();
    String key = owner + "\u0000" + cause + "\u0000" + product;
    clusterKeys.putIfAbsent(key, new String[] {owner, cause, product});
    clusters.computeIfAbsent(key, k -> new ArrayList<>()).add(Evidence.of(c.id(), "complaint"));
  }

  private void purchaseOrder(PurchaseOrder po) {
    if (!window.contains(po.mustArriveBy())) {
      return;
    }
    Count c = count("ACCESS-SUPPLIER-OTIF", "purchase orders on time and in full / purchase orders", po.supplier(),
        Comparison.AT_LEAST);
    boolean otif = po.isOnTime() && po.isInFull();
    if (!po.isOnTime() && po.isInFull() && po.freight() == Freight.COLLECT) {
      // The buyer's own carrier was late: transit is not the supplier's.
      c.excluded++;
    } else {
      c.eligible(otif, po.id(), !otif);
    }
  }
}
