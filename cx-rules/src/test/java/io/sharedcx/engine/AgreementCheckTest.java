package io.sharedcx.engine;

import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.order;
import static io.sharedcx.rules.Given.shipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sharedcx.model.Agreement;
import io.sharedcx.model.Condition;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Provenance;
import io.sharedcx.model.Term;
import io.sharedcx.model.Unit;
import io.sharedcx.model.finding.Window;
import io.sharedcx.rules.Given;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Agreements are checked against the engine's standards before anything is assessed. */
class AgreementCheckTest {
  static final CxEngine ENGINE = CxEngine.builder().build();

  static Given damagedParcel() {
    return journey()
        .with(
            order("o1", "site", 0).build(),
            shipment("s1", "o1", "gourmet", 72)
                .packagingSpecMet(false)
                .condition(Condition.DAMAGED)
                .packingSlipPresent(false)
                .build());
  }

  static Term term(String standard, String key, String value, Unit unit) {
    return Term.builder()
        .standard(standard)
        .key(key)
        .value(new BigDecimal(value))
        .unit(unit)
        .provenance(Provenance.agreed("annex"))
        .build();
  }

  @Test
  void checkAgreements_fromTheBuilders_namesThePartnershipAndThePath_oneProblemPerMistake() {
    Portfolio portfolio =
        damagedParcel()
            .agreement(
                "gourmet",
                Agreement.builder()
                    .addStandards("PROMISE-PACKAGING-PROTECTIV", "PROMISE-PACKING-SLIP-BRANDING")
                    .addTerms(
                        Term.agreed("SERVICE-RESPONSE-TIME", "maxHour", 12, "annex"),
                        Term.agreed("SHIP-ON-TIME-DISPATCH", "windowTarget", 95, "annex"),
                        term("SHIP-ON-TIME-DISPATCH", "maxHandlingHours", "2", Unit.DAYS),
                        Term.agreed("ACME-NOTHING", "maxHours", 1, "annex"))
                    .build())
            .portfolio();
    List<AgreementProblem> problems = ENGINE.checkAgreements(portfolio);
    String at = "partnerships[0].agreement.";
    assertThat(problems)
        .extracting(AgreementProblem::toString)
        .containsExactly(
            "partnership 'brand-gourmet' at "
                + at
                + "standards[0]: unknown standard 'PROMISE-PACKAGING-PROTECTIV'. Maybe"
                + " PROMISE-PACKAGING-PROTECTIVE",
            "partnership 'brand-gourmet' at "
                + at
                + "terms[0].key: standard SERVICE-RESPONSE-TIME has no threshold 'maxHour'. Maybe"
                + " maxHours",
            "partnership 'brand-gourmet' at "
                + at
                + "terms[1].value: SHIP-ON-TIME-DISPATCH/windowTarget = 95 is outside its range"
                + " (FRACTION: at least 0, below 1). Maybe 0.95 (a fraction: 95 % is 0.95)",
            "partnership 'brand-gourmet' at "
                + at
                + "terms[2].unit: SHIP-ON-TIME-DISPATCH/maxHandlingHours is in HOURS, not DAYS."
                + " Maybe 48 with unit HOURS (2 days), or leave the unit out",
            "partnership 'brand-gourmet' at "
                + at
                + "terms[3].standard: unknown standard 'ACME-NOTHING' in a term. Maybe check the"
                + " id: the engine's standards are listed by 'cx standards'");
  }

  @Test
  void assess_assessWindow_assessEach_andAssessor_refuseABrokenAgreement_ratherThanLoseFindings() {
    Given given = damagedParcel();
    assertThat(ENGINE.assess(given.portfolio()).violations()).hasSizeGreaterThanOrEqualTo(2);
    // An unknown id in the list used to scope the partner out of every standard but the one left.
    Portfolio typo =
        given
            .agreement(
                "gourmet",
                Agreement.builder()
                    .addStandards("PROMISE-PACKAGING-PROTECTIVE", "PROMISE-PACKING-SLIP-BRANDNG")
                    .build())
            .portfolio();
    AgreementException assess =
        catchThrowableOfType(AgreementException.class, () -> ENGINE.assess(typo));
    assertThat(assess.problems())
        .singleElement()
        .extracting(AgreementProblem::hint)
        .isEqualTo("Maybe PROMISE-PACKING-SLIP-BRANDING");
    assertThat(assess.getMessage())
        .startsWith("1 agreement problem(s):\npartnership 'brand-gourmet'");
    Window window = Window.of(Given.at(-24), Given.at(24 * 30));
    assertThat(
            catchThrowableOfType(AgreementException.class, () -> ENGINE.assessWindow(typo, window))
                .problems())
        .isEqualTo(assess.problems());
    assertThat(
            catchThrowableOfType(
                    AgreementException.class,
                    () -> ENGINE.assessEach(typo, typo.journeys().iterator(), a -> {}))
                .problems())
        .isEqualTo(assess.problems());
    assertThat(
            catchThrowableOfType(AgreementException.class, () -> ENGINE.assessor(typo)).problems())
        .isEqualTo(assess.problems());
  }

