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
import io.sharedcx.model.Provenance;
import io.sharedcx.model.Shipment;
import io.sharedcx.model.Term;
import io.sharedcx.model.Unit;
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
 * The threshold in force is that of the partnership the journey concerns: a packer working for two
 * brands is held to each brand's agreement in that brand's journeys, never to the other's.
 */
class ThresholdInForceTest {
  static final CxEngine ENGINE = CxEngine.builder().only("SHIP-ON-TIME-DISPATCH").build();
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final String DISPATCH = "SHIP-ON-TIME-DISPATCH";

  /**
   * Brand A agreed a 1,000 h handling time with the packer, brand B 1 h; brand B's partnership has the
   * smaller id, so taking the first partnership would hold brand A's journeys to 1 h.
   */
  static Portfolio.Builder twoBrands(Agreement withA, Agreement withB) {
    return Portfolio.builder()
        .addBrands(
            Brand.builder().id("brand-a").name("Brand A").build(),
            Brand.builder().id("brand-b").name("Brand B").build())
        .addPartners(
            Partner.builder().id("packer").name("Packer").addRoles(PartnerRole.FULFILMENT).build())
        .addPartnerships(
            Partnership.builder()
                .id("p2-brand-a-packer")
                .brand("brand-a")
                .partner("packer")
                .agreement(withA)
                .build(),
            Partnership.builder()
                .id("p1-brand-b-packer")
                .brand("brand-b")
                .partner("packer")
                .agreement(withB)
                .build())
        .addProducts(
            Product.builder().id("sku-a").name("A's product").brand("brand-a").build(),
            Product.builder().id("sku-b").name("B's product").brand("brand-b").build())
        .addCustomers(Customer.builder().id("c1").build());
  }

  static Agreement handling(double hours, String source) {
    return Agreement.builder()
        .addTerms(Term.agreed(DISPATCH, "maxHandlingHours", hours, source))
        .build();
  }

  /** An order of {@code skus} from the packer, shipped {@code hours} after it was placed. */
  static Journey shippedAfter(String id, double hours, String... skus) {
    Order.Builder order =
        Order.builder().id("o-" + id).at(T0).channel(Channel.WEB).party("packer").seller("packer");
    for (String sku : skus) {
      order.addLines(OrderLine.of(sku, 1));
    }
    return Journey.builder()
        .id(id)
        .customer("c1")
        .addTouchpoints(
            order.build(),
            Shipment.builder()
                .id("s-" + id)
                .at(T0.plusSeconds((long) (hours + 24) * 3600))
                .channel(Channel.PARCEL)
                .party("packer")
                .order("o-" + id)
                .packedBy("packer")
                .addProducts(skus)
                .shippedAt(T0.plusSeconds((long) hours * 3600))
                .build())
        .build();
  }

  @Test
  void assess_journeyOfBrandA_usesBrandAsAgreedHandlingTime_notTheOtherBrands() {
    Portfolio portfolio =
        twoBrands(handling(1000, "A annex"), handling(1, "B annex"))
            .addJourneys(shippedAfter("j-a", 100, "sku-a"), shippedAfter("j-b", 100, "sku-b"))
            .build();

    Assessment a = ENGINE.assess(portfolio);

    // THEN brand A's journey ships in 100 h against its 1,000 h: no violation; brand B's misses 1
    // h.
    assertThat(a.violations()).extracting(Violation::journey).containsExactly("j-b");
    Violation late = a.violations().get(0);
    assertThat(late.message()).contains("over the 1 h handling time");
    assertThat(late.thresholds())
        .containsExactly(
            AppliedThreshold.builder()
                .standard(DISPATCH)
                .key("maxHandlingHours")
                .party("packer")
                .value(1)
                .unit(Unit.HOURS)
                .provenance(Provenance.agreed("B annex"))
                .partnership("p1-brand-b-packer")
                .build());
  }

  @Test
  void assess_journeyOfBrandA_evenWhenItsJourneyComesFirstAndSecond_keepsEachBrandsValue() {
    // The run keeps thresholds between journeys: alternating brands must swap them every time.
    Portfolio portfolio =
        twoBrands(handling(1000, "A annex"), handling(1, "B annex"))
            .addJourneys(
                shippedAfter("j1", 100, "sku-a"),
                shippedAfter("j2", 100, "sku-b"),
                shippedAfter("j3", 100, "sku-a"),
                shippedAfter("j4", 100, "sku-b"))
            .build();

    assertThat(ENGINE.assess(portfolio).violations())
        .extracting(Violation::journey)
        .containsExactly("j2", "j4");
  }

