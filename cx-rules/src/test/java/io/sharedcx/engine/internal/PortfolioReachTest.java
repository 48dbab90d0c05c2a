package io.sharedcx.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.drools.model.DSL.accFunction;
import static org.drools.model.DSL.accumulate;
import static org.drools.model.DSL.execute;
import static org.drools.model.DSL.exists;
import static org.drools.model.DSL.forall;
import static org.drools.model.DSL.from;
import static org.drools.model.DSL.not;
import static org.drools.model.DSL.or;
import static org.drools.model.PatternDSL.declarationOf;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import io.sharedcx.authoring.AgreedCategory;
import io.sharedcx.authoring.Deadline;
import io.sharedcx.authoring.Threshold;
import io.sharedcx.model.Agreement;
import io.sharedcx.model.Brand;
import io.sharedcx.model.Channel;
import io.sharedcx.model.Complaint;
import io.sharedcx.model.Customer;
import io.sharedcx.model.Delivery;
import io.sharedcx.model.Feed;
import io.sharedcx.model.FeedType;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Order;
import io.sharedcx.model.OrderLine;
import io.sharedcx.model.Partner;
import io.sharedcx.model.PartnerRole;
import io.sharedcx.model.Partnership;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Product;
import io.sharedcx.model.PurchaseOrder;
import io.sharedcx.model.Shipment;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.core.base.accumulators.CountAccumulateFunction;
import org.drools.model.Declaration;
import org.drools.model.Rule;
import org.junit.jupiter.api.Test;

class PortfolioReachTest {
  private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

  private final Declaration<Order> order = declarationOf(Order.class);
  private final Declaration<Shipment> shipment = declarationOf(Shipment.class);
  private final Declaration<Delivery> delivery = declarationOf(Delivery.class);
  private final Declaration<Complaint> complaint = declarationOf(Complaint.class);
  private final Declaration<Threshold> threshold = declarationOf(Threshold.class);
  private final Declaration<Violation> violation = declarationOf(Violation.class);

  private static Rule rule(String name, org.drools.model.RuleItemBuilder<?>... items) {
    org.drools.model.RuleItemBuilder<?>[] all = java.util.Arrays.copyOf(items, items.length + 1);
    all[items.length] = execute(() -> {});
    return org.drools.model.PatternDSL.rule("test", name).build(all);
  }

  @Test
  void aRuleNeedsThePortfolioTypesItJoinsAtTheTop() {
    assertThat(PortfolioReach.needed(rule("joins", pattern(order), pattern(shipment))))
        .containsExactly(Order.class, Shipment.class);
  }

  @Test
  void findingsThresholdsAndDeadlinesAreNeverNeeded() {
    Declaration<Deadline> deadline = declarationOf(Deadline.class);
    assertThat(
            PortfolioReach.needed(
                rule("findings", pattern(threshold), pattern(violation), pattern(deadline))))
        .isEmpty();
    assertThat(PortfolioReach.needed(rule("object", pattern(declarationOf(Object.class)))))
        .isEmpty();
  }

  @Test
  void whatIsUnderNotExistsOrForallAccumulateOrFromIsNotNeeded() {
    assertThat(PortfolioReach.needed(rule("not", pattern(order), not(pattern(delivery)))))
        .containsExactly(Order.class);
    assertThat(PortfolioReach.needed(rule("exists", pattern(order), exists(pattern(complaint)))))
        .containsExactly(Order.class);
    assertThat(
            PortfolioReach.needed(
                rule("or", pattern(threshold), or(pattern(order), pattern(complaint)))))
        .isEmpty();
    assertThat(
            PortfolioReach.needed(
                rule("forall", forall(pattern(order), pattern(shipment)), pattern(threshold))))
        .isEmpty();
    assertThat(
            PortfolioReach.needed(
                rule(
                    "accumulate",
                    pattern(threshold),
                    accumulate(pattern(delivery), accFunction(CountAccumulateFunction::new)))))
        .isEmpty();
    Declaration<Journey> journey = declarationOf(Journey.class);
    Declaration<Touchpoint> fromJourney =
        declarationOf(Touchpoint.class, from(journey, j -> j.touchpoints()));
    assertThat(PortfolioReach.needed(rule("from", pattern(journey), pattern(fromJourney))))
        .containsExactly(Journey.class);
  }

  @Test
  void aSupertypeOfTouchpointsIsNeededAndReachedByAnyTouchpoint() {
    Set<Class<?>> needed =
        PortfolioReach.needed(rule("any", pattern(declarationOf(Touchpoint.class))));
    assertThat(needed).containsExactly(Touchpoint.class);
    assertThat(PortfolioReach.reached(needed, Set.of(order().getClass()))).isTrue();
    assertThat(PortfolioReach.reached(needed, Set.of(Journey.class))).isFalse();
  }

