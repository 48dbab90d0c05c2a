package io.sharedcx.rules;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Agreement;
import io.sharedcx.model.Brand;
import io.sharedcx.model.Channel;
import io.sharedcx.model.Complaint;
import io.sharedcx.model.ComplaintReason;
import io.sharedcx.model.Customer;
import io.sharedcx.model.Feed;
import io.sharedcx.model.Fulfilment;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Offer;
import io.sharedcx.model.Order;
import io.sharedcx.model.OrderLine;
import io.sharedcx.model.Partner;
import io.sharedcx.model.PartnerRole;
import io.sharedcx.model.Partnership;
import io.sharedcx.model.Pickup;
import io.sharedcx.model.PickupOutcome;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Product;
import io.sharedcx.model.PurchaseOrder;
import io.sharedcx.model.ServiceAction;
import io.sharedcx.model.ServiceContact;
import io.sharedcx.model.Shipment;
import io.sharedcx.model.StockCheck;
import io.sharedcx.model.StockShown;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.Assessment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Test fixtures: one journey of one customer, with every party and product it names created on the
 * fly (a brand "brand", everyone else a partner), and touchpoint builders pre-filled with id, time,
 * channel and party. Times are hours after {@link #T0}.
 */
public final class Given {
  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  public static final String BRAND = "brand";

  private final List<Touchpoint> touchpoints = new ArrayList<>();
  private final Map<String, Agreement> agreements = new LinkedHashMap<>();
  private Instant observedAt;
  private final Map<String, Product> products = new LinkedHashMap<>();
  private final List<Feed> feeds = new ArrayList<>();
  private final List<StockCheck> audits = new ArrayList<>();
  private final List<PurchaseOrder> purchaseOrders = new ArrayList<>();

  public static Given journey() {
    return new Given();
  }

  public static Instant at(double hours) {
    return T0.plusMillis((long) (hours * 3_600_000));
  }

  public Given with(Touchpoint... added) {
    touchpoints.addAll(List.of(added));
    return this;
  }

  public Given observedAt(double hours) {
    this.observedAt = at(hours);
    return this;
  }

  /** Uses {@code product} instead of a plain product of the same id. */
  public Given product(Product product) {
    products.put(product.id(), product);
    return this;
  }

  /** Adds a data feed (assessed outside the journey). */
  public Given feed(Feed feed) {
    feeds.add(feed);
    return this;
  }

  /** Adds stock audits (assessed outside the journey, and in window metrics). */
  public Given audits(List<StockCheck> checks) {
    audits.addAll(checks);
    return this;
  }

  /** Adds purchase orders (assessed outside the journey, and in window metrics). */
  public Given purchaseOrders(List<PurchaseOrder> orders) {
    purchaseOrders.addAll(orders);
    return this;
  }

  /** The brand's partnership with {@code partner} carries {@code agreement}. */
  public Given agreement(String partner, Agreement agreement) {
    agreements.put(partner, agreement);
    return this;
  }

  public Portfolio portfolio() {
    Set<String> parties = new TreeSet<>();
    Set<String> products = new TreeSet<>();
    for (Touchpoint t : touchpoints) {
      parties.add(t.party());
      parties.addAll(t.partyReferences().values());
      products.addAll(t.productReferences());
    }
    feeds.forEach(f -> parties.add(f.party()));
    audits.forEach(
        a -> {
          parties.add(a.party());
          products.add(a.product());
        });
    purchaseOrders.forEach(
        po -> {
          parties.add(po.supplier());
          parties.add(po.buyer());
          products.add(po.product());
        });
    products.addAll(this.products.keySet());
    parties.remove(BRAND);
    var portfolio =
        Portfolio.builder()
            .addBrands(Brand.builder().id(BRAND).name("The Brand").build())
            .addCustomers(Customer.builder().id("c1").build());
    for (String party : parties) {
      portfolio.addPartners(
          Partner.builder().id(party).name(party).addRoles(PartnerRole.RETAILER).build());
      portfolio.addPartnerships(
          Partnership.builder()
              .id(BRAND + "-" + party)
              .brand(BRAND)
              .partner(party)
              .agreement(agreements.getOrDefault(party, Agreement.defaults()))
              .build());
    }
    for (String product : products) {
      portfolio.addProducts(
          this.products.getOrDefault(
              product, Product.builder().id(product).name(product).brand(BRAND).build()));
    }
    portfolio.addAllFeeds(feeds).addAllStockAudits(audits).addAllPurchaseOrders(purchaseOrders);
    return portfolio
        .addJourneys(
            Journey.builder()
                .id("j1")
                .customer("c1")
                .addAllTouchpoints(touchpoints)
                .observedAt(observedAt)
                .build())
        .build();
  }

  /** Assesses the journey with only the given standards running. */
  public Assessment assess(String... standards) {
    return CxEngine.builder().only(standards).build().assess(portfolio());
  }

  public static Order.Builder order(String id, String seller, double hours) {
    return Order.builder()
        .id(id)
        .at(at(hours))
        .channel(Channel.WEB)
        .party(seller)
        .seller(seller)
        .addLines(OrderLine.of("sku-1", 1));
  }

  public static Order.Builder pickupOrder(String id, String store, double hours) {
    return order(id, store, hours).fulfilment(Fulfilment.PICKUP).pickupStore(store);
  }

  public static Shipment.Builder shipment(String id, String order, String packedBy, double hours) {
    return Shipment.builder()
        .id(id)
        .at(at(hours))
        .channel(Channel.PARCEL)
        .party(packedBy)
        .order(order)
        .packedBy(packedBy)
        .addProducts("sku-1");
  }

  public static Pickup.Builder pickup(
      String id, String order, String store, PickupOutcome outcome, double hours) {
    return Pickup.builder()
        .id(id)
        .at(at(hours))
        .channel(Channel.STORE)
        .party(store)
        .order(order)
        .outcome(outcome);
  }

  public static Offer.Builder offer(String id, String shownBy, String seller, double hours) {
    return Offer.builder()
        .id(id)
        .at(at(hours))
        .channel(Channel.WEB)
        .party(shownBy)
        .seller(seller)
        .product("sku-1")
        .stock(StockShown.IN_STOCK)
        .stockDataAsOf(at(hours));
  }

  public static StockCheck.Builder stockCheck(
      String id, String party, int available, double hours) {
    return StockCheck.builder()
        .id(id)
        .at(at(hours))
        .channel(Channel.STORE)
        .party(party)
        .product("sku-1")
        .available(available);
  }

  public static Complaint.Builder complaint(
      String id, String receiver, String about, double hours) {
    return Complaint.builder()
        .id(id)
        .at(at(hours))
        .channel(Channel.EMAIL)
        .party(receiver)
        .about(about)
        .reason(ComplaintReason.DAMAGED);
  }

  public static ServiceContact.Builder relay(
      String id, String complaint, String from, String to, double hours) {
    return ServiceContact.builder()
        .id(id)
        .at(at(hours))
        .channel(Channel.EMAIL)
        .party(from)
        .complaint(complaint)
        .action(ServiceAction.RELAY)
        .to(to);
  }
}
