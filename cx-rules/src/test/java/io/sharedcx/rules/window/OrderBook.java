package io.sharedcx.rules.window;

import io.sharedcx.model.Agreement;
import io.sharedcx.model.Brand;
import io.sharedcx.model.CancelReason;
import io.sharedcx.model.Cancellation;
import io.sharedcx.model.CancelledBy;
import io.sharedcx.model.Channel;
import io.sharedcx.model.Complaint;
import io.sharedcx.model.ComplaintReason;
import io.sharedcx.model.Customer;
import io.sharedcx.model.Delivery;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test fixture: many one-order journeys for a few drop-shippers of one brand, in March 2026. */
final class OrderBook {
  static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
  static final Window WINDOW = Window.of(MARCH, MARCH.plusSeconds(31L * 86_400));
  static final String BRAND = "brand";

  private final List<Journey> journeys = new ArrayList<>();
  private final Map<String, Agreement> agreements = new LinkedHashMap<>();
  private int next;

  /** {@code orders} orders shipped by {@code partner}, the first {@code late} of them after the expected ship date. */
  OrderBook shipments(String partner, int orders, int late) {
    for (int i = 0; i < orders; i++) {
      order(partner, i < late, false, null);
    }
    return this;
  }

  /** Orders of {@code partner} of which some were cancelled by the seller and some by the buyer. */
  OrderBook cancellations(String partner, int orders, int bySeller, int byBuyer) {
    for (int i = 0; i < orders; i++) {
      CancelledBy by =
          i < bySeller ? CancelledBy.SELLER : i < bySeller + byBuyer ? CancelledBy.CUSTOMER : null;
      order(partner, false, false, by);
    }
    return this;
  }

  /** {@code count} complaints about {@code partner}'s damaged parcels of one product. */
  OrderBook complaints(String partner, int count) {
    for (int i = 0; i < count; i++) {
      order(partner, false, true, null);
    }
    return this;
  }

  OrderBook agreement(String partner, Agreement agreement) {
    agreements.put(partner, agreement);
    return this;
  }

  private void order(String partner, boolean late, boolean complaint, CancelledBy cancelledBy) {
    int n = next++;
    Instant placed = MARCH.plusSeconds(3600L + n * 600L);
    String order = "o" + n;
    List<Touchpoint> tps = new ArrayList<>();
    tps.add(
        Order.builder()
            .id(order)
            .at(placed)
            .channel(Channel.WEB)
            .party(BRAND)
            .seller(partner)
            .addLines(OrderLine.of("sku", 1))
            .expectedShipBy(placed.plusSeconds(48 * 3600))
            .promisedBy(placed.plusSeconds(120 * 3600))
            .build());
    if (cancelledBy != null) {
      tps.add(
          Cancellation.builder()
              .id("x" + n)
              .at(placed.plusSeconds(3600))
              .channel(Channel.EMAIL)
              .party(partner)
              .order(order)
              .initiatedBy(cancelledBy)
              .reason(
                  cancelledBy == CancelledBy.CUSTOMER
                      ? CancelReason.CUSTOMER_REQUEST
                      : CancelReason.OUT_OF_STOCK)
              .build());
    } else {
      Instant shipped = placed.plusSeconds((late ? 60 : 24) * 3600L);
      tps.add(
          Shipment.builder()
              .id("s" + n)
              .at(shipped.plusSeconds(24 * 3600))
              .channel(Channel.PARCEL)
              .party(partner)
              .order(order)
              .packedBy(partner)
              .carrier("post")
              .addProducts("sku")
              .shippedAt(shipped)
              .trackingNumber("T" + n)
              .trackingValid(true)
              .firstScanAt(shipped.plusSeconds(3600))
              .build());
      tps.add(
          Delivery.builder()
              .id("d" + n)
              .at(shipped.plusSeconds(24 * 3600))
              .channel(Channel.PARCEL)
              .party("post")
              .shipment("s" + n)
              .promisedBy(placed.plusSeconds(120 * 3600))
              .deliveredAt(shipped.plusSeconds(24 * 3600))
              .build());
    }
    if (complaint) {
      tps.add(
          Complaint.builder()
              .id("c" + n)
              .at(placed.plusSeconds(80 * 3600))
              .channel(Channel.EMAIL)
              .party(BRAND)
              .order(order)
              .about(partner)
              .product("sku")
              .reason(ComplaintReason.DAMAGED)
              .build());
    }
    journeys.add(
        Journey.builder()
            .id("j" + n)
            .customer("c")
            .addAllTouchpoints(tps)
            .observedAt(placed.plusSeconds(200 * 3600))
            .build());
  }

  Portfolio portfolio() {
    var builder =
        Portfolio.builder()
            .addBrands(Brand.builder().id(BRAND).name("Brand").build())
            .addPartners(
                Partner.builder().id("post").name("Post").addRoles(PartnerRole.CARRIER).build())
            .addProducts(Product.builder().id("sku").name("Product").brand(BRAND).build())
            .addCustomers(Customer.builder().id("c").build());
    journeys.stream()
        .flatMap(j -> j.touchpoints().stream())
        .map(Touchpoint::party)
        .distinct()
        .filter(p -> !p.equals(BRAND) && !p.equals("post"))
        .forEach(
            p ->
                builder
                    .addPartners(
                        Partner.builder()
                            .id(p)
                            .name(p)
                            .addRoles(PartnerRole.DROP_SHIP_SUPPLIER)
                            .build())
                    .addPartnerships(
                        Partnership.builder()
                            .id(BRAND + "-" + p)
                            .brand(BRAND)
                            .partner(p)
                            .agreement(agreements.getOrDefault(p, Agreement.defaults()))
                            .build()));
    return builder.addAllJourneys(journeys).build();
  }
}
