package io.sharedcx.model;

import static io.sharedcx.model.Fixtures.T0;
import static io.sharedcx.model.Fixtures.hours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelValidationTest {

  @Test
  void orderLine_zeroQuantity_namesTypeFieldValueAndExpectation() {
    assertThatThrownBy(() -> OrderLine.of("sku", 0))
        .isInstanceOf(ModelException.class)
        .hasMessage("OrderLine.quantity = 0 is not valid: expected a positive whole number")
        .satisfies(
            e -> {
              assertThat(((ModelException) e).type()).isEqualTo("OrderLine");
              assertThat(((ModelException) e).field()).isEqualTo("quantity");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "has space", "-leading-dash", "tab\tid"})
  void brand_badId_isRejected(String id) {
    assertThatThrownBy(() -> Brand.builder().id(id).name("B").build())
        .isInstanceOf(ModelException.class)
        .hasMessageStartingWith("Brand.id = ");
  }

  @Test
  void brand_blankName_isRejected() {
    assertThatThrownBy(() -> Brand.builder().id("b").name("  ").build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Brand.name")
        .hasMessageContaining("non-blank text");
  }

  @Test
  void builder_missingRequiredAttribute_throwsModelException() {
    assertThatThrownBy(() -> Brand.builder().id("b").build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("name");
  }

  @Test
  void builder_nullAttribute_throwsModelException() {
    assertThatThrownBy(() -> Brand.builder().id(null)).isInstanceOf(ModelException.class);
  }

  @Test
  void partner_withoutRoles_isRejected() {
    assertThatThrownBy(() -> Partner.builder().id("p").name("P").build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Partner.roles")
        .hasMessageContaining("DROP_SHIP_SUPPLIER");
  }

  @Test
  void partnership_withItself_isRejected() {
    assertThatThrownBy(() -> Partnership.builder().id("x").brand("b").partner("b").build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("a party other than the principal")
        .hasMessageContaining("'b' is partnered with itself in partnership 'x'")
        .hasMessageContaining("Maybe");
  }

  @Test
  void agreement_duplicateTerm_isRejected() {
    assertThatThrownBy(
            () ->
                Agreement.builder()
                    .addTerms(Term.agreed("S", "k", 1, "a"), Term.agreed("S", "k", 2, "b"))
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("'S/k' occurs more than once");
  }

  @Test
  void agreement_emptyStandards_coversEverything_listCoversOnlyThose() {
    assertThat(Agreement.defaults().covers("ANY")).isTrue();
    Agreement narrow = Agreement.builder().addStandards("A").build();
    assertThat(narrow.covers("A")).isTrue();
    assertThat(narrow.covers("B")).isFalse();
  }

  @Test
  void term_negativeValue_isRejected() {
    assertThatThrownBy(() -> Term.agreed("S", "k", -1, "contract"))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Term.value = -1");
  }

  @Test
  void order_pickupWithoutStore_isRejected() {
    assertThatThrownBy(
            () ->
                Order.builder()
                    .id("o")
                    .at(T0)
                    .channel(Channel.WEB)
                    .party("p")
                    .seller("p")
                    .addLines(OrderLine.of("sku", 1))
                    .fulfilment(Fulfilment.PICKUP)
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Order.pickupStore");
  }

  @Test
  void order_withoutLines_isRejected() {
    assertThatThrownBy(
            () ->
                Order.builder().id("o").at(T0).channel(Channel.WEB).party("p").seller("p").build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("at least one order line");
  }

  @Test
  void order_promisedBeforePlaced_isRejected() {
    assertThatThrownBy(
            () ->
                Order.builder()
                    .id("o")
                    .at(T0)
                    .channel(Channel.WEB)
                    .party("p")
                    .seller("p")
                    .addLines(OrderLine.of("sku", 1))
                    .promisedBy(hours(-1))
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Order.promisedBy");
  }

  @Test
  void offer_negativePrice_isRejected() {
    assertThatThrownBy(
            () ->
                Offer.builder()
                    .id("o")
                    .at(T0)
                    .channel(Channel.WEB)
                    .party("p")
                    .seller("p")
                    .product("sku")
                    .price(new BigDecimal("-0.01"))
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Offer.price = -0.01");
  }

  @Test
  void offer_stockDataFromTheFuture_isRejected() {
    assertThatThrownBy(
            () ->
                Offer.builder()
                    .id("o")
                    .at(T0)
                    .channel(Channel.WEB)
                    .party("p")
                    .seller("p")
                    .product("sku")
                    .stockDataAsOf(hours(1))
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Offer.stockDataAsOf");
  }

  @Test
  void offer_referralAndStockAge() {
    Offer referral =
        Offer.builder()
            .id("o")
            .at(hours(30))
            .channel(Channel.WEB)
            .party("brand")
            .seller("store")
            .product("sku")
            .stock(StockShown.IN_STOCK)
            .stockDataAsOf(T0)
            .build();
    assertThat(referral.isReferral()).isTrue();
    assertThat(referral.isShownInStock()).isTrue();
    assertThat(referral.stockDataAgeHours()).isEqualTo(30);
  }

  @Test
  void stockCheck_negativeAvailable_isRejected() {
    assertThatThrownBy(
            () ->
                StockCheck.builder()
                    .id("s")
                    .at(T0)
                    .channel(Channel.STORE)
                    .party("p")
                    .product("sku")
                    .available(-3)
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessage("StockCheck.available = -3 is not valid: expected zero or more");
  }

  @Test
  void shipment_shippedAfterArrival_isRejected() {
    assertThatThrownBy(
            () -> Shipment.builder().from(Fixtures.partnerParcel()).shippedAt(hours(100)).build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Shipment.shippedAt");
  }

  @Test
  void shipment_upToStandard_requiresIntactNotedAndAsDescribed() {
    assertThat(Fixtures.siteParcel().isUpToStandard()).isTrue();
    assertThat(Fixtures.partnerParcel().isUpToStandard()).isFalse();
    assertThat(
            Shipment.builder()
                .from(Fixtures.siteParcel())
                .foreignBranding(true)
                .build()
                .isUpToStandard())
        .isFalse();
    assertThat(
            Shipment.builder()
                .from(Fixtures.siteParcel())
                .contentIssue(ContentIssue.WRONG_ITEM)
                .build()
                .isUpToStandard())
        .isFalse();
  }

  @Test
  void serviceContact_relayWithoutRecipient_isRejected() {
    assertThatThrownBy(
            () ->
                ServiceContact.builder()
                    .id("r")
                    .at(T0)
                    .channel(Channel.EMAIL)
                    .party("b")
                    .complaint("c")
                    .action(ServiceAction.RELAY)
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("ServiceContact.to");
  }

  @Test
  void serviceContact_automaticResolution_isRejected_automaticResponseIsNoHumanResponse() {
    ServiceContact.Builder contact =
        ServiceContact.builder()
            .id("r")
            .at(T0)
            .channel(Channel.EMAIL)
            .party("b")
            .complaint("c")
            .automatic(true);
    assertThatThrownBy(() -> contact.action(ServiceAction.RESOLUTION).rootCause("X").build())
        .isInstanceOf(ModelException.class)
        .hasMessage(
            "ServiceContact.automatic = true is not valid: expected false for a RESOLUTION (only a"
                + " RESPONSE or an ACKNOWLEDGEMENT is sent automatically)");
    ServiceContact autoReply = contact.action(ServiceAction.RESPONSE).rootCause(null).build();
    assertThat(autoReply.automatic()).isTrue();
    assertThat(autoReply.isHumanResponse()).isFalse();
    assertThat(ServiceContact.builder().from(autoReply).automatic(false).build().isHumanResponse())
        .isTrue();
  }

  @Test
  void shipment_temperatureInFahrenheit_isRejectedWithTheConversion() {
    assertThatThrownBy(
            () ->
                Shipment.builder()
                    .id("s")
                    .at(T0)
                    .channel(Channel.PARCEL)
                    .party("p")
                    .order("o")
                    .packedBy("p")
                    .destinationTemperatureC(new java.math.BigDecimal("95"))
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessage(
            "Shipment.destinationTemperatureC = 95 is not valid: expected a temperature in degrees"
                + " Celsius between -60 and 60 (convert Fahrenheit: (F - 32) / 1.8)");
  }

  @Test
  void complaint_repeatedOrBlankPhoto_isRejected() {
    Complaint.Builder complaint =
        Complaint.builder()
            .id("c")
            .at(T0)
            .channel(Channel.EMAIL)
            .party("b")
            .reason(ComplaintReason.DAMAGED);
    assertThatThrownBy(() -> complaint.addPhotos("p1.jpg", "p1.jpg").build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Complaint.photos")
        .hasMessageContaining("each photo reference once");
    assertThatThrownBy(() -> complaint.photos(List.of(" ")).build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Complaint.photos = ' ' is not valid");
  }

  @Test
  void feedback_ratingOutOfRange_isRejected() {
    assertThatThrownBy(
            () ->
                Feedback.builder()
                    .id("f")
                    .at(T0)
                    .channel(Channel.WEB)
                    .party("b")
                    .order("o")
                    .rating(6)
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("a whole number from 1 to 5");
  }

  @Test
  void purchaseOrder_onTimeInFull() {
    PurchaseOrder po =
        PurchaseOrder.builder()
            .id("po")
            .supplier("brand")
            .buyer("store")
            .product("sku")
            .quantityOrdered(10)
            .quantityReceived(9)
            .placedAt(T0)
            .mustArriveBy(hours(48))
            .receivedAt(hours(40))
            .build();
    assertThat(po.isOnTime()).isTrue();
    assertThat(po.isInFull()).isFalse();
  }

  @Test
  void feed_updatedAfterObservation_isRejected() {
    assertThatThrownBy(
            () ->
                Feed.builder()
                    .id("f")
                    .party("p")
                    .type(FeedType.INVENTORY)
                    .lastUpdatedAt(hours(2))
                    .observedAt(hours(1))
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Feed.lastUpdatedAt");
  }
}
