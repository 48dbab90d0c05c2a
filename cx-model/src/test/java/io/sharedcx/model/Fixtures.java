package io.sharedcx.model;

import java.time.Instant;

/** A small, valid portfolio: the flash-sale order split between the site's parcel and a partner's. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  private Fixtures() {}

  static Instant hours(long h) {
    return T0.plusSeconds(h * 3600);
  }

  static Order order() {
    return Order.builder()
        .id("o1")
        .at(T0)
        .channel(Channel.WEB)
        .party("site")
        .seller("site")
        .addLines(OrderLine.of("choc", 7), OrderLine.of("wine", 1))
        .promisedBy(hours(96))
        .build();
  }

  static Shipment partnerParcel() {
    return Shipment.builder()
        .id("s-choc")
        .at(hours(72))
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
  }

  static Shipment siteParcel() {
    return Shipment.builder()
        .id("s-wine")
        .at(hours(120))
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
  }

  static Journey journey() {
    return Journey.builder()
        .id("j1")
        .customer("c1")
        .addTouchpoints(order(), partnerParcel(), siteParcel())
        .build();
  }

  static Portfolio.Builder portfolioBuilder() {
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
        .addCustomers(Customer.builder().id("c1").build());
  }

  static Portfolio portfolio() {
    return portfolioBuilder().addJourneys(journey()).build();
  }
}
