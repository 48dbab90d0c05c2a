package io.sharedcx.benchmarks;

import io.sharedcx.authoring.Hours;
import io.sharedcx.model.Cancellation;
import io.sharedcx.model.Complaint;
import io.sharedcx.model.ComplaintReason;
import io.sharedcx.model.ContentIssue;
import io.sharedcx.model.DelayCause;
import io.sharedcx.model.Delivery;
import io.sharedcx.model.Disposition;
import io.sharedcx.model.Fulfilment;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Offer;
import io.sharedcx.model.Order;
import io.sharedcx.model.OrderStatus;
import io.sharedcx.model.Pickup;
import io.sharedcx.model.ServiceAction;
import io.sharedcx.model.ServiceContact;
import io.sharedcx.model.Shipment;
import io.sharedcx.model.StatusUpdate;
import io.sharedcx.model.StockCheck;
import io.sharedcx.model.Touchpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The journey-level and event-level standards the generated journeys exercise, hand-written as plain loops over the
 * same immutable facts: the cost floor the engine is measured against, and an oracle its findings are
 * checked against. It assumes the pack's default thresholds (no agreed overrides).
 */
public final class ReferenceEvaluator {
  /** The standards this reference implements. */
  public static final Set<String> STANDARDS =
      Set.of(
          "PROMISE-PACKAGING-PROTECTIVE",
          "PROMISE-PACKING-SLIP-BRANDING",
          "PROMISE-ITEM-AS-DESCRIBED",
          "JOURNEY-SHIPMENT-CONSISTENCY",
          "ACCESS-STOCK-VISIBLE",
          "ACCESS-PICKUP-STOCK-HONORED",
          "SERVICE-COMPLAINT-RELAY",
          "SERVICE-RELATIONSHIP-OWNER",
          "ACCESS-PICKUP-READY-SLA",
          "SHIP-ON-TIME-DISPATCH",
          "SHIP-VALID-TRACKING",
          "ORDER-STATUS-ACCURATE",
          "DELIVERY-ON-TIME",
          "SERVICE-RESPONSE-TIME",
          "SERVICE-COMPLAINT-CLOSE",
          "SERVICE-HISTORY-LINKED");

  static final double MAX_STOCK_DATA_AGE_HOURS = 24;
  static final double MAX_CHECK_DELAY_HOURS = 24;
  static final double MAX_RELAY_HOURS = 24;
  static final double MAX_HOURS_TO_FIRST_SCAN = 48;
  static final double MAX_HOURS_TO_CARRIER_SCAN = 48;
  static final double MAX_HANDLING_HOURS = 48;
  static final double CANCEL_AFTER_DAYS_PAST_SHIP_DATE = 4;
  static final double DELIVERY_GRACE_HOURS = 0;
  static final double DEFAULT_READY_HOURS = 24;
  static final double MAX_RESPONSE_HOURS = 24;
  static final double MAX_REGULATOR_RESPONSE_HOURS = 1;
  static final double ACK_HOURS = 48;
  static final double CLOSE_HOURS = 7 * 24;
  static final Set<ComplaintReason> ORDER_REASONS =
      Set.of(
          ComplaintReason.DAMAGED,
          ComplaintReason.MELTED,
          ComplaintReason.LATE,
          ComplaintReason.WRONG_ITEM,
          ComplaintReason.NOT_AS_DESCRIBED,
          ComplaintReason.OUT_OF_STOCK,
          ComplaintReason.PACKAGING);

