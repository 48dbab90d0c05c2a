package io.sharedcx.test;

import io.sharedcx.model.Agreement;
import io.sharedcx.model.Brand;
import io.sharedcx.model.Channel;
import io.sharedcx.model.Complaint;
import io.sharedcx.model.ComplaintReason;
import io.sharedcx.model.Condition;
import io.sharedcx.model.Customer;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Order;
import io.sharedcx.model.OrderLine;
import io.sharedcx.model.Partner;
import io.sharedcx.model.PartnerRole;
import io.sharedcx.model.Partnership;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Product;
import io.sharedcx.model.ServiceAction;
import io.sharedcx.model.ServiceContact;
import io.sharedcx.model.Shipment;
import io.sharedcx.model.Term;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.Window;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The kit's own fixtures: one journey of one customer, every party it names a partner of "brand". */
final class Facts {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private Facts() {}

  static Instant at(double hours) {
    return T0.plusMillis((long) (hours * 3_600_000));
  }

  static Portfolio journey(double observedAtHours, Touchpoint... touchpoints) {
    Set<String> parties = new TreeSet<>();
    for (Touchpoint t : touchpoints) {
      parties.add(t.party());
      parties.addAll(t.partyReferences().values());
    }
    parties.remove("brand");
    var portfolio =
        Portfolio.builder()
            .addBrands(Brand.builder().id("brand").name("The Brand").build())
            .addCustomers(Customer.builder().id("c1").build())
            .addProducts(Product.builder().id("sku-1").name("sku-1").brand("brand").build());
    for (String party : parties) {
      portfolio.addPartners(
          Partner.builder().id(party).name(party).addRoles(PartnerRole.RETAILER).build());
      portfolio.addPartnerships(
          Partnership.builder()
              .id("brand-" + party)
              .brand("brand")
              .partner(party)
              .agreement(Agreement.defaults())
              .build());
    }
    return portfolio
        .addJourneys(
            Journey.builder()
                .id("j1")
                .customer("c1")
                .addAllTouchpoints(List.of(touchpoints))
                .observedAt(at(observedAtHours))
                .build())
        .build();
  }

  /** A parcel of the drop-shipper gourmet, packed below spec, carried by post, arriving crushed, without a slip. */
  static Portfolio crushedParcel() {
    return journey(
        100,
        order("o1", "site", 0),
        Shipment.builder()
            .id("s1")
            .at(at(72))
            .channel(Channel.PARCEL)
            .party("gourmet")
            .order("o1")
            .packedBy("gourmet")
            .addProducts("sku-1")
            .carrier("post")
            .packagingSpecMet(false)
            .condition(Condition.DAMAGED)
            .packingSlipPresent(false)
            .build());
  }

  /**
   * One-order journeys in March 2026 shipped by drop-shippers: per partner, {@code orders} orders of which
   * the first {@code late} ship after the expected ship date. Agreements lower every window standard's
   * minimum sample to 2 so a few orders can be judged.
   */
  static Portfolio shipments(Map<String, int[]> ordersAndLate) {
    var portfolio =
        Portfolio.builder()
            .addBrands(Brand.builder().id("brand").name("The Brand").build())
            .addCustomers(Customer.builder().id("c1").build())
            .addProducts(Product.builder().id("sku-1").name("sku-1").brand("brand").build())
            .addPartners(
                Partner.builder().id("post").name("Post").addRoles(PartnerRole.CARRIER).build());
    int n = 0;
    for (Map.Entry<String, int[]> partner : ordersAndLate.entrySet()) {
      String p = partner.getKey();
      var agreement = Agreement.builder();
      for (String standard :
          List.of(
              "SHIP-ON-TIME-DISPATCH",
              "SHIP-VALID-TRACKING",
              "DELIVERY-ON-TIME",
              "ACCESS-CANCEL-RATE",
              "ORDER-DEFECT-RATE")) {
        agreement.addTerms(Term.agreed(standard, "minSample", 2, "small test sample"));
      }
      portfolio
          .addPartners(
              Partner.builder().id(p).name(p).addRoles(PartnerRole.DROP_SHIP_SUPPLIER).build())
          .addPartnerships(
              Partnership.builder()
                  .id("brand-" + p)
                  .brand("brand")
                  .partner(p)
                  .agreement(agreement.build())
                  .build());
      for (int i = 0; i < partner.getValue()[0]; i++, n++) {
        Instant placed = MARCH.plusSeconds(3600L + n * 600L);
        Instant shipped = placed.plusSeconds((i < partner.getValue()[1] ? 60 : 24) * 3600L);
        portfolio.addJourneys(
            Journey.builder()
                .id("j" + n)
                .customer("c1")
                .addTouchpoints(
                    Order.builder()
                        .id("o" + n)
                        .at(placed)
                        .channel(Channel.WEB)
                        .party("brand")
                        .seller(p)
                        .addLines(OrderLine.of("sku-1", 1))
                        .expectedShipBy(placed.plusSeconds(48 * 3600))
                        .promisedBy(placed.plusSeconds(120 * 3600))
                        .build())
                .addTouchpoints(
                    Shipment.builder()
                        .id("s" + n)
                        .at(shipped)
                        .channel(Channel.PARCEL)
                        .party(p)
                        .order("o" + n)
                        .packedBy(p)
                        .carrier("post")
                        .addProducts("sku-1")
                        .shippedAt(shipped)
                        .trackingNumber("T" + n)
                        .trackingValid(true)
                        .firstScanAt(shipped.plusSeconds(3600))
                        .build())
                .observedAt(placed.plusSeconds(200 * 3600))
                .build());
      }
    }
    return portfolio.build();
  }

  static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
  static final Window IN_MARCH = Window.of(MARCH, Instant.parse("2026-04-01T00:00:00Z"));

  static Order order(String id, String seller, double hours) {
    return Order.builder()
        .id(id)
        .at(at(hours))
        .channel(Channel.WEB)
        .party(seller)
        .seller(seller)
        .addLines(OrderLine.of("sku-1", 1))
        .build();
  }

  static Complaint complaint(String id, String receiver, String about, double hours) {
    return Complaint.builder()
        .id(id)
        .at(at(hours))
        .channel(Channel.EMAIL)
        .party(receiver)
        .about(about)
        .reason(ComplaintReason.DAMAGED)
        .build();
  }

  static ServiceContact relay(String id, String complaint, String from, String to, double hours) {
    return ServiceContact.builder()
        .id(id)
        .at(at(hours))
        .channel(Channel.EMAIL)
        .party(from)
        .complaint(complaint)
        .action(ServiceAction.RELAY)
        .to(to)
        .build();
  }
}
