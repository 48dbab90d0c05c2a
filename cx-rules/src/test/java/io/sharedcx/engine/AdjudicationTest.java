package io.sharedcx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.sharedcx.model.Adjustments;
import io.sharedcx.model.Agreement;
import io.sharedcx.model.Brand;
import io.sharedcx.model.Channel;
import io.sharedcx.model.Customer;
import io.sharedcx.model.Dispute;
import io.sharedcx.model.DisputeReason;
import io.sharedcx.model.DisputeStatus;
import io.sharedcx.model.Exemption;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Order;
import io.sharedcx.model.OrderLine;
import io.sharedcx.model.Partner;
import io.sharedcx.model.PartnerRole;
import io.sharedcx.model.Partnership;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Product;
import io.sharedcx.model.Shipment;
import io.sharedcx.model.finding.Adjudication;
import io.sharedcx.model.finding.AdjustedMetric;
import io.sharedcx.model.finding.AdjustedViolation;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.AuditAction;
import io.sharedcx.model.finding.AuditEntry;
import io.sharedcx.model.finding.Scorecard;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.finding.ViolationStanding;
import io.sharedcx.model.finding.Window;
import io.sharedcx.model.finding.WindowAssessment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exemptions and disputes: a window of ten late shipments, two exempted and one reversed, reports raw 10
 * and adjusted 7 with its audit trail; a late dispute is rejected with its reason; mistakes get one clear
 * error each.
 */
