package io.sharedcx.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Agreement;
import io.sharedcx.model.HeatProtection;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Partnership;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Shipment;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.json.CxJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        .extracting(
            Violation::standard,
            Violation::responsibleParty,
            Violation::customerFacingParty,
            Violation::brand,
            Violation::partnership)
        .containsExactlyInAnyOrder(
            tuple(
                "JOURNEY-SHIPMENT-CONSISTENCY",
                "fine-foods",
                "cellar-club",
                "maison-noir",
                "cellar-club-fine-foods"),
            tuple(
                "PROMISE-PACKAGING-PROTECTIVE",
                "fine-foods",
                "cellar-club",
                "maison-noir",
                "cellar-club-fine-foods"),
            tuple(
                "PROMISE-PACKING-SLIP-BRANDING",
                "fine-foods",
                "cellar-club",
                "maison-noir",
                "cellar-club-fine-foods"),
            tuple(
                "PROMISE-ITEM-AS-DESCRIBED",
                "fine-foods",
                "cellar-club",
                "maison-noir",
                "cellar-club-fine-foods"));
    assertThat(a.violations()).allSatisfy(v -> assertThat(v.cites("parcel-chocolate")).isTrue());
    assertThat(a.violationsAgainst("cellar-club")).isEmpty();
    assertThat(a.recommendations())
        .hasSize(4)
        .allSatisfy(
            r -> {
              assertThat(r.owner()).isEqualTo("cellar-club");
              assertThat(r.accountableParty()).isEqualTo("fine-foods");
              assertThat(r.partnership()).isEqualTo("cellar-club-fine-foods");
            });
  }

  @Test
  void flashSale_chocolateShippedWithoutHeatProtection_isThePartnersOnAWarmDay() {
    Portfolio story = Scenario.FLASH_SALE_SPLIT_ORDER.portfolio();
    Shipment chocolate = chocolateParcel(story);
    // the story records the partner's parcel as packed with no protection, on an early spring day
    assertThat(chocolate.heatProtection()).isEqualTo(HeatProtection.NONE);
    assertThat(chocolate.destinationTemperatureC()).isEqualByComparingTo("9");
    assertThat(story.products())
        .filteredOn(p -> p.id().equals("artisan-chocolate-7"))
        .singleElement()
        .satisfies(p -> assertThat(p.heatSensitive()).isTrue());
    // on the same order shipped on a hot day, the packer also answers for the missing protection
    Shipment hot =
        Shipment.builder().from(chocolate).destinationTemperatureC(new BigDecimal("29")).build();
    Portfolio summer =
        Portfolio.builder()
            .from(story)
            .journeys(
                List.of(
                    Journey.builder()
                        .from(story.journeys().get(0))
                        .touchpoints(
                            story.journeys().get(0).touchpoints().stream()
                                .map(t -> t.id().equals(hot.id()) ? hot : t)
                                .toList())
                        .build()))
            .build();
    assertThat(engine.assess(summer).violations())
        .filteredOn(v -> v.ruleId().equals("heat-sensitive-product-shipped-unprotected"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("fine-foods");
              assertThat(v.customerFacingParty()).isEqualTo("cellar-club");
              assertThat(v.brand()).isEqualTo("maison-noir");
              assertThat(v.message())
                  .isEqualTo(
                      "Parcel parcel-chocolate with heat-sensitive artisan-chocolate-7 was packed"
                          + " with no insulation or coolant for a destination at 29 °C (heat"
                          + " protection from 24 °C).");
            });
  }

  private static Shipment chocolateParcel(Portfolio story) {
    return story.journeys().get(0).touchpoints().stream()
        .filter(t -> t.id().equals("parcel-chocolate"))
        .map(Shipment.class::cast)
        .findFirst()
        .orElseThrow();
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
              assertThat(v.customerFacingParty()).isEqualTo("northwind");
              assertThat(v.brand()).isEqualTo("trailhead");
              assertThat(v.partnership()).isEqualTo("northwind-downtown-store");
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
              assertThat(r.partnership()).isEqualTo("northwind-downtown-store");
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
    assertThat(a.violations())
        .allSatisfy(
            v -> {
              assertThat(v.customerFacingParty()).isEqualTo("northwind");
              assertThat(v.brand()).isEqualTo("trailhead");
              assertThat(v.partnership()).isEqualTo("trailhead-northwind");
            });
    assertThat(a.recommendations())
        .hasSize(4)
        .allSatisfy(r -> assertThat(r.owner()).isEqualTo("northwind"));
  }

  @Test
  void dropShipChain_eachFindingAgainstThePartyAtFault_theRetailerActsForTheCustomer() {
    Assessment a = assess(Scenario.DROP_SHIP_CHAIN);
    assertThat(a.violations())
        .extracting(
            Violation::standard,
            Violation::ruleId,
            Violation::responsibleParty,
            Violation::customerFacingParty,
            Violation::brand,
            Violation::partnership)
        .containsExactlyInAnyOrder(
            tuple(
                "SHIP-ON-TIME-DISPATCH",
                "shipped-after-the-handling-time",
                "dropline",
                "meridian",
                "halden",
                "meridian-dropline"),
            tuple(
                "SHIP-ON-TIME-DISPATCH",
                "not-shipped-by-the-expected-ship-date",
                "dropline",
                "meridian",
                "halden",
                "meridian-dropline"),
            tuple(
                "PROMISE-PACKING-SLIP-BRANDING",
                "parcel-with-another-seller-s-branding",
                "dropline",
                "meridian",
                "halden",
                "meridian-dropline"),
            tuple(
                "ORDER-STATUS-ACCURATE",
                "unshipped-and-uncancelled-days-past-the-expected-ship-date",
                "meridian",
                "meridian",
                "halden",
                "halden-meridian"));
    // The supplier's parcel left 30 h after the order: late under the 24 h it agreed with the
    // retailer.
    assertThat(a.violationsOf("SHIP-ON-TIME-DISPATCH"))
        .filteredOn(v -> v.ruleId().equals("shipped-after-the-handling-time"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.message()).contains("30 h after the order, over the 24 h handling time");
              assertThat(v.thresholds())
                  .extracting(t -> t.key(), t -> t.value(), t -> t.party(), t -> t.partnership())
                  .containsExactly(
                      tuple("maxHandlingHours", 24.0, "dropline", "meridian-dropline"));
              assertThat(v.thresholds().get(0).provenance().source())
                  .isEqualTo("Meridian drop-ship supplier manual, section 4: ship within one day");
            });
    assertThat(a.recommendations())
        .extracting(
            Recommendation::standard,
            Recommendation::owner,
            Recommendation::accountableParty,
            Recommendation::customerFacingParty,
            Recommendation::brand,
            Recommendation::partnership)
        .containsExactlyInAnyOrder(
            tuple(
                "SHIP-ON-TIME-DISPATCH",
                "meridian",
                "dropline",
                "meridian",
                "halden",
                "meridian-dropline"),
            tuple(
                "SHIP-ON-TIME-DISPATCH",
                "meridian",
                "dropline",
                "meridian",
                "halden",
                "meridian-dropline"),
            tuple(
                "PROMISE-PACKING-SLIP-BRANDING",
                "meridian",
                "dropline",
                "meridian",
                "halden",
                "meridian-dropline"),
            tuple(
                "ORDER-STATUS-ACCURATE",
                "meridian",
                "meridian",
                "meridian",
                "halden",
                "halden-meridian"));
  }

  @Test
  void dropShipChain_withoutTheRetailersAgreedHandlingTime_theParcelIsOnTime() {
    Portfolio chain = Scenario.DROP_SHIP_CHAIN.portfolio();
    Portfolio defaults = withSupplierAgreement(chain, Agreement.defaults());
    assertThat(engine.assess(defaults).violations())
        .extracting(Violation::ruleId)
        .doesNotContain("shipped-after-the-handling-time")
        .hasSize(3);
  }

  @Test
  void dropShipChain_aTermAgreedBetweenBrandAndRetailer_doesNotBindTheSupplier() {
    Portfolio chain = Scenario.DROP_SHIP_CHAIN.portfolio();
    Agreement retailers = chain.partnerships().get(1).agreement();
    Portfolio moved =
        Portfolio.builder()
            .from(withSupplierAgreement(chain, Agreement.defaults()))
            .partnerships(
                List.of(
                    Partnership.builder()
                        .from(chain.partnerships().get(0))
                        .agreement(retailers)
                        .build(),
                    Partnership.builder()
                        .from(chain.partnerships().get(1))
                        .agreement(Agreement.defaults())
                        .build()))
            .build();
    assertThat(engine.assess(moved).violations())
        .extracting(Violation::ruleId)
        .doesNotContain("shipped-after-the-handling-time");
  }

  @Test
  void castleSetMisfiled_theMarketplaceAnswersForTheAisleAndThePieceCount() {
    Assessment a = assess(Scenario.CASTLE_SET_MISFILED);
    assertThat(a.violations())
        .extracting(
            Violation::ruleId,
            Violation::responsibleParty,
            Violation::severity,
            Violation::partnership,
            Violation::message)
        .containsExactlyInAnyOrder(
            tuple(
                "listing-outside-the-agreed-category",
                "toybox-market",
                Severity.LOW,
                "brickworks-toybox-market",
                "Listing market-listing of castle-set is in category 'Toys & Games > Dolls &"
                    + " Accessories'; the agreed category for the master category 'Toys > Building"
                    + " sets' is 'Toys & Games > Building Toys'."),
            tuple(
                "listing-contradicts-the-master-data",
                "toybox-market",
                Severity.HIGH,
                "brickworks-toybox-market",
                "Listing market-listing of castle-set differs from the master data: pieces: listed"
                    + " '4154', master '4514'."));
    assertThat(a.recommendations()).extracting(Recommendation::owner).containsOnly("toybox-market");
  }

  @Test
  void castleSetMisfiled_withoutAnAgreedCategoryMap_onlyThePieceCountIsFound() {
    Portfolio misfiled = Scenario.CASTLE_SET_MISFILED.portfolio();
    Portfolio unmapped =
        Portfolio.builder()
            .from(misfiled)
            .partnerships(
                List.of(
                    Partnership.builder()
                        .from(misfiled.partnerships().get(0))
                        .agreement(Agreement.defaults())
                        .build()))
            .build();
    assertThat(engine.assess(unmapped).violations())
        .extracting(Violation::ruleId)
        .containsExactly("listing-contradicts-the-master-data");
  }

  private static Portfolio withSupplierAgreement(Portfolio chain, Agreement agreement) {
    Partnership supplier = chain.partnerships().get(1);
    assertThat(supplier.id()).isEqualTo("meridian-dropline");
    return Portfolio.builder()
        .from(chain)
        .partnerships(
            List.of(
                chain.partnerships().get(0),
                Partnership.builder().from(supplier).agreement(agreement).build()))
        .build();
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