  @Test
  void checkAgreements_acceptsASoundAgreement_withOrWithoutTheUnit() {
    Portfolio portfolio =
        damagedParcel()
            .agreement(
                "gourmet",
                Agreement.builder()
                    .addStandards("PROMISE-PACKAGING-PROTECTIVE")
                    .addTerms(
                        term("SHIP-ON-TIME-DISPATCH", "windowTarget", "0.02", Unit.FRACTION),
                        Term.agreed("SHIP-ON-TIME-DISPATCH", "maxHandlingHours", 0, "same day"),
                        Term.agreed("SERVICE-OUTER-LOOP", "complaints", 2, "annex"),
                        Term.agreed("DELIVERY-ON-TIME", "windowTarget", 1, "every parcel"))
                    .build())
            .portfolio();
    assertThat(ENGINE.checkAgreements(portfolio)).isEmpty();
    assertThat(ENGINE.assess(portfolio).violationsOf("PROMISE-PACKAGING-PROTECTIVE")).hasSize(1);
  }

  @Test
  void checkAgreements_knowsTheCustomStandardsLoaded_andNotTheOnesLeftOut() {
    Portfolio portfolio =
        damagedParcel()
            .agreement(
                "gourmet",
                Agreement.builder()
                    .addStandards("ACME-GIFT-NOTE")
                    .addTerms(Term.agreed("ACME-GIFT-NOTE", "enabled", 0, "no gift notes"))
                    .build())
            .portfolio();
    assertThat(ENGINE.checkAgreements(portfolio))
        .extracting(AgreementProblem::path)
        .containsExactly(
            "partnerships[0].agreement.standards[0]",
            "partnerships[0].agreement.terms[0].standard");
    CxEngine custom =
        CxEngine.builder()
            .addRules(java.nio.file.Path.of("src/test/resources/custom/good").toAbsolutePath())
            .build();
    assertThat(custom.checkAgreements(portfolio)).isEmpty();
  }

  @Test
  void standardInfo_showsEachThresholdsUnitAndAllowedValues() {
    StandardInfo dispatch = ENGINE.standards().get("SHIP-ON-TIME-DISPATCH");
    assertThat(dispatch.ranges().get("windowTarget"))
        .hasToString("at least 0, below 1")
        .extracting(ThresholdRange::unit)
        .isEqualTo(Unit.FRACTION);
    assertThat(dispatch.ranges().get("minSample")).hasToString("a whole number, at least 0");
    assertThat(dispatch.ranges().get("maxHandlingHours")).hasToString("at least 0");
    assertThat(ENGINE.standards().get("DELIVERY-ON-TIME").ranges().get("windowTarget"))
        .hasToString("above 0, at most 1");
    assertThat(ENGINE.standards().get("PROMISE-PRICE-DISPLAYED-MATCH").ranges().get("tolerance"))
        .extracting(ThresholdRange::unit)
        .isEqualTo(Unit.MONEY);
    assertThat(ENGINE.standards().get("PROMISE-PRICE-CROSS-CHANNEL").ranges().get("maxGap"))
        .hasToString("from 0 to 1");
    assertThat(ENGINE.standards().values())
        .allSatisfy(
            s ->
                assertThat(s.ranges().keySet())
                    .containsExactlyInAnyOrderElementsOf(
                        s.defaults().stream().map(Term::key).toList()));
  }

  @Test
  void thresholdRange_contains_respectsItsBoundsAndWholeNumbers() {
    ThresholdRange count = ThresholdRange.of(Unit.COUNT);
    assertThat(count.contains(new BigDecimal("3"))).isTrue();
    assertThat(count.contains(new BigDecimal("3.0"))).isTrue();
    assertThat(count.contains(new BigDecimal("2.5"))).isFalse();
    ThresholdRange open =
        new ThresholdRange(Unit.FRACTION, BigDecimal.ZERO, false, BigDecimal.ONE, false);
    assertThat(open.contains(BigDecimal.ZERO)).isFalse();
    assertThat(open.contains(BigDecimal.ONE)).isFalse();
    assertThat(open.contains(new BigDecimal("0.5"))).isTrue();
    assertThat(open).hasToString("above 0, below 1");
    assertThat(ThresholdRange.of(Unit.FRACTION).contains(new BigDecimal("1.01"))).isFalse();
  }
}