  @Test
  void thePortfoliosFactTypesAreWhatItCanInsert() {
    Order o = order();
    Journey journey = Journey.builder().id("j").customer("c").addTouchpoints(o).build();
    Portfolio portfolio =
        parties().addCustomers(Customer.builder().id("c").build()).addJourneys(journey).build();
    assertThat(JourneyFacts.types(portfolio))
        .containsExactlyInAnyOrder(
            journey.getClass(), o.getClass(), portfolio.products().get(0).getClass());
    Set<Class<?>> present = JourneyFacts.types(portfolio);
    assertThat(PortfolioReach.reached(Set.of(Order.class, Product.class), present)).isTrue();
    assertThat(PortfolioReach.reached(Set.of(Order.class, Shipment.class), present)).isFalse();
  }

  /** A brand {@code b}, its product {@code p}, and a retailer {@code p}. */
  private static Portfolio.Builder parties() {
    return Portfolio.builder()
        .addBrands(Brand.builder().id("b").name("B").build())
        .addPartners(Partner.builder().id("p").name("P").addRoles(PartnerRole.RETAILER).build())
        .addProducts(Product.builder().id("p").name("P").brand("b").build());
  }

  @Test
  void aCategoryMapBringsAgreedCategoriesAndFeedsAndPurchaseOrdersCount() {
    Portfolio portfolio =
        parties()
            .addPartnerships(
                Partnership.builder()
                    .id("b-p")
                    .brand("b")
                    .partner("p")
                    .agreement(Agreement.builder().putCategoryMap("toys", "Toys").build())
                    .build())
            .addFeeds(
                Feed.builder()
                    .id("f")
                    .party("p")
                    .type(FeedType.INVENTORY)
                    .lastUpdatedAt(AT)
                    .observedAt(AT)
                    .build())
            .addPurchaseOrders(
                PurchaseOrder.builder()
                    .id("po")
                    .supplier("b")
                    .buyer("p")
                    .product("p")
                    .quantityOrdered(1)
                    .quantityReceived(1)
                    .placedAt(AT)
                    .mustArriveBy(AT)
                    .build())
            .build();
    Set<Class<?>> present = JourneyFacts.types(portfolio);
    assertThat(PortfolioReach.reached(Set.of(AgreedCategory.class, Feed.class), present)).isTrue();
    assertThat(PortfolioReach.reached(Set.of(PurchaseOrder.class), present)).isTrue();
    assertThat(PortfolioReach.reached(Set.of(Journey.class), present)).isFalse();
  }

  @Test
  void oneSetOfTypesCoversAnotherWhenItReachesEveryRuleTheOtherDoes() {
    List<Set<Class<?>>> needs =
        List.of(Set.of(Order.class), Set.of(Order.class, Shipment.class), Set.of(Complaint.class));
    Set<Class<?>> orders = Set.of(order().getClass());
    Set<Class<?>> both = Set.of(order().getClass(), shipmentClass());
    assertThat(PortfolioReach.covers(needs, both, orders)).isTrue();
    assertThat(PortfolioReach.covers(needs, orders, both)).isFalse();
    assertThat(PortfolioReach.covers(needs, orders, Set.of())).isTrue();
    assertThat(PortfolioReach.reachesAll(needs, both)).isFalse();
  }

  private static Order order() {
    return Order.builder()
        .id("o")
        .at(AT)
        .channel(Channel.WEB)
        .party("p")
        .seller("p")
        .addLines(OrderLine.of("p", 1))
        .build();
  }

  private static Class<?> shipmentClass() {
    return Shipment.builder()
        .id("s")
        .at(AT)
        .channel(Channel.PARCEL)
        .party("p")
        .order("o")
        .packedBy("p")
        .build()
        .getClass();
  }

  @Test
  void thePacksRulesNeedWhatTheirJourneysMustHave() {
    Map<String, Set<Class<?>>> byName = new java.util.HashMap<>();
    for (org.drools.model.Model model : RuleBase.prebuiltModels()) {
      for (Rule r : model.getRules()) {
        byName.put(r.getName(), PortfolioReach.needed(r));
      }
    }
    assertThat(byName.get("Parcels of one order diverge"))
        .containsExactlyInAnyOrder(Order.class, Shipment.class);
    assertThat(byName.get("Advertised below MAP")).contains(io.sharedcx.model.Offer.class);
    assertThat(byName.values()).anyMatch(Set::isEmpty);
  }
}
