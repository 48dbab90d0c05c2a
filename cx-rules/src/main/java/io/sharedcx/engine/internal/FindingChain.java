package io.sharedcx.engine.internal;

import io.sharedcx.model.Cancellation;
import io.sharedcx.model.Claim;
import io.sharedcx.model.Complaint;
import io.sharedcx.model.Delivery;
import io.sharedcx.model.Feedback;
import io.sharedcx.model.Order;
import io.sharedcx.model.Partnership;
import io.sharedcx.model.Pickup;
import io.sharedcx.model.Product;
import io.sharedcx.model.PurchaseOrder;
import io.sharedcx.model.Shipment;
import io.sharedcx.model.StatusUpdate;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.Violation;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The chain a finding of one group of facts (a journey, the portfolio-level facts, a window's metrics)
 * sits in: the party the customer dealt with, the brand whose promise it was, and the partnership in
 * force for the responsible party. Rules write nothing for it: it is read from the evidence they cite
 * and from the partnerships.
 *
 * <ul>
 *   <li>The customer-facing party is the seller of record of the order the evidence concerns (an order,
 *       or a parcel, delivery, pickup, cancellation, status, complaint, claim or feedback of one); else the
 *       nearest brand, retailer or marketplace in the responsible party's chain of principals.
 *   <li>The brand is the brand of the products the evidence names (of those the responsible party
 *       handled, when they are several brands'; then the smallest id); else the brand at the top of the
 *       responsible party's chain.
 * </ul>
 */
public final class FindingChain {
  /** A finding's place in its chain; any part may be null when unknown. */
  public record Link(
      @Nullable String customerFacing, @Nullable String brand, @Nullable String partnership) {}

  private final PartnershipsInForce inForce;
  private final Set<String> brands;
  private final Set<String> parties;
  private final Function<String, @Nullable String> partnershipOf;
  private final Map<String, Order> orders = new HashMap<>();
  private final Map<String, Shipment> shipments = new HashMap<>();

  /**
   * The chain of findings among {@code facts}.
   *
   * @param inForce the run's partnerships in force
   * @param facts the facts assessed together (orders and parcels are looked up among them)
   * @param brands the brands the facts concern
   * @param parties the parties the facts name
   * @param partnershipOf the partnership in force for a party in these facts; null when none
   */
  public FindingChain(
      PartnershipsInForce inForce,
      List<Object> facts,
      Set<String> brands,
      Set<String> parties,
      Function<String, @Nullable String> partnershipOf) {
    this.inForce = inForce;
    this.brands = brands;
    this.parties = parties;
    this.partnershipOf = partnershipOf;
    for (Object fact : facts) {
      if (fact instanceof Order o) {
        orders.put(o.id(), o);
      } else if (fact instanceof Shipment s) {
        shipments.put(s.id(), s);
      }
    }
  }

  /**
   * The link of a finding against {@code party} resting on {@code evidence}.
   *
   * @param party the responsible party
   * @param evidence the facts the rule cited
   * @return its customer-facing party, brand and partnership in force
   */
  public Link of(String party, Object[] evidence) {
    MetricResult metric = metric(evidence);
    String partnership = metric != null ? metric.partnership() : partnershipOf.apply(party);
    List<String> chain = chainOf(party, metric == null ? null : inForce.byId(partnership));
    Violation cited = violation(evidence);
    Order order = order(evidence);
    String customerFacing =
        order != null
            ? order.seller()
            : cited != null && cited.customerFacingParty() != null
                ? cited.customerFacingParty()
                : inForce.customerFacing(chain);
    Set<String> named = new TreeSet<>();
    Set<String> handled = new TreeSet<>();
    brandsOf(evidence, party, named, handled);
    String brand =
        !handled.isEmpty()
            ? handled.iterator().next()
            : !named.isEmpty()
                ? named.iterator().next()
                : cited != null && cited.brand() != null
                    ? cited.brand()
                    : inForce.brandAtTop(chain);
    return new Link(customerFacing, brand, partnership);
  }

  /**
   * Whether {@code party} serves a principal in {@code partnership}: the partnership under which that
   * principal holds it to account.
   *
   * @param partnership a partnership id, or null
   * @param party a party
   * @return whether the party is the partnership's partner
   */
  public boolean serves(@Nullable String partnership, String party) {
    Partnership p = inForce.byId(partnership);
    return p != null && p.partner().equals(party);
  }

  /** The party and its principals: for a metric, up from the principal of its partnership. */
  private List<String> chainOf(String party, @Nullable Partnership metricPartnership) {
    if (metricPartnership == null || !metricPartnership.partner().equals(party)) {
      return inForce.chain(party, brands, parties);
    }
    List<String> chain = new java.util.ArrayList<>();
    chain.add(party);
    for (String above : inForce.chain(metricPartnership.principal(), brands, parties)) {
      if (chain.contains(above)) {
        break;
      }
      chain.add(above);
    }
    return chain;
  }

  private static @Nullable Violation violation(Object[] evidence) {
    for (Object fact : evidence) {
      if (fact instanceof Violation v) {
        return v;
      } else if (fact instanceof Collection<?> many) {
        Violation v = violation(many.toArray());
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  private static @Nullable MetricResult metric(Object[] evidence) {
    for (Object fact : evidence) {
      if (fact instanceof MetricResult m) {
        return m;
      }
    }
    return null;
  }

  /** The order the evidence concerns: cited itself, or by one of its touchpoints; null when none. */
  private @Nullable Order order(Object[] evidence) {
    for (Object fact : evidence) {
      if (fact instanceof Order o) {
        return o;
      }
    }
    for (Object fact : evidence) {
      Order o = null;
      if (fact instanceof Collection<?> many) {
        o = order(many.toArray());
      } else if (fact instanceof Touchpoint t) {
        o = orders.get(orderId(t));
      }
      if (o != null) {
        return o;
      }
    }
    return null;
  }

  private @Nullable String orderId(Touchpoint t) {
    if (t instanceof Shipment s) {
      return s.order();
    } else if (t instanceof Delivery d) {
      Shipment s = shipments.get(d.shipment());
      return s == null ? null : s.order();
    } else if (t instanceof Pickup p) {
      return p.order();
    } else if (t instanceof Cancellation c) {
      return c.order();
    } else if (t instanceof StatusUpdate u) {
      return u.order();
    } else if (t instanceof Complaint c) {
      return c.order();
    } else if (t instanceof Claim c) {
      return c.order();
    } else if (t instanceof Feedback f) {
      return f.order();
    }
    return null;
  }

  /**
   * The brands of the products the evidence names, into {@code named}, and of those named by facts
   * {@code party} handled (its own touchpoints, parcels it packed), into {@code handled}.
   */
  private void brandsOf(Object[] evidence, String party, Set<String> named, Set<String> handled) {
    Map<String, Product> products = inForce.portfolio().productsById();
    for (Object fact : evidence) {
      if (fact instanceof Collection<?> many) {
        brandsOf(many.toArray(), party, named, handled);
      } else if (fact instanceof Product p) {
        named.add(p.brand());
      } else if (fact instanceof PurchaseOrder po) {
        Product p = products.get(po.product());
        if (p != null) {
          named.add(p.brand());
          if (po.supplier().equals(party) || po.buyer().equals(party)) {
            handled.add(p.brand());
          }
        }
      } else if (fact instanceof Touchpoint t) {
        boolean own = t.party().equals(party) || t.partyReferences().containsValue(party);
        for (String id : t.productReferences()) {
          Product p = products.get(id);
          if (p != null) {
            named.add(p.brand());
            if (own) {
              handled.add(p.brand());
            }
          }
        }
      }
    }
  }
}
