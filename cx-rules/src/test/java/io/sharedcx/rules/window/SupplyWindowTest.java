package io.sharedcx.rules.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Channel;
import io.sharedcx.model.Feedback;
import io.sharedcx.model.Freight;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Order;
import io.sharedcx.model.OrderLine;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.PurchaseOrder;
import io.sharedcx.model.StockCheck;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.MetricStatus;
import io.sharedcx.model.finding.Window;
import io.sharedcx.model.finding.WindowAssessment;
import io.sharedcx.rules.Given;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ACCESS-IN-STOCK-RATE, ACCESS-SUPPLIER-OTIF and ORDER-DEFECT-RATE over a window. */
class SupplyWindowTest {
  static final Window WINDOW = Window.of(Given.at(-1), Given.at(24 * 40));
  static final CxEngine ENGINE = CxEngine.builder().build();

  static MetricResult metric(WindowAssessment a, String standard, String party) {
    return a.metrics().stream()
        .filter(m -> m.standard().equals(standard) && m.party().equals(party))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError("no " + standard + " metric for " + party + ": " + a.metrics()));
  }

  static List<StockCheck> audits(String store, int checks, int empty) {
    List<StockCheck> out = new ArrayList<>();
    for (int i = 0; i < checks; i++) {
      out.add(
          StockCheck.builder()
              .id(store + "-audit-" + i)
              .at(Given.at(i))
              .channel(Channel.STORE)
              .party(store)
              .product("core")
              .available(i < empty ? 0 : 5)
              .build());
    }
    return out;
  }

  static List<PurchaseOrder> purchaseOrders(
      String buyer, int count, int late, int short_, int lateCollect) {
    List<PurchaseOrder> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Instant placed = Given.at(i);
      Instant due = placed.plusSeconds(72 * 3600);
      boolean isLate = i < late || (i >= late && i < late + lateCollect);
      out.add(
          PurchaseOrder.builder()
              .id(buyer + "-po-" + i)
              .supplier("brand")
              .buyer(buyer)
              .product("core")
              .quantityOrdered(10)
              .quantityReceived(i >= late + lateCollect && i < late + lateCollect + short_ ? 8 : 10)
              .placedAt(placed)
              .mustArriveBy(due)
              .receivedAt(isLate ? due.plusSeconds(86_400) : due.minusSeconds(3600))
              .freight(i >= late && i < late + lateCollect ? Freight.COLLECT : Freight.PREPAID)
              .build());
    }
    return out;
  }

  @Test
  void inStockRate_belowTarget_isTheStoresViolation_aboveIsGood_fewAuditsInsufficient() {
    Portfolio p =
        Given.journey()
            .audits(audits("empty-shelves", 40, 8)) // 80 % in stock < 92 %
            .audits(audits("full-shelves", 40, 1)) // 97.5 %
            .audits(audits("few-audits", 10, 5)) // under 30 audits
            .portfolio();
    WindowAssessment a = ENGINE.assessWindow(p, WINDOW);
    assertThat(metric(a, "ACCESS-IN-STOCK-RATE", "empty-shelves").status())
        .isEqualTo(MetricStatus.BAD);
    assertThat(metric(a, "ACCESS-IN-STOCK-RATE", "full-shelves").status())
        .isEqualTo(MetricStatus.GOOD);
    assertThat(metric(a, "ACCESS-IN-STOCK-RATE", "few-audits").status())
        .isEqualTo(MetricStatus.INSUFFICIENT_DATA);
    assertThat(a.violations())
        .filteredOn(v -> v.standard().equals("ACCESS-IN-STOCK-RATE"))
        .extracting(v -> v.responsibleParty())
        .containsExactly("empty-shelves");
  }

  @Test
  void supplierOtif_lateOrShortPrepaidOrders_countAgainstTheSupplier_lateCollectIsExcluded() {
    Portfolio p =
        Given.journey().purchaseOrders(purchaseOrders("dc-east", 30, 1, 1, 5)).portfolio();
    WindowAssessment a = ENGINE.assessWindow(p, WINDOW);
    MetricResult otif = metric(a, "ACCESS-SUPPLIER-OTIF", "brand");
    assertThat(otif.excluded()).isEqualTo(5);
    assertThat(otif.denominator()).isEqualTo(25);
    assertThat(otif.numerator()).isEqualTo(23);
    assertThat(otif.status()).isEqualTo(MetricStatus.BAD);
    assertThat(a.violations())
        .filteredOn(v -> v.standard().equals("ACCESS-SUPPLIER-OTIF"))
        .singleElement()
        .satisfies(v -> assertThat(v.responsibleParty()).isEqualTo("brand"));
  }

  @Test
  void supplierOtif_toTwoRetailers_eachPurchaseOrderCountsUnderItsRetailersAgreement() {
    // The brand supplies two retailers, 3 of 30 purchase orders late to each (90 % on time in
    // full);
    // dc-west agreed an 85 % target, dc-east keeps the pack's 98 %.
    Portfolio p =
        Given.journey()
            .purchaseOrders(purchaseOrders("dc-east", 30, 3, 0, 0))
            .purchaseOrders(purchaseOrders("dc-west", 30, 3, 0, 0))
            .agreement(
                "dc-west",
                io.sharedcx.model.Agreement.builder()
                    .addTerms(
                        io.sharedcx.model.Term.agreed(
                            "ACCESS-SUPPLIER-OTIF", "windowTarget", 0.85, "west supply annex"))
                    .build())
            .portfolio();

    WindowAssessment a = ENGINE.assessWindow(p, WINDOW);

    assertThat(a.metrics())
        .filteredOn(m -> m.standard().equals("ACCESS-SUPPLIER-OTIF"))
        .extracting(MetricResult::partnership, MetricResult::status, MetricResult::target)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("brand-dc-east", MetricStatus.BAD, 0.98),
            org.assertj.core.groups.Tuple.tuple("brand-dc-west", MetricStatus.GOOD, 0.85));
    assertThat(a.violations())
        .filteredOn(v -> v.standard().equals("ACCESS-SUPPLIER-OTIF"))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.thresholds())
                    .extracting(t -> t.key() + "@" + t.partnership())
                    .containsExactly("windowTarget@brand-dc-east", "minSample@brand-dc-east"));
  }

  @Test
  void orderDefectRate_negativeFeedbackOverOnePercent_isBad_belowIsAtRiskOrGood() {
    List<Journey> journeys = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String seller = i < 100 ? "defective" : "careful";
      int negatives = seller.equals("defective") ? 5 : 0;
      String order = "o" + i;
      var j =
          Journey.builder()
              .id("j" + i)
              .customer("c1")
              .addTouchpoints(
                  Order.builder()
                      .id(order)
                      .at(Given.at(i))
                      .channel(Channel.WEB)
                      .party(seller)
                      .seller(seller)
                      .addLines(OrderLine.of("core", 1))
                      .build());
      if (i % 100 < negatives) {
        j.addTouchpoints(
            Feedback.builder()
                .id("f" + i)
                .at(Given.at(i + 5))
                .channel(Channel.WEB)
                .party(seller)
                .order(order)
                .rating(1)
                .build());
      }
      journeys.add(j.build());
    }
    Portfolio base = Given.journey().portfolio();
    Portfolio p =
        Portfolio.builder()
            .from(base)
            .journeys(journeys)
            .addPartners(
                io.sharedcx.model.Partner.builder()
                    .id("defective")
                    .name("D")
                    .addRoles(io.sharedcx.model.PartnerRole.MARKETPLACE)
                    .build())
            .addPartners(
                io.sharedcx.model.Partner.builder()
                    .id("careful")
                    .name("C")
                    .addRoles(io.sharedcx.model.PartnerRole.MARKETPLACE)
                    .build())
            .addProducts(
                io.sharedcx.model.Product.builder().id("core").name("Core").brand("brand").build())
            .build();
    WindowAssessment a = ENGINE.assessWindow(p, WINDOW);
    assertThat(metric(a, "ORDER-DEFECT-RATE", "defective").status()).isEqualTo(MetricStatus.BAD);
    assertThat(metric(a, "ORDER-DEFECT-RATE", "careful").status()).isEqualTo(MetricStatus.GOOD);
    // a BAD metric of a CRITICAL standard costs 40 points, its CRITICAL window violation 5 more
    assertThat(a.scorecard("defective"))
        .get()
        .satisfies(card -> assertThat(card.score()).isEqualTo(55));
  }
}
