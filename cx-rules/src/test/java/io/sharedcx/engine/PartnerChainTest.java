package io.sharedcx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sharedcx.model.Agreement;
import io.sharedcx.model.Brand;
import io.sharedcx.model.Channel;
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
import io.sharedcx.model.Term;
import io.sharedcx.model.finding.AppliedThreshold;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.MetricStatus;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.finding.Window;
import io.sharedcx.model.finding.WindowAssessment;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Partner chains: a brand, a retailer, and a supplier that drop-ships for the retailer and also for the
 * brand directly. The supplier is held to the agreement of the principal it serves in each journey (the
 * retailer when the retailer sold the order, the brand when the brand did), its window metrics are kept
 * per partnership, and each finding names the party the customer dealt with and the brand.
 */
class PartnerChainTest {
  static final CxEngine ENGINE = CxEngine.builder().only("SHIP-ON-TIME-DISPATCH").build();
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final String DISPATCH = "SHIP-ON-TIME-DISPATCH";

  static Portfolio.Builder chain(Agreement retailerWithSupplier, Agreement brandWithSupplier) {
    return Portfolio.builder()
        .addBrands(Brand.builder().id("brand").name("Brand").build())
        .addPartners(
            Partner.builder().id("shop").name("Shop").addRoles(PartnerRole.RETAILER).build(),
            Partner.builder()
                .id("supplier")
                .name("Supplier")
                .addRoles(PartnerRole.DROP_SHIP_SUPPLIER)
                .build())
        .addPartnerships(
            Partnership.builder().id("a-brand-shop").principal("brand").partner("shop").build(),
            Partnership.builder()
                .id("b-brand-supplier")
                .principal("brand")
                .partner("supplier")
                .agreement(brandWithSupplier)
                .build(),
            Partnership.builder()
                .id("c-shop-supplier")
                .principal("shop")
                .partner("supplier")
                .agreement(retailerWithSupplier)
                .build())
        .addProducts(Product.builder().id("sku").name("Product").brand("brand").build())
        .addCustomers(Customer.builder().id("c1").build());
  }

  static Agreement agreed(String key, double value, String source) {
    return Agreement.builder().addTerms(Term.agreed(DISPATCH, key, value, source)).build();
  }

  /**
   * An order sold by {@code seller} and shipped by the supplier {@code hours} after it was placed, or
   * {@code late} past an expected ship date when {@code hours} is negative.
   */
  static Journey order(String id, String seller, int hour, double hours, Boolean late) {
    Instant placed = T0.plusSeconds(3600L * hour);
    Order.Builder order =
        Order.builder()
            .id("o-" + id)
            .at(placed)
            .channel(Channel.WEB)
            .party(seller)
            .seller(seller)
            .addLines(OrderLine.of("sku", 1));
    if (!seller.equals("supplier")) {
      order.fulfiller("supplier");
    }
    Instant shipped = placed.plusSeconds((long) (hours * 3600));
    if (late != null) {
      Instant due = placed.plusSeconds(3600L * 48);
      order.expectedShipBy(due);
      shipped = due.plusSeconds(3600L * (late ? 12 : -24));
    }
    return Journey.builder()
        .id(id)
        .customer("c1")
        .addTouchpoints(
            order.build(),
            Shipment.builder()
                .id("s-" + id)
                .at(shipped.plusSeconds(3600L * 24))
                .channel(Channel.PARCEL)
                .party("supplier")
                .order("o-" + id)
                .packedBy("supplier")
                .addProducts("sku")
                .shippedAt(shipped)
                .build())
        .build();
  }

  @Test
  void assess_supplierShippingForTheRetailer_isHeldToTheRetailersTerm_notTheBrands() {
    // The retailer agreed 24 h with its supplier, the brand 100 h: a parcel 30 h after the order is
    // late when the retailer sold it, on time when the brand did.
    Portfolio portfolio =
        chain(
                agreed("maxHandlingHours", 24, "Shop supplier manual"),
                agreed("maxHandlingHours", 100, "Brand supply annex"))
            .addJourneys(
                order("via-shop", "shop", 0, 30, null), order("direct", "brand", 1, 30, null))
            .build();

    Assessment a = ENGINE.assess(portfolio);

    assertThat(a.violations())
        .extracting(
            Violation::journey,
            Violation::responsibleParty,
            Violation::customerFacingParty,
            Violation::brand,
            Violation::partnership)
        .containsExactly(tuple("via-shop", "supplier", "shop", "brand", "c-shop-supplier"));
    assertThat(a.violations().get(0).thresholds())
        .extracting(AppliedThreshold::value, AppliedThreshold::partnership)
        .containsExactly(tuple(24.0, "c-shop-supplier"));
    assertThat(a.recommendations())
        .extracting(r -> r.owner(), r -> r.accountableParty(), r -> r.partnership(), r -> r.brand())
        .containsExactly(tuple("shop", "supplier", "c-shop-supplier", "brand"));
  }

  @Test
  void assess_anAgreedTermOnTheRetailerSupplierLink_changesTheOutcome() {
    Journey late30h = order("via-shop", "shop", 0, 30, null);
    Portfolio byDefault =
        chain(Agreement.defaults(), Agreement.defaults()).addJourneys(late30h).build();
    Portfolio agreed =
        chain(agreed("maxHandlingHours", 24, "Shop supplier manual"), Agreement.defaults())
            .addJourneys(late30h)
            .build();

    assertThat(ENGINE.assess(byDefault).violations()).isEmpty();
    assertThat(ENGINE.assess(agreed).violations())
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("over the 24 h handling time"));
  }

  @Test
  void assessWindow_supplierServingRetailerAndBrand_hasOneMetricPerPrincipal() {
    // 100 orders through each principal, 10 of each shipped late: 10 %. The retailer agreed a 15 %
    // limit with the supplier; the brand keeps the pack's 4 %.
    Portfolio.Builder portfolio =
        chain(agreed("windowTarget", 0.15, "Shop scorecard"), Agreement.defaults());
    for (String seller : List.of("shop", "brand")) {
      for (int i = 0; i < 100; i++) {
        portfolio.addJourneys(order(seller + i, seller, i, 0, i < 10));
      }
    }
    Window window = Window.of(T0.minusSeconds(3600), T0.plusSeconds(3600L * 24 * 30));

    WindowAssessment w = ENGINE.assessWindow(portfolio.build(), window);

    assertThat(w.metrics().stream().filter(m -> m.standard().equals(DISPATCH)).toList())
        .extracting(MetricResult::partnership, MetricResult::status, MetricResult::numerator)
        .containsExactlyInAnyOrder(
            tuple("c-shop-supplier", MetricStatus.GOOD, 10L),
            tuple("b-brand-supplier", MetricStatus.BAD, 10L));
    Violation bad =
        w.violations().stream().filter(v -> v.ruleId().equals("window-rate")).findFirst().get();
    assertThat(bad.responsibleParty()).isEqualTo("supplier");
    assertThat(bad.partnership()).isEqualTo("b-brand-supplier");
    assertThat(bad.customerFacingParty()).isEqualTo("brand");
    assertThat(bad.brand()).isEqualTo("brand");
  }
}
