package io.sharedcx.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.json.CxJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScenariosTest {
  static CxEngine engine;

  @BeforeAll
  static void engine() {
    engine = CxEngine.builder().build();
  }

  static Assessment assess(Scenario scenario) {
    Assessment assessment = engine.assess(scenario.portfolio());
    assertThat(assessment.failures()).isEmpty();
    assertThat(assessment.journeysAssessed()).hasSize(1);
    return assessment;
  }

  @Test
  void legoBoughtLocally_meetsEveryStandard() {
    Assessment a = assess(Scenario.LEGO_BOUGHT_LOCALLY);
    assertThat(a.violations()).isEmpty();
    assertThat(a.recommendations()).isEmpty();
  }

  @Test
  void legoStockShownWrong_blamesTheStaleWidgetAndTheStoresFeedSeparately() {
    Assessment a = assess(Scenario.LEGO_STOCK_SHOWN_WRONG);
    assertThat(a.violations())
        .extracting(Violation::standard, Violation::responsibleParty, Violation::severity)
        .containsExactlyInAnyOrder(
            tuple("ACCESS-STOCK-VISIBLE", "brickworks", Severity.MEDIUM),
            tuple("ACCESS-STOCK-VISIBLE", "corner-toys", Severity.MEDIUM));
    assertThat(a.violationsAgainst("brickworks"))
        .singleElement()
        .satisfies(v -> assertThat(v.responsibility()).contains("40 h old (limit 24 h)"));
    assertThat(a.recommendations())
        .extracting(Recommendation::owner)
        .containsExactlyInAnyOrder("brickworks", "corner-toys");
  }

  @Test
  void flashSale_blamesOnlyThePartnersParcel() {
    Assessment a = assess(Scenario.FLASH_SALE_SPLIT_ORDER);
    assertThat(a.violations())
        .extracting(Violation::standard, Violation::responsibleParty)
        .containsExactlyInAnyOrder(
            tuple("JOURNEY-SHIPMENT-CONSISTENCY", "fine-foods"),
            tuple("PROMISE-PACKAGING-PROTECTIVE", "fine-foods"),
            tuple("PROMISE-PACKING-SLIP-BRANDING", "fine-foods"),
            tuple("PROMISE-ITEM-AS-DESCRIBED", "fine-foods"));
    assertThat(a.violations()).allSatisfy(v -> assertThat(v.cites("parcel-chocolate")).isTrue());
    assertThat(a.violationsAgainst("cellar-club")).isEmpty();
    assertThat(a.recommendations())
        .hasSize(4)
        .allSatisfy(
            r -> {
              assertThat(r.owner()).isEqualTo("cellar-club");
              assertThat(r.accountableParty()).isEqualTo("fine-foods");
            });
  }

  @Test
  void multichannelPickup_blamesTheStore_recommendsToTheRetailer() {
    Assessment a = assess(Scenario.MULTICHANNEL_PICKUP);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.standard()).isEqualTo("ACCESS-PICKUP-STOCK-HONORED");
              assertThat(v.responsibleParty()).isEqualTo("northwind-downtown");
              assertThat(v.evidence())
                  .extracting(e -> e.id())
                  .containsExactly("counter", "bopis-77");
            });
    assertThat(a.recommendations())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.owner()).isEqualTo("northwind");
              assertThat(r.accountableParty()).isEqualTo("northwind-downtown");
            });
  }

  @Test
  void complaintToBrand_theBrandOwnsTheRelay_underTheAgreed12Hours() {
    Assessment a = assess(Scenario.COMPLAINT_TO_BRAND);
    assertThat(a.violations())
        .extracting(Violation::standard, Violation::responsibleParty)
        .containsExactlyInAnyOrder(
            tuple("PROMISE-PACKAGING-PROTECTIVE", "quickship"),
            tuple("SERVICE-COMPLAINT-RELAY", "brightline"),
            tuple("SERVICE-RELATIONSHIP-OWNER", "brightline"));
    assertThat(a.violationsOf("SERVICE-COMPLAINT-RELAY"))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("within 12 h"));
  }

  @Test
  void complaintHandedOff_leavesOnlyThePartnersPackaging() {
    Assessment a = assess(Scenario.COMPLAINT_HANDED_OFF);
    assertThat(a.violations())
        .extracting(Violation::standard, Violation::responsibleParty)
        .containsExactly(tuple("PROMISE-PACKAGING-PROTECTIVE", "quickship"));
  }

  @Test
  void multichannelRetailer_eachChannelThatDisagrees_isTheRetailers() {
    Assessment a = assess(Scenario.MULTICHANNEL_RETAILER);
    assertThat(a.violations())
        .extracting(Violation::standard, Violation::responsibleParty, Violation::ruleId)
        .containsExactlyInAnyOrder(
            tuple("ACCESS-STOCK-VISIBLE", "northwind", "seller-s-feed-contradicts-its-own-page"),
            tuple("PROMISE-PRICE-CROSS-CHANNEL", "northwind", "own-channels-price-differently"),
            tuple("ORDER-STATUS-ACCURATE", "northwind", "delivered-status-before-the-delivery"),
            tuple(
                "SERVICE-HISTORY-LINKED",
                "northwind",
                "customer-repeated-an-issue-with-no-linked-case"));
    assertThat(a.violationsOf("ACCESS-STOCK-VISIBLE"))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.evidence())
                    .extracting(e -> e.id())
                    .containsExactly("wtb-stove", "nw-web-stove"));
    assertThat(a.violationsOf("PROMISE-PRICE-CROSS-CHANNEL"))
        .singleElement()
        .satisfies(
            v -> assertThat(v.message()).contains("849.0 on WEB").contains("749.0 on STORE"));
    assertThat(a.violationsOf("ORDER-STATUS-ACCURATE"))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.message())
                    .contains("delivered at 2026-06-06T03:00:00Z")
                    .contains("was delivered at 2026-06-09T03:00:00Z"));
    assertThat(a.violationsOf("SERVICE-HISTORY-LINKED"))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.evidence())
                    .extracting(e -> e.id())
                    .containsExactly("call-to-store", "dm-to-brand"));
    assertThat(a.violationsAgainst("trailhead")).isEmpty();
    assertThat(a.recommendations())
        .hasSize(4)
        .allSatisfy(r -> assertThat(r.owner()).isEqualTo("northwind"));
  }

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void everyScenario_roundTripsThroughJson(Scenario scenario) {
    var portfolio = scenario.portfolio();
    assertThat(CxJson.readPortfolio(CxJson.write(portfolio), scenario.file())).isEqualTo(portfolio);
  }

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void everyAssessment_roundTripsThroughJson(Scenario scenario) {
    Assessment a = engine.assess(scenario.portfolio());
    assertThat(CxJson.read(CxJson.write(a), "assessment", Assessment.class)).isEqualTo(a);
  }

  @Test
  void mainJob_runsEveryScenario() {
    var results =
        RunScenarios.run(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(results).containsOnlyKeys(Scenario.values());
    assertThat(results.get(Scenario.FLASH_SALE_SPLIT_ORDER).violations()).hasSize(4);
  }
}
