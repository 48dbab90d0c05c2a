package io.sharedcx.benchmarks;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Brand;
import io.sharedcx.model.Channel;
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
import io.sharedcx.model.Shipment;
import io.sharedcx.model.finding.Assessment;
import java.lang.management.ManagementFactory;
import java.time.Instant;

/**
 * Run in a fresh JVM: builds the engine with the default pack, assesses one journey, and prints the
 * milliseconds from JVM start to that first assessment. {@link StartupTimer} runs it several times.
 *
 * <p>The journey is built with the model's builders, as an application embedding the engine builds it
 * from its own data: the flash-sale order whose partner's parcel of chocolate arrives damaged, without
 * its packing slip. (Until 2026-12-04 it came from the test kit's generator, whose own start-up was then
 * part of the figure.)
 */
public final class StartupProbe {
  private StartupProbe() {}

  /**
   * Prints {@code startup-ms <n>}.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Assessment assessment = CxEngine.builder().build().assess(flashSale());
    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    if (assessment.violations().isEmpty()) {
      throw new IllegalStateException("the probe's journey found nothing: the probe is broken");
    }
    System.out.println("startup-ms " + ms + " violations " + assessment.violations().size());
  }

  /** One customer's flash-sale order, split between the site's own parcel and a partner's. */
  static Portfolio flashSale() {
    Instant ordered = Instant.parse("2026-03-02T10:00:00Z");
    Order order =
        Order.builder()
            .id("o1")
            .at(ordered)
            .channel(Channel.WEB)
            .party("site")
            .seller("site")
            .addLines(OrderLine.of("choc", 7), OrderLine.of("wine", 1))
            .promisedBy(ordered.plusSeconds(96 * 3600))
            .build();
    Shipment partnerParcel =
        Shipment.builder()
            .id("s-choc")
            .at(ordered.plusSeconds(72 * 3600))
            .channel(Channel.PARCEL)
            .party("gourmet")
            .order("o1")
            .packedBy("gourmet")
            .carrier("post")
            .addProducts("choc")
            .packagingSpecMet(false)
            .condition(Condition.DAMAGED)
            .packingSlipPresent(false)
            .build();
    Shipment siteParcel =
        Shipment.builder()
            .id("s-wine")
            .at(ordered.plusSeconds(48 * 3600))
            .channel(Channel.PARCEL)
            .party("site")
            .order("o1")
            .packedBy("site")
            .carrier("post")
            .addProducts("wine")
            .packagingSpecMet(true)
            .condition(Condition.INTACT)
            .packingSlipPresent(true)
            .build();
    return Portfolio.builder()
        .addBrands(Brand.builder().id("site").name("Flash Sale Site").build())
        .addPartners(
            Partner.builder()
                .id("gourmet")
                .name("Gourmet Partner")
                .addRoles(PartnerRole.DROP_SHIP_SUPPLIER)
                .build())
        .addPartners(
            Partner.builder().id("post").name("Parcel Post").addRoles(PartnerRole.CARRIER).build())
        .addPartnerships(
            Partnership.builder().id("site-gourmet").brand("site").partner("gourmet").build())
        .addProducts(
            Product.builder()
                .id("choc")
                .name("Artisanal chocolate")
                .brand("site")
                .fragile(true)
                .heatSensitive(true)
                .build())
        .addProducts(
            Product.builder().id("wine").name("White wine").brand("site").fragile(true).build())
        .addCustomers(Customer.builder().id("c1").build())
        .addJourneys(
            Journey.builder()
                .id("j1")
                .customer("c1")
                .addTouchpoints(order, partnerParcel, siteParcel)
                .build())
        .build();
  }
}
