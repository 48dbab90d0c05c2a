package io.sharedcx.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Agreement;
import io.sharedcx.model.Brand;
import io.sharedcx.model.CancelReason;
import io.sharedcx.model.Cancellation;
import io.sharedcx.model.CancelledBy;
import io.sharedcx.model.Channel;
import io.sharedcx.model.Customer;
import io.sharedcx.model.Delivery;
import io.sharedcx.model.Fulfilment;
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
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.Comparison;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.finding.Window;
import io.sharedcx.model.finding.WindowAssessment;
import io.sharedcx.test.SyntheticPortfolios;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A window metric counts the cases its journey standard judges (QuickTheories, 1,000 examples of three or
 * more journeys each). For SHIP-ON-TIME-DISPATCH, ACCESS-PICKUP-STOCK-HONORED and SERVICE-COMPLAINT-CLOSE
 * (its closing rule) the failures per party equal the journey violations per party. Two twins differ by
 * design, as docs/WINDOW.md says, and the difference is checked exactly: SHIP-VALID-TRACKING counts a
 * valid label without a carrier scan against the packer at once (the journey standard blames the carrier
 * after its scan time), and DELIVERY-ON-TIME counts a parcel once delivered, for its carrier (the journey
 * standard also blames parcels still on the way, and the packer when the parcel shipped late).
 */
class WindowConsistencyTest {
  static final int EXAMPLES = 1_000;
  static final CxEngine ENGINE = CxEngine.builder().build();
  static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