class AdjudicationTest {
  static final CxEngine ENGINE = CxEngine.builder().only("SHIP-ON-TIME-DISPATCH").build();
  static final String DISPATCH = "SHIP-ON-TIME-DISPATCH";
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final Window MARCH =
      Window.of(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
  static final Duration DAY = Duration.ofDays(1);

  /** Ten orders, one a day, each shipped by the packer 100 h after it was placed (48 h allowed). */
  static Portfolio tenLateShipments(Agreement agreement) {
    Portfolio.Builder p =
        Portfolio.builder()
            .addBrands(Brand.builder().id("brand").name("Brand").build())
            .addPartners(
                Partner.builder()
                    .id("packer")
                    .name("Packer")
                    .addRoles(PartnerRole.FULFILMENT)
                    .build())
            .addPartnerships(
                Partnership.builder()
                    .id("brand-packer")
                    .brand("brand")
                    .partner("packer")
                    .agreement(agreement)
                    .build())
            .addProducts(
                Product.builder().id("sku-1").name("Kettle").brand("brand").build(),
                Product.builder().id("sku-2").name("Chocolate").brand("brand").build())
            .addCustomers(Customer.builder().id("c1").build());
    for (int i = 0; i < 10; i++) {
      String sku = i < 5 ? "sku-1" : "sku-2";
      Instant placed = T0.plus(DAY.multipliedBy(i));
      p.addJourneys(
          Journey.builder()
              .id("j" + i)
              .customer("c1")
              .addTouchpoints(
                  Order.builder()
                      .id("o" + i)
                      .at(placed)
                      .channel(Channel.WEB)
                      .party("brand")
                      .seller("brand")
                      .addLines(OrderLine.of(sku, 1))
                      .build(),
                  Shipment.builder()
                      .id("s" + i)
                      .at(placed.plus(Duration.ofHours(100)))
                      .channel(Channel.PARCEL)
                      .party("packer")
                      .order("o" + i)
                      .packedBy("packer")
                      .addProducts(sku)
                      .shippedAt(placed.plus(Duration.ofHours(100)))
                      .build())
              .build());
    }
    return p.build();
  }

  static String violationOf(Assessment journeys, String journey) {
    return journeys.violations().stream()
        .filter(v -> journey.equals(v.journey()))
        .findFirst()
        .orElseThrow()
        .id();
  }

  static Instant happened(int day) {
    return T0.plus(DAY.multipliedBy(day)).plus(Duration.ofHours(100));
  }

  static Dispute.Builder dispute(String id, String violation, Instant raisedAt) {
    return Dispute.builder()
        .id(id)
        .violation(violation)
        .reason(DisputeReason.CARRIER_CAUSED)
        .raisedBy("packer")
        .raisedAt(raisedAt)
        .addEvidence("carrier notice CN-" + id);
  }

  /** Chocolate from the 5th to the 7th day exempted; j0 reversed; j1 late; j2 open; j3 upheld. */
  static Adjustments adjustments(Assessment window) {
    return Adjustments.builder()
        .addExemptions(
            Exemption.builder()
                .id("heatwave")
                .party("packer")
                .standard(DISPATCH)
                .product("sku-2")
                .validFrom(happened(5))
                .validUntil(happened(7))
                .approvedBy("brand partner manager")
                .approvedAt(T0)
                .reason("chocolate held back in the heatwave, as agreed")
                .build())
        .addDisputes(
            dispute("d-reversed", violationOf(window, "j0"), happened(0).plus(DAY))
                .status(DisputeStatus.REVERSED)
                .decidedBy("brand partner manager")
                .decidedAt(happened(0).plus(DAY.multipliedBy(3)))
                .build(),
            dispute("d-late", violationOf(window, "j1"), happened(1).plus(DAY.multipliedBy(40)))
                .status(DisputeStatus.OPEN)
                .build(),
            dispute("d-open", violationOf(window, "j2"), happened(2).plus(DAY))
                .status(DisputeStatus.UNDER_REVIEW)
                .reviewedBy("brand partner manager")
                .reviewedAt(happened(2).plus(DAY.multipliedBy(2)))
                .build(),
            dispute("d-upheld", violationOf(window, "j3"), happened(3).plus(DAY))
                .status(DisputeStatus.UPHELD)
                .decidedBy("brand partner manager")
                .decidedAt(happened(3).plus(DAY.multipliedBy(2)))
                .build())
        .build();
  }

  @Test
  void window_tenViolationsTwoExemptedOneReversed_raw10Adjusted7WithTheAuditTrail() {
    Portfolio portfolio = tenLateShipments(Agreement.defaults());
    Assessment journeys = ENGINE.assess(portfolio);
    WindowAssessment window = ENGINE.assessWindow(portfolio, MARCH);
    assertThat(journeys.violations()).hasSize(10);
    assertThat(window.violations()).isEmpty(); // too few cases for the metric to be judged

    Adjudication a = ENGINE.adjudicate(portfolio, journeys, window, adjustments(journeys));

    assertThat(a.raw()).isEqualTo(10);
    assertThat(a.adjusted()).isEqualTo(7);
    assertThat(a.rawByParty()).containsExactly(java.util.Map.entry("packer", 10));
    assertThat(a.adjustedByParty()).containsExactly(java.util.Map.entry("packer", 7));
    assertThat(a.violations())
        .extracting(v -> v.violation().journey(), AdjustedViolation::standing)
        .containsExactlyInAnyOrder(
            tuple("j0", ViolationStanding.REVERSED),
            tuple("j1", ViolationStanding.UPHELD),
            tuple("j2", ViolationStanding.DISPUTED),
            tuple("j3", ViolationStanding.UPHELD),
            tuple("j4", ViolationStanding.COUNTED),
            tuple("j5", ViolationStanding.EXEMPTED),
            tuple("j6", ViolationStanding.EXEMPTED),
            tuple("j7", ViolationStanding.COUNTED),
            tuple("j8", ViolationStanding.COUNTED),
            tuple("j9", ViolationStanding.COUNTED));
    // nothing dropped: every violation assessed is there, unchanged
    assertThat(a.violations())
        .extracting(AdjustedViolation::violation)
        .containsExactlyElementsOf(journeys.violations());

    AdjustedMetric metric = a.metrics().get(0);
    assertThat(metric.raw().numerator()).isEqualTo(10);
    assertThat(metric.raw().denominator()).isEqualTo(10);
    assertThat(metric.removed()).isEqualTo(3);
    assertThat(metric.numerator()).isEqualTo(7);
    assertThat(metric.denominator()).isEqualTo(7);

    assertThat(a.audit())
        .extracting(AuditEntry::action, AuditEntry::source, AuditEntry::who)
        .containsExactly(
            tuple(AuditAction.EXEMPTION_APPROVED, "heatwave", "brand partner manager"),
            tuple(AuditAction.DISPUTE_RAISED, "d-reversed", "packer"),
            tuple(AuditAction.DISPUTE_RAISED, "d-open", "packer"),
            tuple(AuditAction.DISPUTE_REVERSED, "d-reversed", "brand partner manager"),
            tuple(AuditAction.DISPUTE_RAISED, "d-upheld", "packer"),
            tuple(AuditAction.DISPUTE_UNDER_REVIEW, "d-open", "brand partner manager"),
            tuple(AuditAction.EXEMPTION_APPLIED, "heatwave", "brand partner manager"),
            tuple(AuditAction.DISPUTE_UPHELD, "d-upheld", "brand partner manager"),
            tuple(AuditAction.EXEMPTION_APPLIED, "heatwave", "brand partner manager"),
            tuple(AuditAction.DISPUTE_RAISED, "d-late", "packer"),
            tuple(AuditAction.DISPUTE_REJECTED, "d-late", "sharedcx"));
    assertThat(a.audit()).extracting(AuditEntry::at).isSorted();
  }

  @Test
  void scorecards_areRecomputedFromTheAdjustedFigures_besideTheRawOnes() {
    Portfolio portfolio = tenLateShipments(Agreement.defaults());
    Assessment journeys = ENGINE.assess(portfolio);
    WindowAssessment window = ENGINE.assessWindow(portfolio, MARCH);

    Adjudication a = ENGINE.adjudicate(portfolio, journeys, window, adjustments(journeys));

    assertThat(a.rawScorecards()).isEqualTo(window.scorecards());
    Scorecard raw = a.rawScorecards().get(0);
    Scorecard adjusted = a.adjustedScorecards().get(0);
    assertThat(adjusted.party()).isEqualTo("packer");
    // two exempted and one reversed no longer count, in the score nor in the health
    assertThat(adjusted.violationsByStandard().get(DISPATCH))
        .isEqualTo(raw.violationsByStandard().get(DISPATCH) - 3);
    assertThat(adjusted.health().violationsCounted())
        .isEqualTo(raw.health().violationsCounted() - 3);
    // seven late dispatches still reach the per-standard cap of the health, as ten did
    assertThat(adjusted.health().score()).isEqualTo(raw.health().score());
    assertThat(adjusted.score()).isGreaterThanOrEqualTo(raw.score());
    // the card's metric is the adjusted one
    AdjustedMetric metric = a.metrics().get(0);
    assertThat(adjusted.metrics())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.numerator()).isEqualTo(metric.numerator());
              assertThat(m.denominator()).isEqualTo(metric.denominator());
              assertThat(m.status()).isEqualTo(metric.status());
            });
    // a journey adjudication has no scorecards
    assertThat(ENGINE.adjudicate(portfolio, journeys, Adjustments.none()).adjustedScorecards())
        .isEmpty();
  }

  @Test
  void lateDispute_isRejectedWithItsReason_andTheViolationStands() {
    Portfolio portfolio = tenLateShipments(Agreement.defaults());
    Assessment journeys = ENGINE.assess(portfolio);
    WindowAssessment window = ENGINE.assessWindow(portfolio, MARCH);

    Adjudication a = ENGINE.adjudicate(portfolio, journeys, window, adjustments(journeys));

    AuditEntry rejected =
        a.audit().stream()
            .filter(e -> e.action() == AuditAction.DISPUTE_REJECTED)
            .findFirst()
            .orElseThrow();
    assertThat(rejected.violation()).isEqualTo(violationOf(journeys, "j1"));
    assertThat(rejected.why())
        .isEqualTo(
            "raised 40 days after the violation at "
                + happened(1)
                + ", after the 30-day dispute window (the default; partnership brand-packer agrees"
                + " none): the violation stands");
  }

  @Test
  void agreedDisputeWindow_of60Days_acceptsTheDisputeRaisedAfter40() {
    Portfolio portfolio = tenLateShipments(Agreement.builder().disputeWindowDays(60).build());
    Assessment journeys = ENGINE.assess(portfolio);
    WindowAssessment window = ENGINE.assessWindow(portfolio, MARCH);

    Adjudication a = ENGINE.adjudicate(portfolio, journeys, window, adjustments(journeys));

    assertThat(a.audit())
        .extracting(AuditEntry::action)
        .doesNotContain(AuditAction.DISPUTE_REJECTED);
    assertThat(a.violations())
        .filteredOn(v -> "j1".equals(v.violation().journey()))
        .extracting(AdjustedViolation::standing, AdjustedViolation::dispute)
        .containsExactly(tuple(ViolationStanding.DISPUTED, "d-late"));
    assertThat(a.adjusted()).isEqualTo(7);
  }

  @Test
  void disputeWindow_isThatOfTheViolationsPartnership_notTheLongestOfItsParty() {
    // the packer agreed 30 days with this brand and 90 with another one
    Portfolio one = tenLateShipments(Agreement.builder().disputeWindowDays(30).build());
    Portfolio portfolio =
        Portfolio.builder()
            .from(one)
            .addBrands(Brand.builder().id("other").name("Other brand").build())
            .addPartnerships(
                Partnership.builder()
                    .id("other-packer")
                    .brand("other")
                    .partner("packer")
                    .agreement(Agreement.builder().disputeWindowDays(90).build())
                    .build())
            .build();
    Assessment journeys = ENGINE.assess(portfolio);
    WindowAssessment window = ENGINE.assessWindow(portfolio, MARCH);
    assertThat(journeys.violations())
        .filteredOn(v -> "j1".equals(v.journey()))
        .singleElement()
        .satisfies(v -> assertThat(v.partnership()).isEqualTo("brand-packer"));

    Adjudication a = ENGINE.adjudicate(portfolio, journeys, window, adjustments(journeys));

    assertThat(a.audit())
        .filteredOn(e -> e.action() == AuditAction.DISPUTE_REJECTED)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.why())
                    .isEqualTo(
                        "raised 40 days after the violation at "
                            + happened(1)
                            + ", after the 30-day dispute window agreed in partnership"
                            + " brand-packer: the violation stands"));
  }

  @Test
  void exemption_outsideItsProductOrTime_leavesTheViolationCounted() {
    Portfolio portfolio = tenLateShipments(Agreement.defaults());
    Assessment journeys = ENGINE.assess(portfolio);
    WindowAssessment window = ENGINE.assessWindow(portfolio, MARCH);
    Adjustments kettleOnly =
        Adjustments.builder()
            .addExemptions(
                Exemption.builder()
                    .id("kettles")
                    .party("packer")
                    .standard(DISPATCH)
                    .product("sku-1")
                    .validFrom(happened(5))
                    .validUntil(happened(9).plusSeconds(1))
                    .approvedBy("brand")
                    .approvedAt(T0)
                    .reason("kettle recall")
                    .build())
            .build();

    Adjudication a = ENGINE.adjudicate(portfolio, journeys, window, kettleOnly);

    // THEN the kettles shipped before the 5th day are out of its time, the chocolate out of its
    // scope
    assertThat(a.adjusted()).isEqualTo(10);
  }

  @Test
  void journeyAssessment_canBeAdjudicatedToo_withNoMetrics() {
    Portfolio portfolio = tenLateShipments(Agreement.defaults());
    Assessment journeys = ENGINE.assess(portfolio);

    Adjudication a = ENGINE.adjudicate(portfolio, journeys, adjustments(journeys));

    assertThat(a.raw()).isEqualTo(10);
    assertThat(a.adjusted()).isEqualTo(7);
    assertThat(a.metrics()).isEmpty();
  }

  @Test
  void disputeOfAnUnknownViolation_isOneClearErrorWithItsPathAndTheNearestId() {
    Portfolio portfolio = tenLateShipments(Agreement.defaults());
    Assessment journeys = ENGINE.assess(portfolio);
    String real = violationOf(journeys, "j4");
    Adjustments typo =
        Adjustments.builder()
            .addDisputes(
                dispute("d1", real.replace("packer", "pakcer"), happened(4).plus(DAY))
                    .status(DisputeStatus.OPEN)
                    .build())
            .build();

    assertThatThrownBy(() -> ENGINE.adjudicate(portfolio, journeys, typo))
        .isInstanceOfSatisfying(
            AdjustmentException.class,
            e ->
                assertThat(e.problems())
                    .extracting(AdjustmentProblem::path, AdjustmentProblem::hint)
                    .containsExactly(tuple("$.disputes[0].violation", "Maybe '" + real + "'")));
  }

  @Test
  void disputeReason_notAcceptedByTheViolationsStandard_isOneErrorListingThoseItAccepts() {
    CxEngine packaging = CxEngine.builder().only("PROMISE-PACKAGING-PROTECTIVE").build();
    assertThat(packaging.standards().get("PROMISE-PACKAGING-PROTECTIVE").disputeReasons())
        .containsExactly(
            DisputeReason.DATA_ERROR,
            DisputeReason.WRONG_PARTY,
            DisputeReason.CARRIER_CAUSED,
            DisputeReason.FORCE_MAJEURE,
            DisputeReason.EXEMPTION_NOT_APPLIED,
            DisputeReason.DUPLICATE);
    Portfolio late = tenLateShipments(Agreement.defaults());
    Journey j0 = late.journeys().get(0);
    Portfolio portfolio =
        Portfolio.builder()
            .from(late)
            .journeys(
                List.of(
                    Journey.builder()
                        .from(j0)
                        .touchpoints(
                            j0.touchpoints().stream()
                                .map(
                                    t ->
                                        t instanceof Shipment sh
                                            ? Shipment.builder()
                                                .from(sh)
                                                .packagingSpecMet(false)
                                                .condition(io.sharedcx.model.Condition.DAMAGED)
                                                .build()
                                            : t)
                                .toList())
                        .build()))
            .build();
    Assessment journeys = packaging.assess(portfolio);
    String damaged = violationOf(journeys, "j0");
    Adjustments customer =
        Adjustments.builder()
            .addDisputes(
                dispute("d1", damaged, happened(0).plus(DAY))
                    .reason(DisputeReason.CUSTOMER_CAUSED)
                    .status(DisputeStatus.OPEN)
                    .build())
            .build();

    assertThatThrownBy(() -> packaging.adjudicate(portfolio, journeys, customer))
        .isInstanceOfSatisfying(
            AdjustmentException.class,
            e ->
                assertThat(e.problems())
                    .extracting(AdjustmentProblem::toString)
                    .containsExactly(
                        "$.disputes[0].reason: dispute 'd1' gives reason CUSTOMER_CAUSED, which"
                            + " standard PROMISE-PACKAGING-PROTECTIVE does not accept. Maybe one"
                            + " of: DATA_ERROR, WRONG_PARTY, CARRIER_CAUSED, FORCE_MAJEURE,"
                            + " EXEMPTION_NOT_APPLIED, DUPLICATE"));
    // a reason it accepts goes through
    Adjustments carrier =
        Adjustments.builder()
            .addDisputes(
                dispute("d1", damaged, happened(0).plus(DAY)).status(DisputeStatus.OPEN).build())
            .build();
    assertThat(packaging.adjudicate(portfolio, journeys, carrier).violations())
        .extracting(AdjustedViolation::standing)
        .containsExactly(ViolationStanding.DISPUTED);
  }

  @Test
  void exemptionOfAnUnknownPartyOrStandard_isOneErrorEach() {
    Portfolio portfolio = tenLateShipments(Agreement.defaults());
    Adjustments wrong =
        Adjustments.builder()
            .addExemptions(
                Exemption.builder()
                    .id("e1")
                    .party("pakcer")
                    .standard("SHIP-ON-TIME-DISPACH")
                    .validFrom(T0)
                    .validUntil(T0.plus(DAY))
                    .approvedBy("brand")
                    .approvedAt(T0)
                    .reason("strike")
                    .build())
            .build();

    assertThatThrownBy(() -> ENGINE.adjudicate(portfolio, ENGINE.assess(portfolio), wrong))
        .isInstanceOfSatisfying(
            AdjustmentException.class,
            e ->
                assertThat(e.problems())
                    .extracting(AdjustmentProblem::toString)
                    .containsExactly(
                        "$.exemptions[0].party: no party 'pakcer'. Maybe 'packer'",
                        "$.exemptions[0].standard: no standard 'SHIP-ON-TIME-DISPACH'. Maybe"
                            + " 'SHIP-ON-TIME-DISPATCH'"));
  }

  @Test
  void violationsAreListedInTheAssessmentsOrder() {
    Portfolio portfolio = tenLateShipments(Agreement.defaults());
    Assessment journeys = ENGINE.assess(portfolio);

    List<Violation> listed =
        ENGINE.adjudicate(portfolio, journeys, Adjustments.none()).violations().stream()
            .map(AdjustedViolation::violation)
            .toList();

    assertThat(listed).isEqualTo(journeys.violations());
  }
}