  /** The violations of one journey. */
  public List<Finding> assess(Journey journey) {
    List<Finding> out = new ArrayList<>();
    String j = journey.id();
    Map<String, Order> orders = new HashMap<>();
    List<Shipment> shipments = new ArrayList<>();
    List<Offer> offers = new ArrayList<>();
    List<StockCheck> checks = new ArrayList<>();
    List<Pickup> pickups = new ArrayList<>();
    List<Complaint> complaints = new ArrayList<>();
    List<ServiceContact> contacts = new ArrayList<>();
    List<StatusUpdate> statuses = new ArrayList<>();
    List<Delivery> deliveries = new ArrayList<>();
    Map<String, Shipment> shipmentsById = new HashMap<>();
    Set<String> cancelledOrders = new HashSet<>();
    Set<String> shippedOrders = new HashSet<>();
    Instant observed = journey.observedUntil();
    for (Touchpoint t : journey.touchpoints()) {
      if (t instanceof StatusUpdate u) {
        statuses.add(u);
      } else if (t instanceof Delivery d) {
        deliveries.add(d);
      } else if (t instanceof Shipment s) {
        shipmentsById.put(s.id(), s);
        shippedOrders.add(s.order());
      } else if (t instanceof Cancellation c) {
        cancelledOrders.add(c.order());
      }
      if (t instanceof Order o) {
        orders.put(o.id(), o);
      } else if (t instanceof Shipment s) {
        shipments.add(s);
      } else if (t instanceof Offer o) {
        offers.add(o);
      } else if (t instanceof StockCheck c) {
        checks.add(c);
      } else if (t instanceof Pickup p) {
        pickups.add(p);
      } else if (t instanceof Complaint c) {
        complaints.add(c);
      } else if (t instanceof ServiceContact c) {
        contacts.add(c);
      }
    }

    for (Shipment s : shipments) {
      Order o = orders.get(s.order());
      if (s.shippedAt() != null) {
        if (s.trackingNumber() == null || Boolean.FALSE.equals(s.trackingValid())) {
          out.add(new Finding(j, "SHIP-VALID-TRACKING", s.packedBy(), List.of(s.id())));
        } else if (Boolean.TRUE.equals(s.trackingValid())
            && s.firstScanAt() == null
            && s.carrier() != null
            && Hours.between(s.shippedAt(), observed) > MAX_HOURS_TO_CARRIER_SCAN) {
          out.add(new Finding(j, "SHIP-VALID-TRACKING", s.carrier(), List.of(s.id())));
        }
        if (o != null && o.expectedShipBy() != null) {
          boolean confirmedLate = s.shippedAt().isAfter(o.expectedShipBy());
          boolean scannedLate =
              s.firstScanAt() != null && s.firstScanAt().isAfter(o.expectedShipBy());
          if (confirmedLate || scannedLate) {
            out.add(new Finding(j, "SHIP-ON-TIME-DISPATCH", s.packedBy(), List.of(s.id(), o.id())));
          }
        } else if (o != null
            && o.fulfilment() == Fulfilment.DELIVERY
            && Hours.between(o.at(), s.shippedAt()) > MAX_HANDLING_HOURS) {
          out.add(new Finding(j, "SHIP-ON-TIME-DISPATCH", s.packedBy(), List.of(s.id(), o.id())));
        }
      }
      if (s.isDamaged()) {
        boolean carrierExplains =
            s.packagingSpecMet() == null && s.isHandlingException() && s.carrier() != null;
        if (!Boolean.TRUE.equals(s.packagingSpecMet()) && !carrierExplains) {
          out.add(new Finding(j, "PROMISE-PACKAGING-PROTECTIVE", s.packedBy(), List.of(s.id())));
        } else if (s.carrier() != null) {
          out.add(new Finding(j, "PROMISE-PACKAGING-PROTECTIVE", s.carrier(), List.of(s.id())));
        }
      }
      if (o == null) {
        continue;
      }
      if (s.isSlipMissing()) {
        out.add(
            new Finding(j, "PROMISE-PACKING-SLIP-BRANDING", s.packedBy(), List.of(s.id(), o.id())));
      }
      if (s.foreignBranding()) {
        out.add(
            new Finding(j, "PROMISE-PACKING-SLIP-BRANDING", s.packedBy(), List.of(s.id(), o.id())));
      }
      if (s.isGiftNoteMissing() && o.gift()) {
        out.add(
            new Finding(j, "PROMISE-PACKING-SLIP-BRANDING", s.packedBy(), List.of(s.id(), o.id())));
      }
      ContentIssue issue = s.contentIssue();
      if (issue == ContentIssue.WRONG_ITEM
          || issue == ContentIssue.SUBSTITUTED
          || issue == ContentIssue.MISSING_ITEM) {
        out.add(new Finding(j, "PROMISE-ITEM-AS-DESCRIBED", s.packedBy(), List.of(s.id(), o.id())));
      } else if (issue == ContentIssue.NOT_AS_DESCRIBED) {
        out.add(new Finding(j, "PROMISE-ITEM-AS-DESCRIBED", o.seller(), List.of(s.id(), o.id())));
      }
    }

    for (Order o : orders.values()) {
      if (o.fulfilment() == Fulfilment.PICKUP) {
        Instant due =
            o.promisedBy() != null
                ? o.promisedBy()
                : o.at().plusMillis((long) (DEFAULT_READY_HOURS * 3_600_000));
        boolean pickedUp = false;
        boolean readyTimeKnown = false;
        for (Pickup p : pickups) {
          if (p.order().equals(o.id()) && p.isStockFailure()) {
            out.add(
                new Finding(
                    j, "ACCESS-PICKUP-STOCK-HONORED", o.pickupStore(), List.of(p.id(), o.id())));
          }
          if (p.order().equals(o.id())) {
            pickedUp = true;
            readyTimeKnown |= p.readyAt() != null;
            if (p.readyAt() != null && p.readyAt().isAfter(due)) {
              out.add(
                  new Finding(
                      j, "ACCESS-PICKUP-READY-SLA", o.pickupStore(), List.of(p.id(), o.id())));
            }
          }
        }
        Instant firstReady = null;
        for (StatusUpdate u : statuses) {
          if (u.order().equals(o.id())
              && u.status() == OrderStatus.READY_FOR_PICKUP
              && (firstReady == null || u.at().isBefore(firstReady))) {
            firstReady = u.at();
          }
        }
        if (!readyTimeKnown && firstReady != null && firstReady.isAfter(due)) {
          for (StatusUpdate u : statuses) {
            if (u.order().equals(o.id())
                && u.status() == OrderStatus.READY_FOR_PICKUP
                && u.at().equals(firstReady)) {
              out.add(
                  new Finding(
                      j, "ACCESS-PICKUP-READY-SLA", o.pickupStore(), List.of(u.id(), o.id())));
            }
          }
        }
        if (!pickedUp
            && firstReady == null
            && !cancelledOrders.contains(o.id())
            && observed.isAfter(due)) {
          out.add(new Finding(j, "ACCESS-PICKUP-READY-SLA", o.pickupStore(), List.of(o.id())));
        }
      }
      if (o.fulfilment() == Fulfilment.DELIVERY
          && o.expectedShipBy() != null
          && !shippedOrders.contains(o.id())
          && !cancelledOrders.contains(o.id())) {
        if (observed.isAfter(o.expectedShipBy())) {
          out.add(new Finding(j, "SHIP-ON-TIME-DISPATCH", o.seller(), List.of(o.id())));
        }
        if (Hours.between(o.expectedShipBy(), observed) > CANCEL_AFTER_DAYS_PAST_SHIP_DATE * 24) {
          out.add(new Finding(j, "ORDER-STATUS-ACCURATE", o.seller(), List.of(o.id())));
        }
      }
      for (StatusUpdate u : statuses) {
        if (u.order().equals(o.id())
            && u.status() == OrderStatus.PROCESSING
            && o.expectedShipBy() != null
            && u.at().isAfter(o.expectedShipBy())) {
          out.add(new Finding(j, "ORDER-STATUS-ACCURATE", u.party(), List.of(u.id(), o.id())));
        }
      }
      Shipment good = null;
      for (Shipment s : shipments) {
        if (s.order().equals(o.id())
            && s.isUpToStandard()
            && (good == null || s.id().compareTo(good.id()) < 0)) {
          good = s;
        }
      }
      if (good == null) {
        continue;
      }
      for (Shipment bad : shipments) {
        if (bad.order().equals(o.id())
            && !bad.isUpToStandard()
            && !bad.packedBy().equals(good.packedBy())) {
          out.add(
              new Finding(
                  j,
                  "JOURNEY-SHIPMENT-CONSISTENCY",
                  bad.packedBy(),
                  List.of(bad.id(), good.id(), o.id())));
        }
      }
    }

    for (Offer offer : offers) {
      if (!offer.isShownInStock()) {
        continue;
      }
      boolean stale = offer.stockDataAgeHours() > MAX_STOCK_DATA_AGE_HOURS;
      boolean contradicted = false;
      for (StockCheck c : checks) {
        if (c.party().equals(offer.seller())
            && c.product().equals(offer.product())
            && c.available() == 0
            && !c.at().isBefore(offer.at())
            && Hours.between(offer.at(), c.at()) <= MAX_CHECK_DELAY_HOURS) {
          contradicted = true;
          String party = offer.isReferral() && stale ? offer.party() : offer.seller();
          out.add(new Finding(j, "ACCESS-STOCK-VISIBLE", party, List.of(offer.id(), c.id())));
        }
      }
      if (!contradicted && stale) {
        out.add(new Finding(j, "ACCESS-STOCK-VISIBLE", offer.party(), List.of(offer.id())));
      }
    }

    for (StatusUpdate u : statuses) {
      if (u.status() == OrderStatus.SHIPPED
          && Hours.between(u.at(), journey.observedUntil()) > MAX_HOURS_TO_FIRST_SCAN) {
        boolean scanned = false;
        for (Shipment s : shipments) {
          scanned |=
              s.order().equals(u.order())
                  && s.firstScanAt() != null
                  && Hours.between(u.at(), s.firstScanAt()) <= MAX_HOURS_TO_FIRST_SCAN;
        }
        if (!scanned) {
          out.add(new Finding(j, "ORDER-STATUS-ACCURATE", u.party(), List.of(u.id())));
        }
      }
    }
    for (Delivery d : deliveries) {
      Shipment s = shipmentsById.get(d.shipment());
      Instant arrived = d.deliveredAt() != null ? d.deliveredAt() : observed;
      if (Hours.between(d.promisedBy(), arrived) <= DELIVERY_GRACE_HOURS
          || d.delayCause() != DelayCause.UNKNOWN
          || s == null) {
        continue;
      }
      Order o = orders.get(s.order());
      boolean shippedLate =
          s.shippedAt() != null
              && o.expectedShipBy() != null
              && s.shippedAt().isAfter(o.expectedShipBy());
      if (shippedLate) {
        out.add(new Finding(j, "DELIVERY-ON-TIME", s.packedBy(), List.of(d.id(), s.id(), o.id())));
      } else if (s.carrier() != null) {
        out.add(new Finding(j, "DELIVERY-ON-TIME", s.carrier(), List.of(d.id(), s.id(), o.id())));
      } else {
        out.add(new Finding(j, "DELIVERY-ON-TIME", s.packedBy(), List.of(d.id(), s.id(), o.id())));
      }
    }
    for (ServiceContact r : contacts) {
      if (r.action() != ServiceAction.RELAY || r.to() == null) {
        continue;
      }
      double open = Hours.between(r.at(), journey.observedUntil());
      boolean acknowledged = false;
      boolean closed = false;
      for (ServiceContact c : contacts) {
        if (c.complaint().equals(r.complaint()) && c.party().equals(r.to())) {
          acknowledged |=
              c.action() == ServiceAction.ACKNOWLEDGEMENT
                  && Hours.between(r.at(), c.at()) <= ACK_HOURS;
          closed |=
              c.action() == ServiceAction.RESOLUTION
                  && c.rootCause() != null
                  && Hours.between(r.at(), c.at()) <= CLOSE_HOURS;
        }
      }
      if (open > ACK_HOURS && !acknowledged) {
        out.add(new Finding(j, "SERVICE-COMPLAINT-CLOSE", r.to(), List.of(r.id())));
      }
      if (open > CLOSE_HOURS && !closed) {
        out.add(new Finding(j, "SERVICE-COMPLAINT-CLOSE", r.to(), List.of(r.id())));
      }
    }

    for (Complaint c : complaints) {
      double limit = c.viaRegulator() ? MAX_REGULATOR_RESPONSE_HOURS : MAX_RESPONSE_HOURS;
      if (Hours.between(c.at(), journey.observedUntil()) > limit) {
        boolean responded = false;
        for (ServiceContact r : contacts) {
          responded |=
              r.complaint().equals(c.id())
                  && r.action() == ServiceAction.RESPONSE
                  && r.party().equals(c.party())
                  && Hours.between(c.at(), r.at()) <= limit;
        }
        if (!responded) {
          out.add(new Finding(j, "SERVICE-RESPONSE-TIME", c.party(), List.of(c.id())));
        }
      }
      if (c.order() == null && ORDER_REASONS.contains(c.reason())) {
        out.add(new Finding(j, "SERVICE-HISTORY-LINKED", c.party(), List.of(c.id())));
      }
      if (c.isAboutAnotherParty()
          && Hours.between(c.at(), journey.observedUntil()) > MAX_RELAY_HOURS) {
        boolean relayed = false;
        for (ServiceContact r : contacts) {
          if (r.complaint().equals(c.id())
              && r.action() == ServiceAction.RELAY
              && c.about().equals(r.to())
              && Hours.between(c.at(), r.at()) <= MAX_RELAY_HOURS) {
            relayed = true;
          }
        }
        if (!relayed) {
          out.add(new Finding(j, "SERVICE-COMPLAINT-RELAY", c.party(), List.of(c.id())));
        }
      }
      if (c.disposition() == Disposition.REDIRECTED) {
        boolean anyRelay = false;
        for (ServiceContact r : contacts) {
          anyRelay |= r.complaint().equals(c.id()) && r.action() == ServiceAction.RELAY;
        }
        if (!anyRelay) {
          out.add(new Finding(j, "SERVICE-RELATIONSHIP-OWNER", c.party(), List.of(c.id())));
        }
      }
    }
    return out;
  }
}