  /** Wide enough for every case and violation of the generated journeys. */
  static final Window ALL =
      Window.of(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z"));

  /**
   * Failures per party of one standard's metrics (denominator - numerator for an at-least target), summed
   * over the party's partnerships: a party's cases are kept per partnership, so a packer shipping with two
   * carriers has two metrics.
   */
  static Map<String, Long> failures(WindowAssessment a, String standard) {
    Map<String, Long> byParty = new TreeMap<>();
    for (MetricResult m : a.metrics()) {
      if (m.standard().equals(standard)) {
        long failed =
            m.comparison() == Comparison.AT_MOST ? m.numerator() : m.denominator() - m.numerator();
        if (failed > 0) {
          byParty.merge(m.party(), failed, Long::sum);
        }
      }
    }
    return byParty;
  }

  /** Journey violations per party of one standard, of the given rules (all rules when none given). */
  static Map<String, Long> violations(List<Violation> all, String standard, String... rules) {
    Set<String> only = Set.of(rules);
    return all.stream()
        .filter(v -> v.standard().equals(standard))
        .filter(v -> only.isEmpty() || only.contains(v.ruleId()))
        .collect(
            Collectors.groupingBy(
                Violation::responsibleParty, TreeMap::new, Collectors.counting()));
  }

  @Test
  void shipOnTimeDispatch_anyOrdersAndAgreedHandlingTime_numeratorEqualsViolations() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Portfolio p = dispatchPortfolio(seed);
              List<Violation> journeyViolations = ENGINE.assess(p).violations();
              WindowAssessment window = ENGINE.assessWindow(p, ALL);
              assertThat(failures(window, "SHIP-ON-TIME-DISPATCH"))
                  .as("seed %d", seed)
                  .isEqualTo(violations(journeyViolations, "SHIP-ON-TIME-DISPATCH"));
            });
  }

  @Test
  void twins_syntheticPortfolios_failuresMatchViolationsOrTheDocumentedDifference() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Portfolio p = new SyntheticPortfolios(seed).portfolio(3);
              List<Violation> journeyViolations = ENGINE.assess(p).violations();
              WindowAssessment window = ENGINE.assessWindow(p, ALL);
              for (String standard :
                  List.of("SHIP-ON-TIME-DISPATCH", "ACCESS-PICKUP-STOCK-HONORED")) {
                assertThat(failures(window, standard))
                    .as("%s, seed %d", standard, seed)
                    .isEqualTo(violations(journeyViolations, standard));
              }
              assertThat(failures(window, "SERVICE-COMPLAINT-CLOSE"))
                  .as("SERVICE-COMPLAINT-CLOSE, seed %d", seed)
                  .isEqualTo(
                      violations(
                          journeyViolations,
                          "SERVICE-COMPLAINT-CLOSE",
                          "relayed-complaint-not-closed-in-time"));
              trackingDifference(p, window, journeyViolations, seed);
              deliveryDifference(p, window, journeyViolations, seed);
            });
  }

  /**
   * SHIP-VALID-TRACKING: a packer's failures are its violations (no or invalid tracking) plus its shipped
   * parcels with a valid label and no carrier scan; the carrier's violations are among the latter.
   */
  static void trackingDifference(
      Portfolio p, WindowAssessment window, List<Violation> journeyViolations, long seed) {
    Map<String, Long> expected =
        new TreeMap<>(
            violations(
                journeyViolations, "SHIP-VALID-TRACKING", "shipment-without-valid-tracking"));
    long unscanned = 0;
    for (Journey j : p.journeys()) {
      for (Shipment s : j.touchpoints(Shipment.class)) {
        if (s.shippedAt() != null
            && s.trackingNumber() != null
            && !Boolean.FALSE.equals(s.trackingValid())
            && s.firstScanAt() == null) {
          expected.merge(s.packedBy(), 1L, Long::sum);
          unscanned++;
        }
      }
    }
    assertThat(failures(window, "SHIP-VALID-TRACKING"))
        .as("SHIP-VALID-TRACKING, seed %d", seed)
        .isEqualTo(expected);
    long carriers =
        violations(journeyViolations, "SHIP-VALID-TRACKING", "valid-tracking-never-scanned")
            .values()
            .stream()
            .mapToLong(Long::longValue)
            .sum();
    assertThat(carriers)
        .as("unscanned parcels blamed on carriers, seed %d", seed)
        .isLessThanOrEqualTo(unscanned);
  }

  /**
   * DELIVERY-ON-TIME: all parties' failures together are the violations citing a delivery that arrived
   * (a parcel still on the way is a violation but no case yet).
   */
  static void deliveryDifference(
      Portfolio p, WindowAssessment window, List<Violation> journeyViolations, long seed) {
    Set<String> delivered = new java.util.HashSet<>();
    for (Journey j : p.journeys()) {
      for (Delivery d : j.touchpoints(Delivery.class)) {
        if (d.deliveredAt() != null) {
          delivered.add(d.id());
        }
      }
    }
    long arrivedLate =
        journeyViolations.stream()
            .filter(v -> v.standard().equals("DELIVERY-ON-TIME"))
            .filter(v -> v.evidence().stream().anyMatch(e -> delivered.contains(e.id())))
            .count();
    long failed =
        failures(window, "DELIVERY-ON-TIME").values().stream().mapToLong(Long::longValue).sum();
    assertThat(failed).as("DELIVERY-ON-TIME, seed %d", seed).isEqualTo(arrivedLate);
  }

  /**
   * Three to six delivery or pickup orders of one seller, packed by two packers (one agreed a 24 h
   * handling time), each with or without an expected ship date, with zero to two parcels shipped early,
   * late or not at all, scanned before or after the date or never, sometimes cancelled, observed at
   * different times.
   */
  static Portfolio dispatchPortfolio(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    var b =
        Portfolio.builder()
            .addBrands(Brand.builder().id("brand").name("Brand").build())
            .addProducts(Product.builder().id("sku").name("SKU").brand("brand").build())
            .addCustomers(Customer.builder().id("c").build());
    for (String partner : List.of("seller", "packer-a", "packer-b", "carrier")) {
      b.addPartners(
          Partner.builder()
              .id(partner)
              .name(partner)
              .addRoles(
                  partner.equals("carrier") ? PartnerRole.CARRIER : PartnerRole.DROP_SHIP_SUPPLIER)
              .build());
      Agreement agreement =
          partner.equals("packer-a")
              ? Agreement.builder()
                  .addTerms(Term.agreed("SHIP-ON-TIME-DISPATCH", "maxHandlingHours", 24, "annex 1"))
                  .build()
              : Agreement.defaults();
      b.addPartnerships(
          Partnership.builder()
              .id("brand-" + partner)
              .brand("brand")
              .partner(partner)
              .agreement(agreement)
              .build());
    }
    int journeys = 3 + random.nextInt(4);
    for (int i = 0; i < journeys; i++) {
      b.addJourneys(dispatchJourney("j" + i, random));
    }
    return b.build();
  }

  static Journey dispatchJourney(String id, SplittableRandom random) {
    Instant placed = START.plusSeconds(random.nextInt(30 * 24) * 3600L);
    boolean dated = random.nextBoolean();
    Instant due = placed.plusSeconds((12 + random.nextInt(60)) * 3600L);
    List<Touchpoint> tps = new ArrayList<>();
    String order = id + "-o";
    boolean pickup = random.nextInt(5) == 0;
    tps.add(
        Order.builder()
            .id(order)
            .at(placed)
            .channel(Channel.WEB)
            .party("brand")
            .seller("seller")
            .fulfilment(pickup ? Fulfilment.PICKUP : Fulfilment.DELIVERY)
            .pickupStore(pickup ? "seller" : null)
            .addLines(OrderLine.of("sku", 1))
            .expectedShipBy(dated ? due : null)
            .build());
    int parcels = random.nextInt(3);
    for (int k = 0; k < parcels; k++) {
      boolean shipped = random.nextInt(6) > 0;
      Instant shippedAt = placed.plusSeconds(random.nextInt(80) * 3600L + random.nextInt(3600));
      int scan = random.nextInt(3);
      tps.add(
          Shipment.builder()
              .id(id + "-s" + k)
              .at(shipped ? shippedAt : placed.plusSeconds(3600))
              .channel(Channel.PARCEL)
              .party("seller")
              .order(order)
              .packedBy(random.nextBoolean() ? "packer-a" : "packer-b")
              .carrier("carrier")
              .addProducts("sku")
              .shippedAt(shipped ? shippedAt : null)
              .trackingNumber("T" + k)
              .trackingValid(true)
              .firstScanAt(
                  !shipped || scan == 0
                      ? null
                      : shippedAt.plusSeconds((scan == 1 ? 1 : 30 + random.nextInt(40)) * 3600L))
              .build());
    }
    if (random.nextInt(5) == 0) {
      tps.add(
          Cancellation.builder()
              .id(id + "-x")
              .at(placed.plusSeconds(7200))
              .channel(Channel.EMAIL)
              .party("seller")
              .order(order)
              .initiatedBy(random.nextBoolean() ? CancelledBy.SELLER : CancelledBy.CUSTOMER)
              .reason(CancelReason.OUT_OF_STOCK)
              .build());
    }
    return Journey.builder()
        .id(id)
        .customer("c")
        .touchpoints(tps)
        .observedAt(placed.plusSeconds(random.nextInt(120) * 3600L))
        .build();
  }
}