  @Test
  void assess_brandWithoutAgreedTerm_usesTheDefault_notTheOtherBrandsTerm() {
    // Brand A agreed nothing: the pack's 48 h applies, never brand B's 1 h.
    Portfolio portfolio =
        twoBrands(Agreement.defaults(), handling(1, "B annex"))
            .addJourneys(shippedAfter("j-a", 40, "sku-a"), shippedAfter("j-a-late", 60, "sku-a"))
            .build();

    Assessment a = ENGINE.assess(portfolio);

    assertThat(a.violations()).extracting(Violation::journey).containsExactly("j-a-late");
    AppliedThreshold used = a.violations().get(0).thresholds().get(0);
    assertThat(used.value()).isEqualTo(48);
    assertThat(used.agreed()).isFalse();
    assertThat(used.provenance().origin()).isEqualTo(Provenance.Origin.DEFAULT);
    assertThat(used.partnership()).isEqualTo("p2-brand-a-packer");
  }

  @Test
  void assess_journeyOfBothBrands_usesThePartnershipWithTheSmallestId() {
    // One order of both brands' products: brand B's partnership (p1...) has the smaller id.
    Portfolio portfolio =
        twoBrands(handling(1000, "A annex"), handling(1, "B annex"))
            .addJourneys(shippedAfter("j-ab", 100, "sku-a", "sku-b"))
            .build();

    Assessment a = ENGINE.assess(portfolio);

    assertThat(a.violations()).hasSize(1);
    assertThat(a.violations().get(0).thresholds())
        .extracting(AppliedThreshold::partnership, AppliedThreshold::value)
        .containsExactly(tuple("p1-brand-b-packer", 1.0));
  }

  @Test
  void assessWindow_partnerWithTwoBrands_isJudgedPerPartnership_againstEachAgreedTarget() {
    // 100 orders per brand, 10 of each shipped after the expected ship date: 10 % late. Brand A
    // agreed
    // a 15 % limit, brand B keeps the pack's 4 %.
    Agreement lenient =
        Agreement.builder()
            .addTerms(Term.agreed(DISPATCH, "windowTarget", 0.15, "A scorecard annex"))
            .build();
    Portfolio.Builder portfolio = twoBrands(lenient, Agreement.defaults());
    for (String brand : List.of("a", "b")) {
      for (int i = 0; i < 100; i++) {
        portfolio.addJourneys(dueAndShipped(brand + i, "sku-" + brand, i, i < 10));
      }
    }
    Window window = Window.of(T0.minusSeconds(3600), T0.plusSeconds(3600L * 24 * 30));

    WindowAssessment w = ENGINE.assessWindow(portfolio.build(), window);

    List<MetricResult> metrics =
        w.metrics().stream().filter(m -> m.standard().equals(DISPATCH)).toList();
    assertThat(metrics)
        .extracting(MetricResult::partnership, MetricResult::status, MetricResult::numerator)
        .containsExactlyInAnyOrder(
            tuple("p2-brand-a-packer", MetricStatus.GOOD, 10L),
            tuple("p1-brand-b-packer", MetricStatus.BAD, 10L));
    MetricResult a =
        metrics.stream().filter(m -> "p2-brand-a-packer".equals(m.partnership())).findFirst().get();
    assertThat(a.target()).isEqualTo(0.15);
    assertThat(a.thresholds())
        .extracting(AppliedThreshold::key, AppliedThreshold::agreed)
        .containsExactly(
            tuple("windowTarget", true), tuple("minSample", false), tuple("atRiskRatio", false));

    // THEN only brand B's metric is a violation, and it carries the target and sample that decided
    // it.
    assertThat(w.violations()).hasSize(1);
    Violation bad = w.violations().get(0);
    assertThat(bad.responsibleParty()).isEqualTo("packer");
    assertThat(bad.evidence().get(0).id()).isEqualTo(DISPATCH + ":packer@p1-brand-b-packer");
    assertThat(bad.thresholds())
        .extracting(AppliedThreshold::key, AppliedThreshold::value, AppliedThreshold::partnership)
        .containsExactly(
            tuple("windowTarget", 0.04, "p1-brand-b-packer"),
            tuple("minSample", 50.0, "p1-brand-b-packer"));
  }

  /** An order of {@code sku} due to ship 48 h after it was placed, shipped on time or 12 h late. */
  static Journey dueAndShipped(String id, String sku, int hour, boolean late) {
    Instant placed = T0.plusSeconds(3600L * hour);
    Instant due = placed.plusSeconds(3600L * 48);
    Instant shipped = due.plusSeconds(3600L * (late ? 12 : -24));
    return Journey.builder()
        .id(id)
        .customer("c1")
        .addTouchpoints(
            Order.builder()
                .id("o-" + id)
                .at(placed)
                .channel(Channel.WEB)
                .party("packer")
                .seller("packer")
                .addLines(OrderLine.of(sku, 1))
                .expectedShipBy(due)
                .build(),
            Shipment.builder()
                .id("s-" + id)
                .at(shipped.plusSeconds(3600L * 24))
                .channel(Channel.PARCEL)
                .party("packer")
                .order("o-" + id)
                .packedBy("packer")
                .addProducts(sku)
                .shippedAt(shipped)
                .build())
        .build();
  }
}
