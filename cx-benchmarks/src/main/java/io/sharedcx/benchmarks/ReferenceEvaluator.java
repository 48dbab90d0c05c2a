package io.sharedcx.benchmarks;

import static io.sharedcx.authoring.Hours.after;
import static io.sharedcx.authoring.Hours.between;

import io.sharedcx.authoring.ContentCheck;
import io.sharedcx.authoring.Deadline;
import io.sharedcx.benchmarks.ReferenceFindings.Key;
import io.sharedcx.benchmarks.ReferenceFindings.Parties;
import io.sharedcx.benchmarks.ReferenceFindings.Rule;
import io.sharedcx.engine.CxEngine;
import io.sharedcx.engine.StandardInfo;
import io.sharedcx.model.Cancellation;
import io.sharedcx.model.Complaint;
import io.sharedcx.model.ComplaintReason;
import io.sharedcx.model.ContentIssue;
import io.sharedcx.model.DelayCause;
import io.sharedcx.model.Delivery;
import io.sharedcx.model.Disposition;
import io.sharedcx.model.Feed;
import io.sharedcx.model.FeedType;
import io.sharedcx.model.Fulfilment;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Offer;
import io.sharedcx.model.OfferSurface;
import io.sharedcx.model.Order;
import io.sharedcx.model.OrderStatus;
import io.sharedcx.model.Pickup;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Product;
import io.sharedcx.model.ServiceAction;
import io.sharedcx.model.ServiceContact;
import io.sharedcx.model.Shipment;
import io.sharedcx.model.StatusUpdate;
import io.sharedcx.model.StockCheck;
import io.sharedcx.model.StockShown;
import io.sharedcx.model.Term;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.Alarm;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Obligation;
import io.sharedcx.model.finding.ObligationStatus;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Every journey-level and event-level standard of the default pack, hand-written as plain loops over the
 * same immutable facts, returning the same {@link Assessment} as {@link CxEngine#assess(Portfolio)}:
 * violations with ids, messages, responsibility, chain, evidence and the thresholds in force;
 * recommendations with owner, accountable party and due time; deadlines with their status and alarms.
 * It is the cost floor the engine is measured against, and an oracle its findings are checked against.
 * Window standards (judged over many journeys) are out: see {@link #WINDOW_STANDARDS}. Not thread-safe:
 * it keeps the parties of the portfolio it last saw.
 */
public final class ReferenceEvaluator {
  /** The standards this reference implements: every journey and event standard of the pack. */
  public static final Set<String> STANDARDS =
      Set.of(
          "ACCESS-BRAND-OOS-ROUTE",
          "ACCESS-INVENTORY-FEED-FRESH",
          "ACCESS-PICKUP-READY-SLA",
          "ACCESS-PICKUP-STOCK-HONORED",
          "ACCESS-PRODUCT-FEED-EXPIRY",
          "ACCESS-STOCK-VISIBLE",
          "DELIVERY-ON-TIME",
          "JOURNEY-SHIPMENT-CONSISTENCY",
          "ORDER-STATUS-ACCURATE",
          "PROMISE-CONTENT-ACCURATE",
          "PROMISE-ITEM-AS-DESCRIBED",
          "PROMISE-MAP",
          "PROMISE-PACKAGING-PROTECTIVE",
          "PROMISE-PACKING-SLIP-BRANDING",
          "PROMISE-PRICE-CROSS-CHANNEL",
          "PROMISE-PRICE-DISPLAYED-MATCH",
          "SERVICE-COMPLAINT-CLOSE",
          "SERVICE-COMPLAINT-RELAY",
          "SERVICE-HISTORY-LINKED",
          "SERVICE-RELATIONSHIP-OWNER",
          "SERVICE-RESPONSE-TIME",
          "SHIP-ON-TIME-DISPATCH",
          "SHIP-VALID-TRACKING");

  /**
   * The standards judged only over a window of many journeys (a rate, or a cluster of complaints): an
   * assessment of journeys never emits them, so they are not part of this comparison.
   */
  public static final Set<String> WINDOW_STANDARDS =
      Set.of(
          "ACCESS-CANCEL-RATE",
          "ACCESS-IN-STOCK-RATE",
          "ACCESS-SUPPLIER-OTIF",
          "ORDER-DEFECT-RATE",
          "SERVICE-OUTER-LOOP");

  private static final Comparator<Violation> VIOLATION_ORDER =
      Comparator.comparing(Violation::standard).thenComparing(Violation::id);
  private static final Comparator<Recommendation> RECOMMENDATION_ORDER =
      Comparator.comparing(Recommendation::standard).thenComparing(Recommendation::id);
  private static final Comparator<Obligation> OBLIGATION_ORDER =
      Comparator.comparing(Obligation::id);

  private final List<Term> defaults;
  private final Set<String> standardsRun;
  private @Nullable Parties parties;

  /** A reference for the default pack, its default terms read from a default engine's catalog. */
  public ReferenceEvaluator() {
    this(CxEngine.builder().build().standards());
  }

  /**
   * A reference for the standards of a catalog.
   *
   * @param standards the pack's standards by id, with their default terms (see {@link
   *     CxEngine#standards()})
   */
  public ReferenceEvaluator(Map<String, StandardInfo> standards) {
    List<Term> terms = new ArrayList<>();
    standards.values().forEach(s -> terms.addAll(s.defaults()));
    this.defaults = List.copyOf(terms);
    this.standardsRun = new TreeSet<>(standards.keySet());
  }

  private Parties parties(Portfolio portfolio) {
    Parties known = parties;
    if (known == null || known.portfolio != portfolio) {
      known = new Parties(portfolio, defaults);
      parties = known;
    }
    return known;
  }

  /**
   * Assesses every journey of a portfolio, then its feeds, as {@link CxEngine#assess(Portfolio)} does.
   *
   * @param portfolio the parties, partnerships, feeds and journeys
   * @return the findings, in the engine's order
   */
  public Assessment assess(Portfolio portfolio) {
    Parties known = parties(portfolio);
    Assessment.Builder result = Assessment.builder().standardsRun(standardsRun);
    List<Violation> violations = new ArrayList<>();
    List<Recommendation> recommendations = new ArrayList<>();
    List<Obligation> obligations = new ArrayList<>();
    for (Journey journey : portfolio.journeys()) {
      collect(journey(known, journey), violations, recommendations, obligations);
      result.addJourneysAssessed(journey.id());
    }
    if (!portfolio.feeds().isEmpty()
        || !portfolio.purchaseOrders().isEmpty()
        || !portfolio.stockAudits().isEmpty()) {
      collect(feeds(known, portfolio), violations, recommendations, obligations);
    }
    return withObligations(result, obligations)
        .violations(violations)
        .recommendations(recommendations)
        .build();
  }

  /**
   * Assesses one journey of a portfolio.
   *
   * @param portfolio the parties and partnerships the journey names
   * @param journey the journey
   * @return its findings, in the engine's order
   */
  public Assessment assess(Portfolio portfolio, Journey journey) {
    List<Violation> violations = new ArrayList<>();
    List<Recommendation> recommendations = new ArrayList<>();
    List<Obligation> obligations = new ArrayList<>();
    collect(journey(parties(portfolio), journey), violations, recommendations, obligations);
    return withObligations(
            Assessment.builder().standardsRun(standardsRun).addJourneysAssessed(journey.id()),
            obligations)
        .violations(violations)
        .recommendations(recommendations)
        .build();
  }

  private static Assessment.Builder withObligations(
      Assessment.Builder result, List<Obligation> obligations) {
    return result
        .obligations(obligations)
        .alarms(Alarm.of(obligations))
        .nextChangeAt(Obligation.nextChangeOf(obligations));
  }

  private static void collect(
      ReferenceFindings f,
      List<Violation> violations,
      List<Recommendation> recommendations,
      List<Obligation> obligations) {
    List<Violation> v = new ArrayList<>(f.violations.values());
    v.sort(VIOLATION_ORDER);
    violations.addAll(v);
    List<Recommendation> r = new ArrayList<>(f.recommendations.values());
    r.sort(RECOMMENDATION_ORDER);
    recommendations.addAll(r);
    List<Obligation> o = f.obligations();
    o.sort(OBLIGATION_ORDER);
    obligations.addAll(o);
  }

  private static Key k(String standard, String key, String party) {
    return new Key(standard, key, party);
  }

  // --- Rules, as the pack names them -------------------------------------------------------------

  static final String OOS = "ACCESS-BRAND-OOS-ROUTE";
  static final String INVENTORY_FEED = "ACCESS-INVENTORY-FEED-FRESH";
  static final String PRODUCT_FEED = "ACCESS-PRODUCT-FEED-EXPIRY";
  static final String READY = "ACCESS-PICKUP-READY-SLA";
  static final String PICKUP_STOCK = "ACCESS-PICKUP-STOCK-HONORED";
  static final String STOCK = "ACCESS-STOCK-VISIBLE";
  static final String DELIVERY = "DELIVERY-ON-TIME";
  static final String CONSISTENCY = "JOURNEY-SHIPMENT-CONSISTENCY";
  static final String STATUS = "ORDER-STATUS-ACCURATE";
  static final String CONTENT = "PROMISE-CONTENT-ACCURATE";
  static final String ITEM = "PROMISE-ITEM-AS-DESCRIBED";
  static final String MAP = "PROMISE-MAP";
  static final String PACKAGING = "PROMISE-PACKAGING-PROTECTIVE";
  static final String SLIP = "PROMISE-PACKING-SLIP-BRANDING";
  static final String CROSS = "PROMISE-PRICE-CROSS-CHANNEL";
  static final String MATCH = "PROMISE-PRICE-DISPLAYED-MATCH";
  static final String CLOSE = "SERVICE-COMPLAINT-CLOSE";
  static final String RELAY = "SERVICE-COMPLAINT-RELAY";
  static final String HISTORY = "SERVICE-HISTORY-LINKED";
  static final String OWNER = "SERVICE-RELATIONSHIP-OWNER";
  static final String RESPONSE = "SERVICE-RESPONSE-TIME";
  static final String DISPATCH = "SHIP-ON-TIME-DISPATCH";
  static final String TRACKING = "SHIP-VALID-TRACKING";

  private static final Severity LOW = Severity.LOW;
  private static final Severity MEDIUM = Severity.MEDIUM;
  private static final Severity HIGH = Severity.HIGH;
  private static final Severity CRITICAL = Severity.CRITICAL;

  private static final String T_OOS =
      "An out-of-stock brand page routes customers to a partner that has stock";
  private static final String T_INVENTORY = "Inventory feeds are refreshed daily";
  private static final String T_PRODUCT_FEED = "Product data is refreshed before it expires";
  private static final String T_READY = "Pickup orders are ready when promised";
  private static final String T_PICKUP_STOCK = "Items ordered for pickup are handed over";
  private static final String T_STOCK = "Stock shown to the customer is the stock that is there";
  private static final String T_DELIVERY = "Orders arrive by the promised date";
  private static final String T_CONSISTENCY = "Every parcel of an order meets the same standard";
  private static final String T_STATUS = "Order status shown to customers is backed by events";
  private static final String T_CONTENT = "Listings match the brand master content";
  private static final String T_ITEM = "Customers get the items as described";
  private static final String T_MAP = "Advertised prices respect the minimum advertised price";
  private static final String T_PACKAGING = "Parcels are packed to protect what is inside";
  private static final String T_SLIP =
      "Parcels carry the seller of record note and no other branding";
  private static final String T_CROSS = "Channel prices stay within the agreed gap";
  private static final String T_MATCH = "The same offer shows the same price everywhere";
  private static final String T_CLOSE = "Relayed complaints are closed with a root cause in time";
  private static final String T_RELAY = "Complaints reach the party at fault in time";
  private static final String T_HISTORY = "Service cases link to the cross-party order history";
  private static final String T_OWNER = "The party a customer turns to owns the conversation";
  private static final String T_RESPONSE = "Complaints get a human response in time";
  private static final String T_DISPATCH = "Orders ship by the expected ship date";
  private static final String T_TRACKING = "Shipments carry valid tracking with a carrier scan";

  private static final Rule OOS_NO_ROUTE =
      Rule.of(
          OOS,
          "Brand out of stock with no partner route",
          "brand-out-of-stock-with-no-partner-route",
          T_OOS,
          LOW);
  private static final Rule FEED_DEADLINE =
      Rule.deadline(
          INVENTORY_FEED,
          "Deadline: refresh the inventory feed",
          "refresh-the-inventory-feed",
          T_INVENTORY,
          MEDIUM,
          "inventory feeds due for refresh");
  private static final Rule FEED_STALE =
      Rule.of(INVENTORY_FEED, "Inventory feed stale", "inventory-feed-stale", T_INVENTORY, MEDIUM);
  private static final Rule FEED_STALE_DAYS =
      Rule.of(
          INVENTORY_FEED,
          "Inventory feed stale for days",
          "inventory-feed-stale-for-days",
          T_INVENTORY,
          HIGH);
  private static final Rule PRODUCT_FEED_DEADLINE =
      Rule.deadline(
          PRODUCT_FEED,
          "Deadline: refresh the product feed",
          "refresh-the-product-feed",
          T_PRODUCT_FEED,
          LOW,
          "product feeds due for refresh");
  private static final Rule PRODUCT_FEED_EXPIRED =
      Rule.of(PRODUCT_FEED, "Product feed expired", "product-feed-expired", T_PRODUCT_FEED, LOW);
  private static final Rule READY_PICKUP_DEADLINE =
      Rule.deadline(
          READY,
          "Deadline: pickup ready by the promised time",
          "pickup-ready-by-the-promised-time",
          T_READY,
          MEDIUM,
          "pickup orders due ready");
  private static final Rule READY_ORDER_DEADLINE =
      Rule.deadline(
          READY,
          "Deadline: pickup order ready by the promised time",
          "pickup-order-ready-by-the-promised-time",
          T_READY,
          MEDIUM,
          "pickup orders due ready");
  private static final Rule READY_NONE_DEADLINE =
      Rule.deadline(
          READY,
          "Deadline: pickup order not yet reported ready",
          "pickup-order-not-yet-reported-ready",
          T_READY,
          MEDIUM,
          "pickup orders due ready");
  private static final Rule READY_LATE =
      Rule.of(
          READY,
          "Pickup not ready by the promised time",
          "pickup-not-ready-by-the-promised-time",
          T_READY,
          MEDIUM);
  private static final Rule READY_MESSAGE_LATE =
      Rule.of(
          READY,
          "Pickup ready message after the promised time",
          "pickup-ready-message-after-the-promised-time",
          T_READY,
          MEDIUM);
  private static final Rule READY_NEVER =
      Rule.of(READY, "Pickup never reported ready", "pickup-never-reported-ready", T_READY, MEDIUM);
  private static final Rule PICKUP_NOT_HONOURED =
      Rule.of(
          PICKUP_STOCK,
          "Pickup order not honoured",
          "pickup-order-not-honoured",
          T_PICKUP_STOCK,
          HIGH);
  private static final Rule STOCK_STALE_NOT_THERE =
      Rule.of(
          STOCK,
          "Stock shown from stale data was not there",
          "stock-shown-from-stale-data-was-not-there",
          T_STOCK,
          MEDIUM);
  private static final Rule STOCK_FEED_NOT_THERE =
      Rule.of(
          STOCK,
          "Stock claimed by the seller's feed was not there",
          "stock-claimed-by-the-seller-s-feed-was-not-there",
          T_STOCK,
          MEDIUM);
  private static final Rule STOCK_STALE =
      Rule.of(STOCK, "Stock shown from stale data", "stock-shown-from-stale-data", T_STOCK, MEDIUM);
  private static final Rule STOCK_STALE_BUTTON =
      Rule.of(
          STOCK,
          "Stale buy button contradicts the seller's own page",
          "stale-buy-button-contradicts-the-seller-s-own-page",
          T_STOCK,
          MEDIUM);
  private static final Rule STOCK_FEED_CONTRADICTS =
      Rule.of(
          STOCK,
          "Seller's feed contradicts its own page",
          "seller-s-feed-contradicts-its-own-page",
          T_STOCK,
          MEDIUM);
  private static final Rule STOCK_OWN_SURFACES =
      Rule.of(
          STOCK,
          "Seller's own surfaces show different stock",
          "seller-s-own-surfaces-show-different-stock",
          T_STOCK,
          MEDIUM);
  private static final Rule DELIVERY_LATE_SHIPPED_DEADLINE =
      Rule.deadline(
          DELIVERY,
          "Deadline: deliver the late-shipped parcel by the promise",
          "deliver-the-late-shipped-parcel-by-the-promise",
          T_DELIVERY,
          MEDIUM,
          "parcels due for delivery");
  private static final Rule DELIVERY_CARRY_DEADLINE =
      Rule.deadline(
          DELIVERY,
          "Deadline: carry the parcel by the promise",
          "carry-the-parcel-by-the-promise",
          T_DELIVERY,
          MEDIUM,
          "parcels due for delivery");
  private static final Rule DELIVERY_NO_CARRIER_DEADLINE =
      Rule.deadline(
          DELIVERY,
          "Deadline: deliver the parcel with no carrier named by the promise",
          "deliver-the-parcel-with-no-carrier-named-by-the-promise",
          T_DELIVERY,
          MEDIUM,
          "parcels due for delivery");
  private static final Rule DELIVERY_AFTER_LATE_SHIPMENT =
      Rule.of(
          DELIVERY,
          "Late delivery after a late shipment",
          "late-delivery-after-a-late-shipment",
          T_DELIVERY,
          MEDIUM);
  private static final Rule DELIVERY_AFTER_ON_TIME =
      Rule.of(
          DELIVERY,
          "Late delivery after an on-time shipment",
          "late-delivery-after-an-on-time-shipment",
          T_DELIVERY,
          MEDIUM);
  private static final Rule DELIVERY_NO_CARRIER =
      Rule.of(
          DELIVERY,
          "Late delivery with no carrier named",
          "late-delivery-with-no-carrier-named",
          T_DELIVERY,
          MEDIUM);
  private static final Rule DIVERGE =
      Rule.of(
          CONSISTENCY,
          "Parcels of one order diverge",
          "parcels-of-one-order-diverge",
          T_CONSISTENCY,
          HIGH);
  private static final Rule SCAN_BEHIND_SHIPPED_DEADLINE =
      Rule.deadline(
          STATUS,
          "Deadline: carrier scan behind a shipped status",
          "carrier-scan-behind-a-shipped-status",
          T_STATUS,
          MEDIUM,
          "orders shown shipped with no carrier scan");
  private static final Rule SHIPPED_NO_SCAN =
      Rule.of(
          STATUS,
          "Shipped status without a carrier scan",
          "shipped-status-without-a-carrier-scan",
          T_STATUS,
          MEDIUM);
  private static final Rule PROCESSING_PAST =
      Rule.of(
          STATUS,
          "Processing status past the expected ship date",
          "processing-status-past-the-expected-ship-date",
          T_STATUS,
          MEDIUM);
  private static final Rule SHIP_OR_CANCEL_DEADLINE =
      Rule.deadline(
              STATUS,
              "Deadline: ship or cancel the order",
              "ship-or-cancel-the-order",
              T_STATUS,
              MEDIUM,
              "unshipped orders nearing cancellation")
          .lateIsMet();
  private static final Rule UNSHIPPED_OPEN =
      Rule.of(
          STATUS,
          "Unshipped and uncancelled days past the expected ship date",
          "unshipped-and-uncancelled-days-past-the-expected-ship-date",
          T_STATUS,
          MEDIUM);
  private static final Rule DELIVERED_AHEAD =
      Rule.of(
          STATUS,
          "Delivered status before the delivery",
          "delivered-status-before-the-delivery",
          T_STATUS,
          MEDIUM);
  private static final Rule SHIPPED_AHEAD =
      Rule.of(
          STATUS,
          "Shipped status before the parcel shipped",
          "shipped-status-before-the-parcel-shipped",
          T_STATUS,
          MEDIUM);
  private static final Rule CONTENT_MISMATCH =
      Rule.of(
          CONTENT,
          "Listing contradicts the master data",
          "listing-contradicts-the-master-data",
          T_CONTENT,
          HIGH);
  private static final Rule CONTENT_MISSING =
      Rule.of(
          CONTENT,
          "Listing leaves out a critical attribute",
          "listing-leaves-out-a-critical-attribute",
          T_CONTENT,
          HIGH);
  private static final Rule CONTENT_IMAGES =
      Rule.of(
          CONTENT, "Listing with too few images", "listing-with-too-few-images", T_CONTENT, LOW);
  private static final Rule WRONG_ITEM =
      Rule.of(ITEM, "Wrong item packed", "wrong-item-packed", T_ITEM, HIGH);
  private static final Rule NOT_AS_DESCRIBED =
      Rule.of(ITEM, "Item not as described", "item-not-as-described", T_ITEM, HIGH);
  private static final Rule BELOW_MAP =
      Rule.of(MAP, "Advertised below MAP", "advertised-below-map", T_MAP, HIGH);
  private static final Rule BELOW_MAP_AFTER_CURE =
      Rule.of(
          MAP,
          "Advertised below MAP after the cure period",
          "advertised-below-map-after-the-cure-period",
          T_MAP,
          CRITICAL);
  private static final Rule BELOW_SPEC =
      Rule.of(
          PACKAGING,
          "Damaged parcel packed below spec",
          "damaged-parcel-packed-below-spec",
          T_PACKAGING,
          HIGH);
  private static final Rule TO_SPEC =
      Rule.of(
          PACKAGING,
          "Damaged parcel packed to spec",
          "damaged-parcel-packed-to-spec",
          T_PACKAGING,
          HIGH);
  private static final Rule NO_SLIP =
      Rule.of(SLIP, "Parcel without packing slip", "parcel-without-packing-slip", T_SLIP, MEDIUM);
  private static final Rule FOREIGN_BRANDING =
      Rule.of(
          SLIP,
          "Parcel with another seller's branding",
          "parcel-with-another-seller-s-branding",
          T_SLIP,
          HIGH);
  private static final Rule NO_GIFT_NOTE =
      Rule.of(
          SLIP,
          "Gift parcel without its gift note",
          "gift-parcel-without-its-gift-note",
          T_SLIP,
          MEDIUM);
  private static final Rule PRICE_GAP =
      Rule.of(CROSS, "Price gap across channels", "price-gap-across-channels", T_CROSS, LOW);
  private static final Rule BRAND_UNDERCUTS =
      Rule.of(
          CROSS,
          "Brand price undercuts its partner across channels",
          "brand-undercuts-across-channels",
          T_CROSS,
          LOW);
  private static final Rule OWN_CHANNELS =
      Rule.of(
          CROSS,
          "Seller's own channels price differently",
          "own-channels-price-differently",
          T_CROSS,
          LOW);
  private static final Rule STALE_PRICE =
      Rule.of(
          MATCH,
          "Price differs between touchpoints",
          "price-differs-between-touchpoints",
          T_MATCH,
          MEDIUM);
  private static final Rule PRICE_NOT_HONOURED =
      Rule.of(
          MATCH,
          "Price differs from the seller's own page",
          "seller-price-not-honoured",
          T_MATCH,
          MEDIUM);
  private static final Rule ACK_DEADLINE =
      Rule.deadline(
          CLOSE,
          "Deadline: acknowledge the relayed complaint",
          "acknowledge-the-relayed-complaint",
          T_CLOSE,
          MEDIUM,
          "relayed complaints awaiting acknowledgement");
  private static final Rule CLOSE_DEADLINE =
      Rule.deadline(
          CLOSE,
          "Deadline: close the relayed complaint",
          "close-the-relayed-complaint",
          T_CLOSE,
          MEDIUM,
          "relayed complaints awaiting closure");
  private static final Rule NOT_ACKNOWLEDGED =
      Rule.of(
          CLOSE,
          "Relayed complaint not acknowledged",
          "relayed-complaint-not-acknowledged",
          T_CLOSE,
          MEDIUM);
  private static final Rule NOT_CLOSED =
      Rule.of(
          CLOSE,
          "Relayed complaint not closed in time",
          "relayed-complaint-not-closed-in-time",
          T_CLOSE,
          MEDIUM);
  private static final Rule RELAY_DEADLINE =
      Rule.deadline(
          RELAY,
          "Deadline: relay the complaint",
          "relay-the-complaint",
          T_RELAY,
          HIGH,
          "complaints to relay to the party at fault");
  private static final Rule NOT_RELAYED =
      Rule.of(
          RELAY, "Complaint not relayed in time", "complaint-not-relayed-in-time", T_RELAY, HIGH);
  private static final Rule UNLINKED =
      Rule.of(
          HISTORY,
          "Order complaint not linked to its order",
          "order-complaint-not-linked-to-its-order",
          T_HISTORY,
          LOW);
  private static final Rule REPEATED =
      Rule.of(
          HISTORY,
          "Customer repeated an issue with no linked case",
          "customer-repeated-an-issue-with-no-linked-case",
          T_HISTORY,
          LOW);
  private static final Rule REDIRECTED =
      Rule.of(
          OWNER,
          "Complaint redirected without hand-off",
          "complaint-redirected-without-hand-off",
          T_OWNER,
          MEDIUM);
  private static final Rule RESPOND_DEADLINE =
      Rule.deadline(
          RESPONSE,
          "Deadline: respond to the complaint",
          "respond-to-the-complaint",
          T_RESPONSE,
          MEDIUM,
          "complaints awaiting a first response");
  private static final Rule RESPOND_REGULATOR_DEADLINE =
      Rule.deadline(
          RESPONSE,
          "Deadline: respond to the regulator complaint",
          "respond-to-the-regulator-complaint",
          T_RESPONSE,
          HIGH,
          "regulator complaints awaiting a response");
  private static final Rule NO_RESPONSE =
      Rule.of(
          RESPONSE,
          "Complaint without a timely response",
          "complaint-without-a-timely-response",
          T_RESPONSE,
          MEDIUM);
  private static final Rule NO_REGULATOR_RESPONSE =
      Rule.of(
          RESPONSE,
          "Regulator complaint without a timely response",
          "regulator-complaint-without-a-timely-response",
          T_RESPONSE,
          HIGH);
  private static final Rule SHIP_ORDER_DEADLINE =
      Rule.deadline(
          DISPATCH,
          "Deadline: ship the order by the expected ship date",
          "ship-the-order-by-the-expected-ship-date",
          T_DISPATCH,
          HIGH,
          "orders due to ship");
  private static final Rule HAND_OVER_DEADLINE =
      Rule.deadline(
          DISPATCH,
          "Deadline: hand the parcel over by the expected ship date",
          "hand-the-parcel-over-by-the-expected-ship-date",
          T_DISPATCH,
          HIGH,
          "parcels due to leave");
  private static final Rule HANDLING_DEADLINE =
      Rule.deadline(
          DISPATCH,
          "Deadline: ship the parcel within the handling time",
          "ship-the-parcel-within-the-handling-time",
          T_DISPATCH,
          HIGH,
          "parcels due to leave");
  private static final Rule SHIPPED_LATE =
      Rule.of(
          DISPATCH,
          "Shipped after the expected ship date",
          "shipped-after-the-expected-ship-date",
          T_DISPATCH,
          HIGH);
  private static final Rule SCANNED_LATE =
      Rule.of(
          DISPATCH,
          "Carrier scan after the expected ship date",
          "carrier-scan-after-the-expected-ship-date",
          T_DISPATCH,
          HIGH);
  private static final Rule HANDLING_LATE =
      Rule.of(
          DISPATCH,
          "Shipped after the handling time",
          "shipped-after-the-handling-time",
          T_DISPATCH,
          HIGH);
  private static final Rule NOT_SHIPPED =
      Rule.of(
          DISPATCH,
          "Not shipped by the expected ship date",
          "not-shipped-by-the-expected-ship-date",
          T_DISPATCH,
          HIGH);
  private static final Rule NO_TRACKING =
      Rule.of(
          TRACKING,
          "Shipment without valid tracking",
          "shipment-without-valid-tracking",
          T_TRACKING,
          MEDIUM);
  private static final Rule SCAN_DEADLINE =
      Rule.deadline(
              TRACKING,
              "Deadline: first carrier scan after hand-over",
              "first-carrier-scan-after-hand-over",
              T_TRACKING,
              MEDIUM,
              "parcels with no carrier scan after ship confirmation")
          .lateIsMet();
  private static final Rule NEVER_SCANNED =
      Rule.of(
          TRACKING,
          "Valid tracking never scanned",
          "valid-tracking-never-scanned",
          T_TRACKING,
          MEDIUM);

  private static final Set<ComplaintReason> ORDER_REASONS =
      Set.of(
          ComplaintReason.DAMAGED,
          ComplaintReason.MELTED,
          ComplaintReason.LATE,
          ComplaintReason.WRONG_ITEM,
          ComplaintReason.NOT_AS_DESCRIBED,
          ComplaintReason.OUT_OF_STOCK,
          ComplaintReason.PACKAGING);

  // --- The portfolio-level facts: feeds ----------------------------------------------------------

  private static ReferenceFindings feeds(Parties known, Portfolio portfolio) {
    Set<String> named = new TreeSet<>();
    portfolio.feeds().forEach(f -> named.add(f.party()));
    portfolio
        .purchaseOrders()
        .forEach(
            po -> {
              named.add(po.supplier());
              named.add(po.buyer());
              if (po.carrier() != null) {
                named.add(po.carrier());
              }
            });
    Set<String> products = new TreeSet<>();
    portfolio.purchaseOrders().forEach(po -> products.add(po.product()));
    portfolio.stockAudits().forEach(s -> named.add(s.party()));
    portfolio.stockAudits().forEach(s -> products.add(s.product()));
    List<Object> facts = new ArrayList<>(portfolio.feeds());
    ReferenceFindings f = new ReferenceFindings(known, null, facts, named, products);
    for (Feed feed : portfolio.feeds()) {
      String party = feed.party();
      if (feed.type() == FeedType.INVENTORY) {
        double max = f.value(INVENTORY_FEED, "maxAgeHours", party);
        double risk = f.value(INVENTORY_FEED, "atRiskHours", party);
        Deadline d =
            f.deadline(
                FEED_DEADLINE,
                feed,
                party,
                feed.observedAt(),
                after(feed.lastUpdatedAt(), max),
                after(feed.lastUpdatedAt(), max - risk),
                null,
                List.of(
                    k(INVENTORY_FEED, "maxAgeHours", party),
                    k(INVENTORY_FEED, "atRiskHours", party)));
        if (d != null && d.status() == ObligationStatus.VIOLATED) {
          double escalate = f.value(INVENTORY_FEED, "escalateAfterHours", party);
          Violation v;
          if (escalate >= feed.ageHours()) {
            v =
                f.breach(
                    FEED_STALE,
                    d,
                    "owns the inventory feed",
                    "Inventory feed "
                        + feed.id()
                        + " last updated "
                        + Math.round(feed.ageHours())
                        + " h before it was checked (limit "
                        + (long) max
                        + " h).",
                    List.of(
                        k(INVENTORY_FEED, "maxAgeHours", party),
                        k(INVENTORY_FEED, "escalateAfterHours", party)),
                    feed);
          } else {
            v =
                f.breach(
                    FEED_STALE_DAYS,
                    d,
                    "owns the inventory feed",
                    "Inventory feed "
                        + feed.id()
                        + " last updated "
                        + Math.round(feed.ageHours())
                        + " h before it was checked (over "
                        + (long) escalate
                        + " h: escalated).",
                    List.of(k(INVENTORY_FEED, "escalateAfterHours", party)),
                    feed);
          }
          f.recommend(
              "Recommend restoring the inventory feed",
              v,
              v.responsibleParty(),
              "Restore the inventory feed; until it updates, zero out or suppress this partner's advertised availability.",
              24);
        }
      } else if (feed.type() == FeedType.PRODUCT) {
        double days = f.value(PRODUCT_FEED, "maxAgeDays", party);
        double risk = f.value(PRODUCT_FEED, "atRiskHours", party);
        Deadline d =
            f.deadline(
                PRODUCT_FEED_DEADLINE,
                feed,
                party,
                feed.observedAt(),
                after(feed.lastUpdatedAt(), days * 24),
                after(feed.lastUpdatedAt(), days * 24 - risk),
                null,
                List.of(
                    k(PRODUCT_FEED, "maxAgeDays", party), k(PRODUCT_FEED, "atRiskHours", party)));
        if (d != null && d.status() == ObligationStatus.VIOLATED) {
          Violation v =
              f.breach(
                  PRODUCT_FEED_EXPIRED,
                  d,
                  "owns the product content feed",
                  "Product feed "
                      + feed.id()
                      + " last updated "
                      + Math.round(feed.ageHours() / 24)
                      + " days before it was checked (limit "
                      + (long) days
                      + " days).",
                  List.of(k(PRODUCT_FEED, "maxAgeDays", party)),
                  feed);
          f.recommend(
              "Recommend a recurring product feed",
              v,
              v.responsibleParty(),
              "Schedule the product feed to refresh at least every few weeks, well inside the expiry window.",
              168);
        }
      }
    }
    return f;
  }

  // --- One journey -------------------------------------------------------------------------------

  /** The facts of one journey, by kind. */
  private static final class Facts {
    final List<Order> orders = new ArrayList<>();
    final java.util.Map<String, Order> ordersById = new java.util.HashMap<>();
    final List<Shipment> shipments = new ArrayList<>();
    final java.util.Map<String, Shipment> shipmentsById = new java.util.HashMap<>();
    final List<Delivery> deliveries = new ArrayList<>();
    final List<Offer> offers = new ArrayList<>();
    final List<StockCheck> checks = new ArrayList<>();
    final List<Pickup> pickups = new ArrayList<>();
    final List<Complaint> complaints = new ArrayList<>();
    final List<ServiceContact> contacts = new ArrayList<>();
    final List<StatusUpdate> statuses = new ArrayList<>();
    final Set<String> cancelled = new java.util.HashSet<>();
    final List<Cancellation> cancellations = new ArrayList<>();
    final List<Product> products = new ArrayList<>();
  }

  private static ReferenceFindings journey(Parties known, Journey journey) {
    Facts x = new Facts();
    Set<String> parties = new TreeSet<>();
    Set<String> productIds = new TreeSet<>();
    for (Touchpoint t : journey.touchpoints()) {
      parties.add(t.party());
      parties.addAll(t.partyReferences().values());
      productIds.addAll(t.productReferences());
      if (t instanceof Order o) {
        x.orders.add(o);
        x.ordersById.put(o.id(), o);
      } else if (t instanceof Shipment s) {
        x.shipments.add(s);
        x.shipmentsById.put(s.id(), s);
      } else if (t instanceof Delivery d) {
        x.deliveries.add(d);
      } else if (t instanceof Offer o) {
        x.offers.add(o);
      } else if (t instanceof StockCheck c) {
        x.checks.add(c);
      } else if (t instanceof Pickup p) {
        x.pickups.add(p);
      } else if (t instanceof Complaint c) {
        x.complaints.add(c);
      } else if (t instanceof ServiceContact c) {
        x.contacts.add(c);
      } else if (t instanceof StatusUpdate u) {
        x.statuses.add(u);
      } else if (t instanceof Cancellation c) {
        x.cancelled.add(c.order());
        x.cancellations.add(c);
      }
    }
    for (String id : productIds) {
      Product p = known.products.get(id);
      if (p != null) {
        x.products.add(p);
      }
    }
    ReferenceFindings f =
        new ReferenceFindings(known, journey.id(), journey.touchpoints(), parties, productIds);
    Instant now = journey.observedUntil();
    offers(f, x);
    parcels(f, x, now);
    orders(f, x, now);
    service(f, x, now);
    return f;
  }

  // --- Offers: stock, route, prices, content -----------------------------------------------------

  private static void offers(ReferenceFindings f, Facts x) {
    for (Offer offer : x.offers) {
      stock(f, x, offer);
    }
    brandRoute(f, x);
    map(f, x);
    priceMatch(f, x);
    crossChannel(f, x);
    content(f, x);
  }

  private static boolean emptyCheck(StockCheck c, Offer offer, double delay) {
    return c.party().equals(offer.seller())
        && c.product().equals(offer.product())
        && c.available() == 0
        && !c.at().isBefore(offer.at())
        && between(offer.at(), c.at()) <= delay;
  }

  private static boolean checkNear(Facts x, String seller, String product, Instant at, double d) {
    for (StockCheck c : x.checks) {
      if (c.party().equals(seller)
          && c.product().equals(product)
          && Math.abs(between(at, c.at())) <= d) {
        return true;
      }
    }
    return false;
  }

  private static void stock(ReferenceFindings f, Facts x, Offer offer) {
    String seller = offer.seller();
    String product = offer.product();
    long age = offer.stockDataAgeHours();
    double maxAge = f.value(STOCK, "maxStockDataAgeHours", offer.party());
    double delay = f.value(STOCK, "maxCheckDelayHours", seller);
    double moment = f.value(STOCK, "sameMomentHours", seller);
    Key maxAgeKey = k(STOCK, "maxStockDataAgeHours", offer.party());
    Key delayKey = k(STOCK, "maxCheckDelayHours", seller);
    Key momentKey = k(STOCK, "sameMomentHours", seller);
    if (offer.isShownInStock()) {
      boolean contradicted = false;
      for (StockCheck c : x.checks) {
        if (!emptyCheck(c, offer, delay)) {
          continue;
        }
        contradicted = true;
        if (offer.isReferral() && maxAge < age) {
          Violation v =
              f.violation(
                  STOCK_STALE_NOT_THERE,
                  offer.party(),
                  "showed "
                      + seller
                      + " in stock from stock data "
                      + age
                      + " h old (limit "
                      + (long) maxAge
                      + " h)",
                  "Offer "
                      + offer.id()
                      + " sent the customer to "
                      + seller
                      + " for "
                      + product
                      + " as in stock, but "
                      + seller
                      + " had none at "
                      + c.at()
                      + ".",
                  List.of(maxAgeKey, delayKey),
                  offer,
                  c);
          freshStock(f, v, offer);
        }
        if (!offer.isReferral() || maxAge >= age) {
          Violation v =
              f.violation(
                  STOCK_FEED_NOT_THERE,
                  seller,
                  "its stock data said " + product + " was in stock when it was not",
                  "Offer "
                      + offer.id()
                      + " showed "
                      + product
                      + " in stock at "
                      + seller
                      + ", but "
                      + seller
                      + " had none at "
                      + c.at()
                      + ".",
                  List.of(maxAgeKey, delayKey),
                  offer,
                  c);
          freshStock(f, v, offer);
        }
      }
      if (!contradicted && maxAge < age) {
        boolean ownPageOut = false;
        if (offer.isReferral()) {
          for (Offer own : x.offers) {
            if (!own.isReferral()
                && own.seller().equals(seller)
                && own.product().equals(product)
                && own.stock() == StockShown.OUT_OF_STOCK
                && Math.abs(between(offer.at(), own.at())) <= moment) {
              ownPageOut = true;
              break;
            }
          }
        }
        if (!ownPageOut) {
          Violation v =
              f.violation(
                  STOCK_STALE,
                  offer.party(),
                  "showed stock data " + age + " h old (limit " + (long) maxAge + " h)",
                  "Offer "
                      + offer.id()
                      + " showed "
                      + product
                      + " in stock at "
                      + seller
                      + " from data refreshed "
                      + age
                      + " h earlier.",
                  List.of(maxAgeKey, delayKey, momentKey),
                  offer);
          freshStock(f, v, offer);
        }
      }
    }
    // A buy button's copy against the seller's own page at the same moment.
    if (offer.isReferral() && offer.stock() != StockShown.UNKNOWN) {
      for (Offer own : x.offers) {
        if (own.isReferral()
            || !own.seller().equals(seller)
            || !own.product().equals(product)
            || own.stock() == StockShown.UNKNOWN
            || own.isShownInStock() == offer.isShownInStock()
            || moment < Math.abs(between(offer.at(), own.at()))
            || checkNear(x, seller, product, offer.at(), delay)) {
          continue;
        }
        String says =
            "Offer "
                + offer.id()
                + " showed "
                + product
                + " "
                + offer.stock()
                + " at "
                + seller
                + " while "
                + seller
                + "'s own "
                + own.channel()
                + " page ("
                + own.id()
                + ") showed it "
                + own.stock()
                + ".";
        Violation v;
        if (maxAge < age) {
          v =
              f.violation(
                  STOCK_STALE_BUTTON,
                  offer.party(),
                  "showed "
                      + seller
                      + "'s stock from data "
                      + age
                      + " h old (limit "
                      + (long) maxAge
                      + " h) that its own page contradicted",
                  says,
                  List.of(maxAgeKey, momentKey, delayKey),
                  offer,
                  own);
          oneStockFigure(
              f,
              v,
              "Hide or re-route the buy button when its stock data is older than the limit; refresh the where-to-buy feed from the seller at least daily.");
        } else {
          v =
              f.violation(
                  STOCK_FEED_CONTRADICTS,
                  seller,
                  "its stock data said "
                      + offer.stock()
                      + " to "
                      + offer.party()
                      + " and "
                      + own.stock()
                      + " on its own page at the same time",
                  says,
                  List.of(maxAgeKey, momentKey, delayKey),
                  offer,
                  own);
          oneStockFigure(f, v, ONE_FIGURE);
        }
      }
    }
    // A seller's own surfaces against each other.
    if (!offer.isReferral() && offer.isShownInStock()) {
      for (Offer out : x.offers) {
        if (out.isReferral()
            || !out.seller().equals(seller)
            || !out.product().equals(product)
            || out.stock() != StockShown.OUT_OF_STOCK
            || moment < Math.abs(between(offer.at(), out.at()))
            || checkNear(x, seller, product, offer.at(), delay)) {
          continue;
        }
        Violation v =
            f.violation(
                STOCK_OWN_SURFACES,
                seller,
                "showed "
                    + product
                    + " in stock on one of its surfaces and out of stock on another at the same time",
                seller
                    + " showed "
                    + product
                    + " "
                    + offer.stock()
                    + " on "
                    + offer.channel()
                    + " ("
                    + offer.id()
                    + ") and OUT_OF_STOCK on "
                    + out.channel()
                    + " ("
                    + out.id()
                    + ").",
                List.of(momentKey, delayKey),
                offer,
                out);
        oneStockFigure(f, v, ONE_FIGURE);
      }
    }
  }

  private static final String ONE_FIGURE =
      "Publish one stock figure for this product to every surface (own pages, store, partner feeds) from the same inventory record.";

  private static void freshStock(ReferenceFindings f, @Nullable Violation v, Offer offer) {
    if (v == null) {
      return;
    }
    f.recommend(
        "Recommend fresh stock data",
        v,
        offer.party(),
        v.responsibleParty().equals(offer.party()) && offer.isReferral()
            ? "Hide or re-route the buy button to an in-stock seller when stock data is older than the limit; refresh the where-to-buy feed at least daily."
            : "Fix the stock feed's cadence and accuracy for this product; until then suppress its availability.",
        24);
  }

  private static void oneStockFigure(ReferenceFindings f, @Nullable Violation v, String action) {
    if (v != null) {
      f.recommend(
          "Recommend one stock figure on every surface", v, v.responsibleParty(), action, 24);
    }
  }

  private static @Nullable Product product(Facts x, String id) {
    for (Product p : x.products) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    return null;
  }

  private static void brandRoute(ReferenceFindings f, Facts x) {
    for (Offer own : x.offers) {
      if (own.isReferral() || own.stock() != StockShown.OUT_OF_STOCK) {
        continue;
      }
      String brand = own.party();
      Product p = product(x, own.product());
      if (p == null || !p.brand().equals(brand)) {
        continue;
      }
      double gap = f.value(OOS, "maxOfferGapHours", brand);
      boolean routed = false;
      for (Offer route : x.offers) {
        if (route.party().equals(brand)
            && route.isReferral()
            && route.product().equals(own.product())
            && route.isShownInStock()
            && between(own.at(), route.at()) <= gap
            && between(route.at(), own.at()) <= gap) {
          routed = true;
          break;
        }
      }
      if (routed) {
        continue;
      }
      for (Offer partner : x.offers) {
        if (!partner.seller().equals(brand)
            && partner.product().equals(own.product())
            && partner.isShownInStock()
            && between(own.at(), partner.at()) <= gap
            && between(partner.at(), own.at()) <= gap) {
          Violation v =
              f.violation(
                  OOS_NO_ROUTE,
                  brand,
                  "showed its own store out of stock with no route to a partner that had the product",
                  "The brand page for "
                      + own.product()
                      + " showed out of stock while "
                      + partner.seller()
                      + " had it in stock, and offered no way to buy it there.",
                  List.of(k(OOS, "maxOfferGapHours", brand)),
                  own,
                  partner);
          if (v != null) {
            f.recommend(
                "Recommend a where-to-buy fallback",
                v,
                v.responsibleParty(),
                "Enable the where-to-buy fallback for this product so an out-of-stock page shows in-stock partners.",
                168);
          }
        }
      }
    }
  }

  private static boolean advertisedBelow(Offer o, Product p, String seller, double shelf) {
    return o.product().equals(p.id())
        && o.seller().equals(seller)
        && o.price() != null
        && o.surface() != OfferSurface.CART
        && (o.surface() != OfferSurface.SHELF || shelf >= 1)
        && o.price().compareTo(p.mapPrice()) < 0;
  }

  private static void map(ReferenceFindings f, Facts x) {
    for (Product p : x.products) {
      if (p.mapPrice() == null) {
        continue;
      }
      for (Offer first : x.offers) {
        String seller = first.seller();
        if (seller.equals(p.brand())) {
          continue;
        }
        double shelf = f.value(MAP, "shelfPricesAdvertised", seller);
        if (!advertisedBelow(first, p, seller, shelf)) {
          continue;
        }
        boolean earlier = false;
        for (Offer o : x.offers) {
          if (advertisedBelow(o, p, seller, shelf) && o.at().isBefore(first.at())) {
            earlier = true;
            break;
          }
        }
        if (earlier) {
          continue;
        }
        Violation v =
            f.violation(
                BELOW_MAP,
                seller,
                "advertised the product below the minimum advertised price",
                seller
                    + " advertised "
                    + p.id()
                    + " at "
                    + first.price()
                    + " on "
                    + first.surface()
                    + ", below the MAP of "
                    + p.mapPrice()
                    + ".",
                List.of(k(MAP, "shelfPricesAdvertised", seller)),
                first,
                p);
        mapNotice(f, v, p);
        double cure = f.value(MAP, "cureDays", seller);
        for (Offer again : x.offers) {
          if (!advertisedBelow(again, p, seller, shelf)
              || between(first.at(), again.at()) <= cure * 24) {
            continue;
          }
          boolean before = false;
          for (Offer o : x.offers) {
            if (advertisedBelow(o, p, seller, shelf)
                && between(first.at(), o.at()) > cure * 24
                && o.at().isBefore(again.at())) {
              before = true;
              break;
            }
          }
          if (before) {
            continue;
          }
          Violation late =
              f.violation(
                  BELOW_MAP_AFTER_CURE,
                  seller,
                  "kept advertising below the minimum advertised price past the cure period",
                  seller
                      + " still advertised "
                      + p.id()
                      + " at "
                      + again.price()
                      + " more than "
                      + (long) cure
                      + " days after the first notice.",
                  List.of(k(MAP, "shelfPricesAdvertised", seller), k(MAP, "cureDays", seller)),
                  again,
                  first,
                  p);
          mapNotice(f, late, p);
        }
      }
    }
  }

  private static void mapNotice(ReferenceFindings f, @Nullable Violation v, Product p) {
    if (v != null) {
      f.recommend(
          "Recommend a MAP notice",
          v,
          p.brand(),
          v.severity() == Severity.CRITICAL
              ? "Apply the MAP policy's escalation (for example a 14-day stop-ship) after legal review."
              : "Send the seller a MAP notice with the evidence; it has the cure period to correct the price.",
          48);
    }
  }

  private static void priceMatch(ReferenceFindings f, Facts x) {
    for (Offer shown : x.offers) {
      if (!shown.isReferral() || shown.price() == null) {
        continue;
      }
      String seller = shown.seller();
      double tolerance = f.value(MATCH, "tolerance", shown.party());
      for (Offer own : x.offers) {
        if (own.isReferral()
            || !own.party().equals(seller)
            || !own.product().equals(shown.product())
            || own.price() == null
            || tolerance >= Math.abs(shown.price().doubleValue() - own.price().doubleValue())) {
          continue;
        }
        boolean copyOlder =
            own.priceAsOf() == null
                || shown.priceAsOf() != null && shown.priceAsOf().isBefore(own.priceAsOf());
        boolean copyAsFresh =
            own.priceAsOf() != null
                && (shown.priceAsOf() == null || !shown.priceAsOf().isBefore(own.priceAsOf()));
        String message =
            "Offer "
                + shown.id()
                + " showed "
                + shown.product()
                + " at "
                + shown.price()
                + " but "
                + seller
                + " charged "
                + own.price()
                + ".";
        List<Key> keys = List.of(k(MATCH, "tolerance", shown.party()));
        if (copyOlder) {
          priceRefresh(
              f,
              f.violation(
                  STALE_PRICE,
                  shown.party(),
                  "showed a stale copy of the seller's price",
                  message,
                  keys,
                  shown,
                  own));
        }
        if (copyAsFresh) {
          priceRefresh(
              f,
              f.violation(
                  PRICE_NOT_HONOURED,
                  seller,
                  "its price feed sent a price its own page did not honour",
                  message,
                  keys,
                  shown,
                  own));
        }
      }
    }
  }

  private static void priceRefresh(ReferenceFindings f, @Nullable Violation v) {
    if (v != null) {
      f.recommend(
          "Recommend a price refresh",
          v,
          v.responsibleParty(),
          "Refresh the price source and shorten the feed interval so every touchpoint shows the checkout price.",
          24);
    }
  }

  private static void crossChannel(ReferenceFindings f, Facts x) {
    for (Product p : x.products) {
      for (Offer brand : x.offers) {
        if (!brand.product().equals(p.id())
            || !brand.seller().equals(p.brand())
            || brand.isReferral()
            || brand.price() == null
            || brand.price().signum() <= 0) {
          continue;
        }
        for (Offer partner : x.offers) {
          if (!partner.product().equals(p.id())
              || partner.seller().equals(p.brand())
              || partner.isReferral()
              || partner.price() == null) {
            continue;
          }
          String seller = partner.seller();
          double gap = f.value(CROSS, "maxGap", seller);
          if (gap
              >= Math.abs(partner.price().doubleValue() - brand.price().doubleValue())
                  / brand.price().doubleValue()) {
            continue;
          }
          boolean brandFarther =
              p.msrp() != null && farther(brand.price(), partner.price(), p.msrp());
          String message =
              p.id()
                  + " cost "
                  + brand.price()
                  + " from "
                  + p.brand()
                  + " and "
                  + partner.price()
                  + " from "
                  + seller
                  + ", a gap over "
                  + Math.round(gap * 100)
                  + " %.";
          Violation v =
              brandFarther
                  ? f.violation(
                      BRAND_UNDERCUTS,
                      p.brand(),
                      "priced its own channel away from the suggested retail price, undercutting its partner",
                      message,
                      List.of(k(CROSS, "maxGap", seller)),
                      brand,
                      partner,
                      p)
                  : f.violation(
                      PRICE_GAP,
                      seller,
                      "priced the product away from the brand's price by more than the agreed gap",
                      message,
                      List.of(k(CROSS, "maxGap", seller)),
                      brand,
                      partner,
                      p);
          if (v != null) {
            f.recommend(
                "Recommend a channel-pricing review",
                v,
                p.brand(),
                "Review the channel-pricing policy with the partner and align the promotions calendar.",
                336);
          }
        }
      }
    }
    for (Offer high : x.offers) {
      if (high.isReferral()
          || high.price() == null
          || high.price().signum() <= 0
          || !(high.surface() == OfferSurface.PAGE || high.surface() == OfferSurface.SHELF)) {
        continue;
      }
      String seller = high.seller();
      double moment = f.value(CROSS, "sameMomentHours", seller);
      double gap = f.value(CROSS, "maxOwnChannelGap", seller);
      for (Offer low : x.offers) {
        if (low.isReferral()
            || !low.seller().equals(seller)
            || !low.product().equals(high.product())
            || low.price() == null
            || low.channel() == high.channel()
            || !(low.surface() == OfferSurface.PAGE || low.surface() == OfferSurface.SHELF)
            || low.price().compareTo(high.price()) >= 0
            || moment < Math.abs(between(low.at(), high.at()))
            || gap
                >= (high.price().doubleValue() - low.price().doubleValue())
                    / high.price().doubleValue()) {
          continue;
        }
        Violation v =
            f.violation(
                OWN_CHANNELS,
                seller,
                "showed one product at two prices on its own channels at the same time",
                seller
                    + " showed "
                    + high.product()
                    + " at "
                    + high.price()
                    + " on "
                    + high.channel()
                    + " and at "
                    + low.price()
                    + " on "
                    + low.channel()
                    + ", a gap over the agreed "
                    + Math.round(gap * 100)
                    + " %.",
                List.of(k(CROSS, "sameMomentHours", seller), k(CROSS, "maxOwnChannelGap", seller)),
                high,
                low);
        if (v != null) {
          f.recommend(
              "Recommend one price across the seller's channels",
              v,
              v.responsibleParty(),
              "Publish this product's price to every own channel (web, app, store shelves) from one source, or agree a channel-specific gap.",
              72);
        }
      }
    }
  }

  /** Whether the brand's price is farther from the suggested retail price than the partner's. */
  private static boolean farther(BigDecimal brand, BigDecimal partner, BigDecimal msrp) {
    return brand.subtract(msrp).abs().compareTo(partner.subtract(msrp).abs()) > 0;
  }

  private static void content(ReferenceFindings f, Facts x) {
    for (Product p : x.products) {
      if (p.attributes().isEmpty()) {
        continue;
      }
      for (Offer o : x.offers) {
        if (!o.product().equals(p.id()) || o.attributes().isEmpty()) {
          continue;
        }
        String mismatches = ContentCheck.mismatches(p, o);
        if (!mismatches.isEmpty()) {
          correctContent(
              f,
              f.violation(
                  CONTENT_MISMATCH,
                  o.party(),
                  "owns the listing",
                  "Listing "
                      + o.id()
                      + " of "
                      + p.id()
                      + " differs from the master data: "
                      + mismatches
                      + ".",
                  List.of(),
                  o,
                  p));
        }
        String missing = ContentCheck.missing(p, o);
        if (!missing.isEmpty()) {
          correctContent(
              f,
              f.violation(
                  CONTENT_MISSING,
                  o.party(),
                  "owns the listing",
                  "Listing "
                      + o.id()
                      + " of "
                      + p.id()
                      + " leaves out critical attributes of the master data: "
                      + missing
                      + ".",
                  List.of(),
                  o,
                  p));
        }
      }
    }
    for (Offer o : x.offers) {
      if (o.imageCount() == null) {
        continue;
      }
      double min = f.value(CONTENT, "minImages", o.party());
      if (min > o.imageCount()) {
        correctContent(
            f,
            f.violation(
                CONTENT_IMAGES,
                o.party(),
                "owns the listing",
                "Listing "
                    + o.id()
                    + " shows "
                    + o.imageCount()
                    + " images, fewer than the agreed "
                    + (long) min
                    + ".",
                List.of(k(CONTENT, "minImages", o.party())),
                o));
      }
    }
  }

  private static void correctContent(ReferenceFindings f, @Nullable Violation v) {
    if (v != null) {
      f.recommend(
          "Recommend corrected content",
          v,
          v.responsibleParty(),
          "Push the corrected content from the brand master data, re-syndicate, and lock the critical attributes.",
          72);
    }
  }

  // --- Parcels: tracking, dispatch, packing, contents, delivery ----------------------------------

  private static Instant handedOver(Shipment s, Instant due) {
    if (s.shippedAt().isAfter(due) || s.firstScanAt() == null || !s.firstScanAt().isAfter(due)) {
      return s.shippedAt();
    }
    return s.firstScanAt();
  }

  private static void parcels(ReferenceFindings f, Facts x, Instant now) {
    for (Shipment s : x.shipments) {
      Order o = x.ordersById.get(s.order());
      tracking(f, s, o, now);
      if (o != null) {
        dispatch(f, s, o, now);
      }
      packaging(f, s, o);
      if (o != null) {
        slipAndContents(f, s, o);
      }
    }
    for (Delivery d : x.deliveries) {
      delivery(f, x, d, now);
    }
    for (Order o : x.orders) {
      Shipment good = null;
      for (Shipment s : x.shipments) {
        if (s.order().equals(o.id())
            && s.isUpToStandard()
            && (good == null || s.id().compareTo(good.id()) < 0)) {
          good = s;
        }
      }
      if (good == null) {
        continue;
      }
      for (Shipment bad : x.shipments) {
        if (!bad.order().equals(o.id())
            || bad.isUpToStandard()
            || bad.packedBy().equals(good.packedBy())) {
          continue;
        }
        Violation v =
            f.violation(
                DIVERGE,
                bad.packedBy(),
                "fulfilled the parcel that fell short while "
                    + good.packedBy()
                    + "'s parcel of the same order met the standard",
                "Order "
                    + o.id()
                    + " arrived in parcels of uneven standard: "
                    + good.id()
                    + " from "
                    + good.packedBy()
                    + " was fine, "
                    + bad.id()
                    + " from "
                    + bad.packedBy()
                    + " was not.",
                List.of(),
                bad,
                good,
                o);
        if (v != null) {
          f.recommend(
              "Recommend onboarding to the site's spec",
              v,
              o.seller(),
              "Onboard "
                  + v.responsibleParty()
                  + " to "
                  + o.seller()
                  + "'s packaging and insert spec and audit its parcels until they match.",
              336);
        }
      }
    }
  }

  private static void tracking(ReferenceFindings f, Shipment s, @Nullable Order o, Instant now) {
    if (s.shippedAt() == null) {
      return;
    }
    if (s.trackingNumber() == null || Boolean.FALSE.equals(s.trackingValid())) {
      labels(
          f,
          f.violation(
              NO_TRACKING,
              s.packedBy(),
              "uploaded the parcel's tracking",
              "Parcel "
                  + s.id()
                  + " shipped "
                  + (s.trackingNumber() == null
                      ? "with no tracking number."
                      : "with an invalid tracking number."),
              List.of(),
              s),
          s,
          o);
    }
    if (s.trackingNumber() != null
        && Boolean.TRUE.equals(s.trackingValid())
        && s.carrier() != null) {
      String carrier = s.carrier();
      double max = f.value(TRACKING, "maxHoursToFirstScan", carrier);
      double risk = f.value(TRACKING, "atRiskHours", carrier);
      Deadline d =
          f.deadline(
              SCAN_DEADLINE,
              s,
              carrier,
              now,
              after(s.shippedAt(), max),
              after(s.shippedAt(), max - risk),
              s.firstScanAt(),
              List.of(
                  k(TRACKING, "maxHoursToFirstScan", carrier),
                  k(TRACKING, "atRiskHours", carrier)));
      if (d != null && d.status() == ObligationStatus.VIOLATED) {
        labels(
            f,
            f.breach(
                NEVER_SCANNED,
                d,
                "took a parcel with a valid label and did not scan it within " + (long) max + " h",
                "Parcel "
                    + s.id()
                    + " had valid tracking "
                    + s.trackingNumber()
                    + " but no carrier scan within "
                    + (long) max
                    + " h of hand-over.",
                List.of(k(TRACKING, "maxHoursToFirstScan", carrier)),
                s),
            s,
            o);
      }
    }
  }

  private static void labels(
      ReferenceFindings f, @Nullable Violation v, Shipment s, @Nullable Order o) {
    if (v != null && o != null) {
      f.recommend(
          "Recommend integrated labels",
          v,
          o.seller(),
          v.responsibleParty().equals(s.packedBy())
              ? "Buy labels through an integrated carrier and upload tracking at hand-over; give the customer a working tracking link."
              : "Open a trace with "
                  + v.responsibleParty()
                  + " for the unscanned parcel and tell the customer where it is; review the carrier's pick-up scans.",
          24);
    }
  }

  private static void dispatch(ReferenceFindings f, Shipment s, Order o, Instant now) {
    if (s.shippedAt() == null) {
      return;
    }
    String packer = s.packedBy();
    if (o.expectedShipBy() != null) {
      Instant due = o.expectedShipBy();
      double risk = f.value(DISPATCH, "atRiskHours", packer);
      Deadline d =
          f.deadline(
              HAND_OVER_DEADLINE,
              s,
              packer,
              now,
              due,
              after(due, -risk),
              handedOver(s, due),
              List.of(k(DISPATCH, "atRiskHours", packer)));
      if (d != null && d.status() == ObligationStatus.VIOLATED) {
        Violation v;
        if (s.shippedAt().isAfter(due)) {
          v =
              f.breach(
                  SHIPPED_LATE,
                  d,
                  "fulfilled the order and confirmed its shipment",
                  "Parcel "
                      + s.id()
                      + " of order "
                      + o.id()
                      + " shipped at "
                      + s.shippedAt()
                      + ", after the expected ship date "
                      + due
                      + ".",
                  List.of(),
                  s,
                  o);
        } else {
          v =
              f.breach(
                  SCANNED_LATE,
                  d,
                  "confirmed the shipment by the expected ship date but handed the parcel to the carrier after it",
                  "Parcel "
                      + s.id()
                      + " of order "
                      + o.id()
                      + " was confirmed shipped at "
                      + s.shippedAt()
                      + " but first scanned by the carrier at "
                      + s.firstScanAt()
                      + ", after the expected ship date "
                      + due
                      + ".",
                  List.of(),
                  s,
                  o);
        }
        handlingTime(f, v, o);
      }
    } else if (o.fulfilment() == Fulfilment.DELIVERY) {
      double max = f.value(DISPATCH, "maxHandlingHours", packer);
      double risk = f.value(DISPATCH, "atRiskHours", packer);
      Deadline d =
          f.deadline(
              HANDLING_DEADLINE,
              s,
              packer,
              now,
              after(o.at(), max),
              after(o.at(), max - risk),
              s.shippedAt(),
              List.of(k(DISPATCH, "maxHandlingHours", packer), k(DISPATCH, "atRiskHours", packer)));
      if (d != null && d.status() == ObligationStatus.VIOLATED) {
        handlingTime(
            f,
            f.breach(
                HANDLING_LATE,
                d,
                "fulfilled the order and shipped it after the " + (long) max + " h handling time",
                "Parcel "
                    + s.id()
                    + " of order "
                    + o.id()
                    + " shipped "
                    + Math.round(between(o.at(), s.shippedAt()))
                    + " h after the order, over the "
                    + (long) max
                    + " h handling time.",
                List.of(k(DISPATCH, "maxHandlingHours", packer)),
                s,
                o),
            o);
      }
    }
  }

  private static void handlingTime(ReferenceFindings f, @Nullable Violation v, Order o) {
    if (v != null) {
      f.recommend(
          "Recommend handling time",
          v,
          o.seller(),
          "Tell the customer the new date now; "
              + v.responsibleParty()
              + " adjusts its handling time or capacity and hands parcels to the carrier by the promised ship date.",
          24);
    }
  }

  private static void packaging(ReferenceFindings f, Shipment s, @Nullable Order o) {
    if (!s.isDamaged()) {
      return;
    }
    Boolean met = s.packagingSpecMet();
    Violation v = null;
    if (Boolean.FALSE.equals(met)
        || met == null && (s.handlingExceptionAt() == null || s.carrier() == null)) {
      v =
          f.violation(
              BELOW_SPEC,
              s.packedBy(),
              s.isSpecMissed()
                  ? "packed the parcel below the brand's packaging spec"
                  : "packed the parcel with no record that the packaging spec was met",
              "Parcel "
                  + s.id()
                  + " arrived "
                  + s.condition()
                  + " and its packing did not meet the packaging spec.",
              List.of(),
              s);
      packagingSpec(f, v, s, o);
    }
    if (s.carrier() != null
        && (Boolean.TRUE.equals(met) || met == null && s.handlingExceptionAt() != null)) {
      v =
          f.violation(
              TO_SPEC,
              s.carrier(),
              met == null
                  ? "scanned a handling exception on a parcel that then arrived damaged"
                  : "carried a parcel that was packed to spec and arrived damaged",
              met == null
                  ? "Parcel "
                      + s.id()
                      + " was scanned with a handling exception by "
                      + s.carrier()
                      + " at "
                      + s.handlingExceptionAt()
                      + " and arrived "
                      + s.condition()
                      + "."
                  : "Parcel "
                      + s.id()
                      + " was packed to spec by "
                      + s.packedBy()
                      + " but arrived "
                      + s.condition()
                      + " after transit with "
                      + s.carrier()
                      + ".",
              List.of(),
              s);
      packagingSpec(f, v, s, o);
    }
  }

  private static void packagingSpec(
      ReferenceFindings f, @Nullable Violation v, Shipment s, @Nullable Order o) {
    if (v != null && o != null) {
      f.recommend(
          "Recommend packaging spec",
          v,
          o.seller(),
          v.responsibleParty().equals(s.packedBy())
              ? "Apply the brand's packaging spec (protective or insulated packing) to every parcel of this product; replace the damaged goods for the customer."
              : "File a carrier claim and review handling on this lane; replace the damaged goods for the customer.",
          72);
    }
  }

  private static void slipAndContents(ReferenceFindings f, Shipment s, Order o) {
    if (s.isSlipMissing()) {
      slipTemplate(
          f,
          f.violation(
              NO_SLIP,
              s.packedBy(),
              "packed the parcel without the required packing slip or order note",
              "Parcel "
                  + s.id()
                  + " for order "
                  + o.id()
                  + " arrived with no packing slip or note from "
                  + o.seller()
                  + ".",
              List.of(),
              s,
              o),
          o);
    }
    if (s.foreignBranding()) {
      slipTemplate(
          f,
          f.violation(
              FOREIGN_BRANDING,
              s.packedBy(),
              "put another seller's branding in a parcel sold by " + o.seller(),
              "Parcel "
                  + s.id()
                  + " for order "
                  + o.id()
                  + " carried branding other than the seller of record's.",
              List.of(),
              s,
              o),
          o);
    }
    if (s.isGiftNoteMissing() && o.gift()) {
      slipTemplate(
          f,
          f.violation(
              NO_GIFT_NOTE,
              s.packedBy(),
              "packed a gift parcel without the customer's gift note",
              "Parcel "
                  + s.id()
                  + " for gift order "
                  + o.id()
                  + " from "
                  + o.seller()
                  + " arrived without its gift note"
                  + (o.giftMessage() == null
                      ? "."
                      : " (the customer's message was '" + o.giftMessage() + "')."),
              List.of(),
              s,
              o),
          o);
    }
    ContentIssue issue = s.contentIssue();
    Violation v = null;
    if (issue == ContentIssue.WRONG_ITEM
        || issue == ContentIssue.SUBSTITUTED
        || issue == ContentIssue.MISSING_ITEM) {
      v =
          f.violation(
              WRONG_ITEM,
              s.packedBy(),
              "picked and packed the parcel's contents",
              "Parcel " + s.id() + " for order " + o.id() + " had a " + issue + " item.",
              List.of(),
              s,
              o);
    } else if (issue == ContentIssue.NOT_AS_DESCRIBED) {
      v =
          f.violation(
              NOT_AS_DESCRIBED,
              o.seller(),
              "owns the listing that described the item differently",
              "Parcel "
                  + s.id()
                  + " for order "
                  + o.id()
                  + " held an item that does not match "
                  + o.seller()
                  + "'s description.",
              List.of(),
              s,
              o);
    }
    if (v != null) {
      f.recommend(
          "Recommend pick or listing fix",
          v,
          o.seller(),
          v.responsibleParty().equals(o.seller())
              ? "Correct the listing content so it matches the product; offer the customer a return or refund."
              : "Introduce scan-to-verify picking for this packer; send the customer the item they ordered.",
          72);
    }
  }

  private static void slipTemplate(ReferenceFindings f, @Nullable Violation v, Order o) {
    if (v != null) {
      f.recommend(
          "Recommend packing-slip template",
          v,
          o.seller(),
          "Use the seller of record's approved packing-slip template and audit the next 20 parcels from this packer.",
          168);
    }
  }

  private static void delivery(ReferenceFindings f, Facts x, Delivery d, Instant now) {
    if (d.delayCause() != DelayCause.UNKNOWN) {
      return;
    }
    Shipment s = x.shipmentsById.get(d.shipment());
    Order o = s == null ? null : x.ordersById.get(s.order());
    if (o == null) {
      return;
    }
    boolean shippedLate =
        s.shippedAt() != null
            && o.expectedShipBy() != null
            && s.shippedAt().isAfter(o.expectedShipBy());
    Rule deadline;
    Rule breach;
    String party;
    if (shippedLate) {
      deadline = DELIVERY_LATE_SHIPPED_DEADLINE;
      breach = DELIVERY_AFTER_LATE_SHIPMENT;
      party = s.packedBy();
    } else if (s.carrier() != null) {
      deadline = DELIVERY_CARRY_DEADLINE;
      breach = DELIVERY_AFTER_ON_TIME;
      party = s.carrier();
    } else {
      deadline = DELIVERY_NO_CARRIER_DEADLINE;
      breach = DELIVERY_NO_CARRIER;
      party = s.packedBy();
    }
    double grace = f.value(DELIVERY, "graceHours", party);
    double risk = f.value(DELIVERY, "atRiskHours", party);
    Deadline due =
        f.deadline(
            deadline,
            d,
            party,
            now,
            after(d.promisedBy(), grace),
            after(d.promisedBy(), grace - risk),
            d.deliveredAt(),
            List.of(k(DELIVERY, "graceHours", party), k(DELIVERY, "atRiskHours", party)));
    if (due == null || due.status() != ObligationStatus.VIOLATED) {
      return;
    }
    String arrival =
        d.deliveredAt() != null
            ? "arrived " + d.deliveredAt()
            : "was still not delivered at " + due.asOf();
    String head = "Parcel " + s.id() + " " + arrival + ", after the promised " + d.promisedBy();
    Violation v =
        shippedLate
            ? f.breach(
                breach,
                due,
                "shipped the parcel after the expected ship date",
                head + "; it had shipped late.",
                List.of(),
                d,
                s,
                o)
            : s.carrier() != null
                ? f.breach(
                    breach,
                    due,
                    "carried a parcel that shipped on time and arrived late",
                    head + ", though it shipped on time.",
                    List.of(),
                    d,
                    s,
                    o)
                : f.breach(
                    breach,
                    due,
                    "shipped the parcel with no carrier on record to answer for its transit",
                    head + ", and names no carrier.",
                    List.of(),
                    d,
                    s,
                    o);
    if (v != null) {
      f.recommend(
          "Recommend a carrier review",
          v,
          o.seller(),
          v.responsibleParty().equals(s.packedBy())
              ? "Apologise to the customer with the real delivery date; "
                  + v.responsibleParty()
                  + " ships by the expected ship date and records the carrier of every parcel."
              : "Apologise to the customer with the real delivery date; review "
                  + v.responsibleParty()
                  + " on this lane or shorten the delivery promise.",
          48);
    }
  }

  // --- Orders: status, unshipped orders, pickups
  // --------------------------------------------------

  private static @Nullable Instant firstScan(Facts x, String order) {
    Instant first = null;
    for (Shipment s : x.shipments) {
      if (s.order().equals(order)
          && s.firstScanAt() != null
          && (first == null || s.firstScanAt().isBefore(first))) {
        first = s.firstScanAt();
      }
    }
    return first;
  }

  private static @Nullable Instant firstShippedOrCancelled(Facts x, String order) {
    Instant first = null;
    for (Shipment s : x.shipments) {
      if (s.order().equals(order)) {
        Instant at = s.shippedAt() != null ? s.shippedAt() : s.at();
        if (first == null || at.isBefore(first)) {
          first = at;
        }
      }
    }
    for (Cancellation c : x.cancellations) {
      if (c.order().equals(order) && (first == null || c.at().isBefore(first))) {
        first = c.at();
      }
    }
    return first;
  }

  private static void correctedStatus(ReferenceFindings f, @Nullable Violation v) {
    if (v != null) {
      f.recommend(
          "Recommend a corrected status",
          v,
          v.responsibleParty(),
          "Correct the status from the real shipment events and give the customer a new date.",
          24);
    }
  }

  private static void orders(ReferenceFindings f, Facts x, Instant now) {
    for (StatusUpdate u : x.statuses) {
      String owner = u.party();
      if (u.status() == OrderStatus.SHIPPED) {
        double max = f.value(STATUS, "maxHoursToFirstScan", owner);
        double risk = f.value(STATUS, "atRiskHours", owner);
        Deadline d =
            f.deadline(
                SCAN_BEHIND_SHIPPED_DEADLINE,
                u,
                owner,
                now,
                after(u.at(), max),
                after(u.at(), max - risk),
                firstScan(x, u.order()),
                List.of(k(STATUS, "maxHoursToFirstScan", owner), k(STATUS, "atRiskHours", owner)));
        if (d != null && d.status() == ObligationStatus.VIOLATED) {
          correctedStatus(
              f,
              f.breach(
                  SHIPPED_NO_SCAN,
                  d,
                  "owns the order-status feed the customer saw",
                  "Order "
                      + u.order()
                      + " was shown as shipped at "
                      + u.at()
                      + " with no carrier scan within "
                      + (long) max
                      + " h.",
                  List.of(k(STATUS, "maxHoursToFirstScan", owner)),
                  u));
        }
        double lead = f.value(STATUS, "maxHoursAhead", owner);
        Shipment first = null;
        for (Shipment s : x.shipments) {
          if (s.order().equals(u.order())
              && s.shippedAt() != null
              && (first == null || s.shippedAt().isBefore(first.shippedAt()))) {
            first = s;
          }
        }
        for (Shipment s : x.shipments) {
          if (first != null
              && s.order().equals(u.order())
              && s.shippedAt() != null
              && s.shippedAt().equals(first.shippedAt())
              && between(u.at(), s.shippedAt()) > lead) {
            correctedStatus(
                f,
                f.violation(
                    SHIPPED_AHEAD,
                    owner,
                    "owns the order-status feed that said shipped before the parcel shipped",
                    "Order "
                        + u.order()
                        + " was shown as shipped at "
                        + u.at()
                        + " but parcel "
                        + s.id()
                        + " was handed over at "
                        + s.shippedAt()
                        + ".",
                    List.of(k(STATUS, "maxHoursAhead", owner)),
                    u,
                    s));
          }
        }
      } else if (u.status() == OrderStatus.DELIVERED) {
        double lead = f.value(STATUS, "maxHoursAhead", owner);
        for (Shipment s : x.shipments) {
          if (!s.order().equals(u.order())) {
            continue;
          }
          for (Delivery d : x.deliveries) {
            if (d.shipment().equals(s.id())
                && (d.deliveredAt() == null || between(u.at(), d.deliveredAt()) > lead)) {
              correctedStatus(
                  f,
                  f.violation(
                      DELIVERED_AHEAD,
                      owner,
                      "owns the order-status feed that said delivered before the delivery",
                      "Order "
                          + u.order()
                          + " was shown as delivered at "
                          + u.at()
                          + " but parcel "
                          + s.id()
                          + (d.deliveredAt() == null
                              ? " had not been delivered."
                              : " was delivered at " + d.deliveredAt() + "."),
                      List.of(k(STATUS, "maxHoursAhead", owner)),
                      u,
                      d));
            }
          }
        }
      }
    }
    for (Order o : x.orders) {
      if (o.expectedShipBy() != null) {
        for (StatusUpdate u : x.statuses) {
          if (u.order().equals(o.id())
              && u.status() == OrderStatus.PROCESSING
              && u.at().isAfter(o.expectedShipBy())) {
            correctedStatus(
                f,
                f.violation(
                    PROCESSING_PAST,
                    u.party(),
                    "owns the order-status feed the customer saw",
                    "Order "
                        + o.id()
                        + " was still shown as processing at "
                        + u.at()
                        + ", past its expected ship date "
                        + o.expectedShipBy()
                        + ".",
                    List.of(),
                    u,
                    o));
          }
        }
      }
      if (o.expectedShipBy() != null && o.fulfilment() == Fulfilment.DELIVERY) {
        unshipped(f, x, o, now);
      }
      if (o.fulfilment() == Fulfilment.PICKUP && o.pickupStore() != null) {
        pickup(f, x, o, now);
      }
    }
  }

  private static void unshipped(ReferenceFindings f, Facts x, Order o, Instant now) {
    Instant ship = o.expectedShipBy();
    String seller = o.seller();
    double days = f.value(STATUS, "cancelAfterDaysPastShipDate", seller);
    double risk = f.value(STATUS, "atRiskHours", seller);
    Deadline d =
        f.deadline(
            SHIP_OR_CANCEL_DEADLINE,
            o,
            seller,
            now,
            after(ship, days * 24),
            after(ship, days * 24 - risk),
            firstShippedOrCancelled(x, o.id()),
            List.of(
                k(STATUS, "cancelAfterDaysPastShipDate", seller),
                k(STATUS, "atRiskHours", seller)));
    if (d != null && d.status() == ObligationStatus.VIOLATED) {
      Violation v =
          f.breach(
              UNSHIPPED_OPEN,
              d,
              "sold the order and left it open, neither shipped nor cancelled",
              "Order "
                  + o.id()
                  + " was still unshipped and open more than "
                  + (long) days
                  + " days after its expected ship date "
                  + ship
                  + ".",
              List.of(k(STATUS, "cancelAfterDaysPastShipDate", seller)),
              o);
      if (v != null) {
        f.recommend(
            "Recommend cancel and refund",
            v,
            v.responsibleParty(),
            "Cancel the order and refund the customer now, with an apology and, where possible, an alternative seller.",
            0);
      }
    }
    boolean shipped = false;
    for (Shipment s : x.shipments) {
      shipped |= s.order().equals(o.id());
    }
    if (shipped || x.cancelled.contains(o.id())) {
      return;
    }
    String dispatcher = o.dispatcher();
    double atRisk = f.value(DISPATCH, "atRiskHours", dispatcher);
    Deadline due =
        f.deadline(
            SHIP_ORDER_DEADLINE,
            o,
            dispatcher,
            now,
            ship,
            after(ship, -atRisk),
            null,
            List.of(k(DISPATCH, "atRiskHours", dispatcher)));
    if (due != null && due.status() == ObligationStatus.VIOLATED) {
      Violation v =
          f.breach(
              NOT_SHIPPED,
              due,
              o.fulfiller() == null
                  ? "sold the order and no fulfiller has shipped it"
                  : "took the order from " + o.seller() + " to drop-ship and has not shipped it",
              "Order "
                  + o.id()
                  + " had not shipped by its expected ship date "
                  + ship
                  + " and was neither shipped nor cancelled when last observed.",
              List.of(),
              o);
      if (v != null) {
        f.recommend(
            "Recommend shipping the late order today",
            v,
            o.seller(),
            "Ship the order today or tell the customer a new date today; set an alarm on every order due to ship today.",
            24);
      }
    }
  }

  private static void pickupStaffing(ReferenceFindings f, @Nullable Violation v, Order o) {
    if (v != null) {
      f.recommend(
          "Recommend pick-queue staffing",
          v,
          o.seller(),
          "Tell the customer when the order will be ready; "
              + v.responsibleParty()
              + " re-staffs its pick queue or narrows the pickup time promised on its offers.",
          72);
    }
  }

  private static void pickup(ReferenceFindings f, Facts x, Order o, Instant now) {
    String store = o.pickupStore();
    double sla = f.value(READY, "defaultReadyHours", store);
    double risk = f.value(READY, "atRiskHours", store);
    List<Key> keys = List.of(k(READY, "defaultReadyHours", store), k(READY, "atRiskHours", store));
    Instant due =
        o.promisedBy() != null ? o.promisedBy() : o.at().plusMillis((long) (sla * 3600000));
    boolean anyPickup = false;
    boolean readyKnown = false;
    for (Pickup p : x.pickups) {
      if (!p.order().equals(o.id())) {
        continue;
      }
      anyPickup = true;
      if (p.isStockFailure()) {
        Violation v =
            f.violation(
                PICKUP_NOT_HONOURED,
                store,
                "keeps the store inventory that promised the pickup",
                "Pickup order " + o.id() + " ended " + p.outcome() + " at " + store + ".",
                List.of(),
                p,
                o);
        if (v != null) {
          f.recommend(
              "Recommend pickup safety stock",
              v,
              o.seller(),
              "Add a safety buffer to available-to-promise for this product at "
                  + v.responsibleParty()
                  + ", cycle-count it, and offer the customer an alternative store or delivery.",
              48);
        }
      }
      if (p.readyAt() == null) {
        continue;
      }
      readyKnown = true;
      Deadline d =
          f.deadline(
              READY_PICKUP_DEADLINE, p, store, now, due, after(due, -risk), p.readyAt(), keys);
      if (d != null && d.status() == ObligationStatus.VIOLATED) {
        pickupStaffing(
            f,
            f.breach(
                READY_LATE,
                d,
                "prepares pickup orders at the store",
                "Pickup order "
                    + o.id()
                    + " was ready at "
                    + p.readyAt()
                    + ", after it was due at "
                    + d.dueAt()
                    + ".",
                List.of(),
                p,
                o),
            o);
      }
    }
    Instant firstReady = null;
    for (StatusUpdate u : x.statuses) {
      if (u.order().equals(o.id())
          && u.status() == OrderStatus.READY_FOR_PICKUP
          && (firstReady == null || u.at().isBefore(firstReady))) {
        firstReady = u.at();
      }
    }
    if (!readyKnown && firstReady != null) {
      for (StatusUpdate u : x.statuses) {
        if (!u.order().equals(o.id())
            || u.status() != OrderStatus.READY_FOR_PICKUP
            || !u.at().equals(firstReady)) {
          continue;
        }
        Deadline d =
            f.deadline(READY_ORDER_DEADLINE, o, store, now, due, after(due, -risk), u.at(), keys);
        if (d != null && d.status() == ObligationStatus.VIOLATED) {
          pickupStaffing(
              f,
              f.breach(
                  READY_MESSAGE_LATE,
                  d,
                  "prepares pickup orders at the store",
                  "Pickup order "
                      + o.id()
                      + " was first reported ready at "
                      + u.at()
                      + ", after it was due at "
                      + d.dueAt()
                      + ".",
                  List.of(),
                  u,
                  o),
              o);
        }
      }
    }
    if (!anyPickup && firstReady == null && !x.cancelled.contains(o.id())) {
      Deadline d =
          f.deadline(READY_NONE_DEADLINE, o, store, now, due, after(due, -risk), null, keys);
      if (d != null && d.status() == ObligationStatus.VIOLATED) {
        pickupStaffing(
            f,
            f.breach(
                READY_NEVER,
                d,
                "prepares pickup orders at the store",
                "Pickup order "
                    + o.id()
                    + " was due ready at "
                    + d.dueAt()
                    + " and had not been reported ready when last observed.",
                List.of(),
                o),
            o);
      }
    }
  }

  // --- Service: response, relay, closure, history, ownership -------------------------------------

  private static @Nullable Instant firstContact(
      Facts x, String complaint, ServiceAction action, @Nullable String by, @Nullable String to) {
    Instant first = null;
    for (ServiceContact s : x.contacts) {
      if (s.complaint().equals(complaint)
          && s.action() == action
          && (by == null || by.equals(s.party()))
          && (to == null || to.equals(s.to()))
          && (action != ServiceAction.RESOLUTION || s.rootCause() != null)
          && (first == null || s.at().isBefore(first))) {
        first = s.at();
      }
    }
    return first;
  }

  private static void service(ReferenceFindings f, Facts x, Instant now) {
    for (Complaint c : x.complaints) {
      response(f, x, c, now);
      if (c.isAboutAnotherParty()) {
        relay(f, x, c, now);
      }
      if (c.order() == null && ORDER_REASONS.contains(c.reason())) {
        orderLookup(
            f,
            f.violation(
                UNLINKED,
                c.party(),
                "took the complaint without linking the order (an evidence gap)",
                "Complaint "
                    + c.id()
                    + " about "
                    + c.reason()
                    + " names no order, so attribution cannot be checked.",
                List.of(),
                c));
      }
      if (c.order() != null) {
        repeated(f, x, c);
      }
      if (c.disposition() == Disposition.REDIRECTED) {
        boolean relayed = false;
        for (ServiceContact r : x.contacts) {
          relayed |= r.complaint().equals(c.id()) && r.action() == ServiceAction.RELAY;
        }
        if (!relayed) {
          Violation v =
              f.violation(
                  REDIRECTED,
                  c.party(),
                  "was the party the customer chose to complain to",
                  "Complaint "
                      + c.id()
                      + " was closed by sending the customer to "
                      + (c.about() == null ? "another company" : c.about())
                      + " with no case opened for them.",
                  List.of(),
                  c);
          if (v != null) {
            f.recommend(
                "Recommend warm hand-off",
                v,
                c.party(),
                "Reopen the complaint, hand it off with a case link to the party at fault, and keep the customer informed until it is resolved.",
                24);
          }
        }
      }
    }
    for (ServiceContact r : x.contacts) {
      if (r.action() == ServiceAction.RELAY && r.to() != null) {
        closure(f, x, r, now);
      }
    }
  }

  private static void response(ReferenceFindings f, Facts x, Complaint c, Instant now) {
    String receiver = c.party();
    boolean regulator = c.viaRegulator();
    String key = regulator ? "regulatorMaxHours" : "maxHours";
    double max = f.value(RESPONSE, key, receiver);
    double risk = f.value(RESPONSE, "atRiskHours", receiver);
    Deadline d =
        f.deadline(
            regulator ? RESPOND_REGULATOR_DEADLINE : RESPOND_DEADLINE,
            c,
            receiver,
            now,
            after(c.at(), max),
            after(c.at(), regulator ? Math.max(0, max - risk) : max - risk),
            firstContact(x, c.id(), ServiceAction.RESPONSE, receiver, null),
            List.of(k(RESPONSE, key, receiver), k(RESPONSE, "atRiskHours", receiver)));
    if (d == null || d.status() != ObligationStatus.VIOLATED) {
      return;
    }
    Violation v =
        regulator
            ? f.breach(
                NO_REGULATOR_RESPONSE,
                d,
                "received the complaint through a regulator",
                "Regulator complaint "
                    + c.id()
                    + " got no human response within "
                    + (long) max
                    + " h.",
                List.of(k(RESPONSE, key, receiver)),
                c)
            : f.breach(
                NO_RESPONSE,
                d,
                "received the complaint",
                "Complaint " + c.id() + " got no human response within " + (long) max + " h.",
                List.of(k(RESPONSE, key, receiver)),
                c);
    if (v != null) {
      f.recommend(
          "Recommend service coverage",
          v,
          v.responsibleParty(),
          "Respond to the customer now; staff the service desk including weekends (an automatic acknowledgement is not a response).",
          4);
    }
  }

  private static void relay(ReferenceFindings f, Facts x, Complaint c, Instant now) {
    String receiver = c.party();
    double max = f.value(RELAY, "maxHours", receiver);
    double risk = f.value(RELAY, "atRiskHours", receiver);
    Deadline d =
        f.deadline(
            RELAY_DEADLINE,
            c,
            receiver,
            now,
            after(c.at(), max),
            after(c.at(), max - risk),
            firstContact(x, c.id(), ServiceAction.RELAY, null, c.about()),
            List.of(k(RELAY, "maxHours", receiver), k(RELAY, "atRiskHours", receiver)));
    if (d == null || d.status() != ObligationStatus.VIOLATED) {
      return;
    }
    Violation v =
        f.breach(
            NOT_RELAYED,
            d,
            "received the complaint and owns its relay to " + c.about(),
            "Complaint "
                + c.id()
                + " about "
                + c.about()
                + " was not relayed to "
                + c.about()
                + " within "
                + (long) max
                + " h.",
            List.of(k(RELAY, "maxHours", receiver)),
            c);
    if (v != null) {
      f.recommend(
          "Recommend relaying the complaint",
          v,
          c.party(),
          "Open a case with "
              + c.about()
              + " carrying the complaint's evidence, and tell the customer who is fixing it and by when.",
          24);
    }
  }

  private static void closure(ReferenceFindings f, Facts x, ServiceContact r, Instant now) {
    String to = r.to();
    double ack = f.value(CLOSE, "ackHours", to);
    double days = f.value(CLOSE, "closeDays", to);
    double risk = f.value(CLOSE, "atRiskHours", to);
    Deadline acknowledge =
        f.deadline(
            ACK_DEADLINE,
            r,
            to,
            now,
            after(r.at(), ack),
            after(r.at(), ack - risk),
            firstContact(x, r.complaint(), ServiceAction.ACKNOWLEDGEMENT, to, null),
            List.of(k(CLOSE, "ackHours", to), k(CLOSE, "atRiskHours", to)));
    Deadline close =
        f.deadline(
            CLOSE_DEADLINE,
            r,
            to,
            now,
            after(r.at(), days * 24),
            after(r.at(), days * 24 - risk),
            firstContact(x, r.complaint(), ServiceAction.RESOLUTION, to, null),
            List.of(k(CLOSE, "closeDays", to), k(CLOSE, "atRiskHours", to)));
    if (acknowledge != null && acknowledge.status() == ObligationStatus.VIOLATED) {
      escalate(
          f,
          f.breach(
              NOT_ACKNOWLEDGED,
              acknowledge,
              "received the relayed complaint",
              "Complaint "
                  + r.complaint()
                  + " relayed to "
                  + to
                  + " was not acknowledged within "
                  + (long) ack
                  + " h.",
              List.of(k(CLOSE, "ackHours", to)),
              r),
          r);
    }
    if (close != null && close.status() == ObligationStatus.VIOLATED) {
      escalate(
          f,
          f.breach(
              NOT_CLOSED,
              close,
              "received the relayed complaint and owns its resolution",
              "Complaint "
                  + r.complaint()
                  + " relayed to "
                  + to
                  + " was not closed with a root cause within "
                  + (long) days
                  + " days.",
              List.of(k(CLOSE, "closeDays", to)),
              r),
          r);
    }
  }

  private static void escalate(ReferenceFindings f, @Nullable Violation v, ServiceContact r) {
    if (v != null) {
      f.recommend(
          "Recommend escalation",
          v,
          r.party(),
          "Escalate the case to "
              + r.to()
              + "'s escalation owner and ask for closure with a root-cause code.",
          24);
    }
  }

  private static void orderLookup(ReferenceFindings f, @Nullable Violation v) {
    if (v != null) {
      f.recommend(
          "Recommend order lookup at intake",
          v,
          v.responsibleParty(),
          "Link this case to its order; integrate order lookup across partners and require the order id at intake.",
          72);
    }
  }

  /** {@code first} opened the case for its order and reason; later ones without its case repeat it. */
  private static void repeated(ReferenceFindings f, Facts x, Complaint first) {
    for (Complaint c : x.complaints) {
      if (first.order().equals(c.order())
          && c.reason() == first.reason()
          && c.at().isBefore(first.at())) {
        return;
      }
    }
    for (Complaint again : x.complaints) {
      if (again == first
          || !first.order().equals(again.order())
          || again.reason() != first.reason()
          || again.at().isBefore(first.at())
          || again.caseId() != null && again.caseId().equals(first.caseId())) {
        continue;
      }
      orderLookup(
          f,
          f.violation(
              REPEATED,
              again.party(),
              "took a repeated complaint without linking it to the case already open (the customer had to repeat themselves)",
              "Complaint "
                  + again.id()
                  + " to "
                  + again.party()
                  + " on "
                  + again.channel()
                  + " repeats complaint "
                  + first.id()
                  + " to "
                  + first.party()
                  + " on "
                  + first.channel()
                  + " about "
                  + first.reason()
                  + " on order "
                  + first.order()
                  + ", with no linked case.",
              List.of(),
              again,
              first));
    }
  }
}
