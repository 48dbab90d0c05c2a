package io.sharedcx.model;

import static io.sharedcx.model.Fixtures.T0;
import static io.sharedcx.model.Fixtures.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceCheckTest {

  /**
   * Nothing about an order is dated more than an hour before it was placed, whether it names the order
   * itself, its shipment or its complaint; nor a service contact before its complaint.
   */
  @Test
  void journey_touchpointDatedBeforeWhatItIsAbout_isRejected_withinAnHourIsNot() {
    Complaint complaint =
        Complaint.builder()
            .id("c1")
            .at(hours(80))
            .channel(Channel.EMAIL)
            .party("site")
            .shipment("s-choc")
            .reason(ComplaintReason.DAMAGED)
            .build();
    ServiceContact answer =
        ServiceContact.builder()
            .id("sc1")
            .at(hours(81))
            .channel(Channel.EMAIL)
            .party("site")
            .complaint("c1")
            .action(ServiceAction.RESPONSE)
            .build();
    Cancellation cancel =
        Cancellation.builder()
            .id("x1")
            .at(hours(1))
            .channel(Channel.WEB)
            .party("site")
            .order("o1")
            .initiatedBy(CancelledBy.CUSTOMER)
            .reason(CancelReason.CUSTOMER_REQUEST)
            .build();
    Delivery delivery =
        Delivery.builder()
            .id("d1")
            .at(hours(90))
            .channel(Channel.PARCEL)
            .party("post")
            .shipment("s-choc")
            .promisedBy(hours(96))
            .deliveredAt(hours(90))
            .build();
    List<Touchpoint> valid =
        List.of(Fixtures.order(), Fixtures.partnerParcel(), complaint, answer, cancel, delivery);
    assertThat(journey(valid).touchpoints()).hasSize(6);

    // Within the hour of clock difference allowed: still valid.
    assertThat(
            journey(
                    replace(
                        valid,
                        Cancellation.builder().from(cancel).at(T0.minusSeconds(3_599)).build()))
                .touchpoints())
        .hasSize(6);

    assertThatThrownBy(
            () ->
                journey(replace(valid, Complaint.builder().from(complaint).at(hours(-2)).build())))
        .isInstanceOf(ModelException.class)
        .hasMessage(
            "Complaint.at = 2026-03-02T08:00:00Z is not valid: expected a time after its order o1"
                + " was placed (2026-03-02T10:00:00Z); one hour of clock difference is allowed."
                + " Maybe check the time zone or the order id");
    assertThatThrownBy(
            () ->
                journey(
                    replace(valid, ServiceContact.builder().from(answer).at(hours(70)).build())))
        .isInstanceOf(ModelException.class)
        .hasMessageStartingWith(
            "ServiceContact.at = 2026-03-05T08:00:00Z is not valid: expected a time after its"
                + " complaint c1 was made (2026-03-05T18:00:00Z)");
    assertThatThrownBy(
            () ->
                journey(replace(valid, Cancellation.builder().from(cancel).at(hours(-5)).build())))
        .isInstanceOf(ModelException.class)
        .hasMessageStartingWith("Cancellation.at = 2026-03-02T05:00:00Z is not valid");
    assertThatThrownBy(
            () -> journey(replace(valid, Delivery.builder().from(delivery).at(hours(-3)).build())))
        .isInstanceOf(ModelException.class)
        .hasMessageStartingWith("Delivery.at = 2026-03-02T07:00:00Z is not valid");
    Shipment scannedEarly =
        Shipment.builder().from(Fixtures.partnerParcel()).firstScanAt(hours(-2)).build();
    assertThatThrownBy(() -> journey(replace(valid, scannedEarly)))
        .isInstanceOf(ModelException.class)
        .hasMessageStartingWith("Shipment.firstScanAt = 2026-03-02T08:00:00Z is not valid");
    Pickup readyEarly =
        Pickup.builder()
            .id("p1")
            .at(hours(5))
            .channel(Channel.STORE)
            .party("site")
            .order("o1")
            .outcome(PickupOutcome.FULFILLED)
            .readyAt(hours(-4))
            .build();
    assertThatThrownBy(() -> journey(List.of(Fixtures.order(), readyEarly)))
        .isInstanceOf(ModelException.class)
        .hasMessageStartingWith("Pickup.readyAt = 2026-03-02T06:00:00Z is not valid");
  }

  private static Journey journey(List<Touchpoint> touchpoints) {
    return Journey.builder().id("j").customer("c1").addAllTouchpoints(touchpoints).build();
  }

  private static List<Touchpoint> replace(List<Touchpoint> touchpoints, Touchpoint changed) {
    return touchpoints.stream().map(t -> t.id().equals(changed.id()) ? changed : t).toList();
  }

  @Test
  void journey_shipmentForUnknownOrder_namesTheDanglingId() {
    assertThatThrownBy(
            () ->
                Journey.builder()
                    .id("j")
                    .customer("c1")
                    .addTouchpoints(
                        Shipment.builder()
                            .from(Fixtures.partnerParcel())
                            .order("o-missing")
                            .build())
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Shipment.order = 'o-missing' names no order");
  }

  @Test
  void danglingIds_areNamedInPlainEnglish() {
    assertThatThrownBy(
            () ->
                Journey.builder()
                    .id("j")
                    .customer("c1")
                    .addTouchpoints(
                        Fixtures.order(),
                        Shipment.builder()
                            .from(Fixtures.partnerParcel())
                            .order("o-missing")
                            .build())
                    .build())
        .hasMessageContaining("known orders: o1. Maybe add an order with id 'o-missing'");
    Journey j =
        Journey.builder()
            .id("j2")
            .customer("c1")
            .addTouchpoints(
                Order.builder().from(Fixtures.order()).id("o2").build(),
                Shipment.builder()
                    .from(Fixtures.partnerParcel())
                    .id("s9")
                    .order("o2")
                    .packedBy("igourmet")
                    .build())
            .build();
    assertThatThrownBy(() -> Fixtures.portfolioBuilder().addJourneys(j).build())
        .hasMessageContaining(
            "known parties: gourmet, post, site. Maybe add a party with id 'igourmet'")
        .message()
        .doesNotContain("partys");
  }

  @Test
  void journey_duplicateTouchpointIds_isRejected() {
    assertThatThrownBy(
            () ->
                Journey.builder()
                    .id("j")
                    .customer("c1")
                    .addTouchpoints(
                        Fixtures.order(),
                        Shipment.builder().from(Fixtures.partnerParcel()).id("o1").build())
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("'o1' occurs more than once");
  }

  @Test
  void journey_deliveryForUnknownShipment_isRejected() {
    Delivery d =
        Delivery.builder()
            .id("d")
            .at(T0)
            .channel(Channel.PARCEL)
            .party("post")
            .shipment("s-x")
            .promisedBy(hours(1))
            .build();
    assertThatThrownBy(() -> Journey.builder().id("j").customer("c1").addTouchpoints(d).build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Delivery.shipment = 's-x'");
  }

  @Test
  void portfolio_touchpointNamingUnknownPartner_namesFieldAndId() {
    Journey j =
        Journey.builder()
            .id("j2")
            .customer("c1")
            .addTouchpoints(
                Order.builder().from(Fixtures.order()).id("o2").build(),
                Shipment.builder()
                    .from(Fixtures.partnerParcel())
                    .id("s9")
                    .order("o2")
                    .packedBy("igourmet")
                    .build())
            .build();
    assertThatThrownBy(() -> Fixtures.portfolioBuilder().addJourneys(j).build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Shipment.packedBy = 'igourmet' names no party in this portfolio")
        .hasMessageContaining("gourmet, post, site")
        .hasMessageContaining("Maybe add a party with id 'igourmet'");
  }

  @Test
  void portfolio_orderLineForUnknownProduct_namesTheProduct() {
    Order order =
        Order.builder()
            .from(Fixtures.order())
            .id("o3")
            .lines(List.of(OrderLine.of("truffles", 1)))
            .build();
    Journey j = Journey.builder().id("j3").customer("c1").addTouchpoints(order).build();
    assertThatThrownBy(() -> Fixtures.portfolioBuilder().addJourneys(j).build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("'truffles' names no product");
  }

  @Test
  void portfolio_unknownCustomer_isRejected() {
    Journey j = Journey.builder().from(Fixtures.journey()).customer("c-unknown").build();
    assertThatThrownBy(() -> Fixtures.portfolioBuilder().addJourneys(j).build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Journey.customer = 'c-unknown' names no customer");
  }

  @Test
  void portfolio_duplicatePartyAcrossBrandsAndPartners_isRejected() {
    assertThatThrownBy(
            () ->
                Fixtures.portfolioBuilder()
                    .addPartners(
                        Partner.builder()
                            .id("site")
                            .name("Dup")
                            .addRoles(PartnerRole.CARRIER)
                            .build())
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Portfolio.parties.id")
        .hasMessageContaining("'site' occurs more than once");
  }

  @Test
  void portfolio_partnershipWithUnknownPrincipal_isRejected() {
    assertThatThrownBy(
            () ->
                Fixtures.portfolioBuilder()
                    .addPartnerships(
                        Partnership.builder().id("x").brand("nobody").partner("post").build())
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Partnership.principal = 'nobody' names no party")
        .hasMessageContaining("known parties: gourmet, post, site")
        .hasMessageContaining("Maybe add a party with id 'nobody'")
        .satisfies(e -> assertThat(((ModelException) e).path()).isEqualTo("partnerships[1]"));
  }

  @Test
  void portfolio_partnershipWithUnknownPartner_isRejected() {
    assertThatThrownBy(
            () ->
                Fixtures.portfolioBuilder()
                    .addPartnerships(
                        Partnership.builder()
                            .id("x")
                            .principal("gourmet")
                            .partner("nobody")
                            .build())
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Partnership.partner = 'nobody' names no party");
  }

  @Test
  void portfolio_partnerAsPrincipal_chainsBrandRetailerSupplier() {
    Portfolio portfolio =
        Fixtures.portfolioBuilder()
            .addPartnerships(
                Partnership.builder()
                    .id("gourmet-post")
                    .principal("gourmet")
                    .partner("post")
                    .build())
            .build();
    assertThat(portfolio.partnershipsOf("gourmet"))
        .extracting(Partnership::id)
        .containsExactly("site-gourmet", "gourmet-post");
    assertThat(portfolio.partnerships().get(1).brand()).isEqualTo("gourmet");
  }

  @Test
  void portfolio_samePairInEitherDirection_isRejected() {
    assertThatThrownBy(
            () ->
                Fixtures.portfolioBuilder()
                    .addPartnerships(
                        Partnership.builder()
                            .id("back")
                            .principal("gourmet")
                            .partner("site")
                            .build())
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining(
            "Partnership 'back' joins gourmet and site, who already have partnership 'site-gourmet'"
                + " (partnerships[0])")
        .hasMessageContaining("Maybe merge the two agreements into 'site-gourmet'")
        .satisfies(e -> assertThat(((ModelException) e).path()).isEqualTo("partnerships[1]"));
  }

  @Test
  void portfolio_circleOfPrincipals_isRejected() {
    assertThatThrownBy(
            () ->
                Fixtures.portfolioBuilder()
                    .addPartnerships(
                        Partnership.builder()
                            .id("g-post")
                            .principal("gourmet")
                            .partner("post")
                            .build(),
                        Partnership.builder()
                            .id("post-site")
                            .principal("post")
                            .partner("site")
                            .build())
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining(
            "Partnership 'post-site' closes a circle of principals: site serves post serves gourmet"
                + " serves site")
        .hasMessageContaining(
            "Maybe drop 'post-site' or turn it round (principal site, partner post).")
        .satisfies(e -> assertThat(((ModelException) e).path()).isEqualTo("partnerships[2]"));
  }

  @Test
  void portfolio_duplicateTouchpointIdsAcrossJourneys_isRejected() {
    Journey other = Journey.builder().from(Fixtures.journey()).id("j-other").build();
    assertThatThrownBy(
            () -> Fixtures.portfolioBuilder().addJourneys(Fixtures.journey(), other).build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Portfolio.touchpoints.id");
  }

  @Test
  void portfolio_purchaseOrderForUnknownBuyer_isRejected() {
    PurchaseOrder po =
        PurchaseOrder.builder()
            .id("po")
            .supplier("site")
            .buyer("mart")
            .product("choc")
            .quantityOrdered(1)
            .quantityReceived(0)
            .placedAt(T0)
            .mustArriveBy(hours(24))
            .build();
    assertThatThrownBy(() -> Fixtures.portfolioBuilder().addPurchaseOrders(po).build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("PurchaseOrder.buyer = 'mart'");
  }

  @Test
  void portfolio_lookups() {
    Portfolio p = Fixtures.portfolio();
    assertThat(p.party("gourmet")).get().extracting(Party::name).isEqualTo("Gourmet Partner");
    assertThat(p.party("nobody")).isEmpty();
    assertThat(p.partnershipsOf("gourmet"))
        .extracting(Partnership::id)
        .containsExactly("site-gourmet");
    assertThat(p.journeys().get(0).touchpoints(Shipment.class)).hasSize(2);
    assertThat(p.journeys().get(0).observedUntil()).isEqualTo(hours(120));
  }
}
