package io.sharedcx.test;

import static io.sharedcx.test.CxAssertions.assertThat;
import static io.sharedcx.test.CxAssertions.assertThatThrownBy;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.MetricStatus;
import io.sharedcx.model.finding.Scorecard;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Standing;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.finding.WindowAssessment;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CxAssertionsTest {
  static final CxEngine ENGINE = CxEngine.builder().build();
  static final Assessment CRUSHED = ENGINE.assess(Facts.crushedParcel());
  static final WindowAssessment MARCH =
      ENGINE.assessWindow(Facts.shipments(orders()), Facts.IN_MARCH);

  static Map<String, int[]> orders() {
    Map<String, int[]> orders = new LinkedHashMap<>();
    orders.put("late", new int[] {4, 3});
    orders.put("fine", new int[] {4, 0});
    return orders;
  }

  @Test
  void hasViolation_against_citing_times() {
    assertThat(CRUSHED)
        .hasViolation("PROMISE-PACKAGING-PROTECTIVE")
        .against("gourmet")
        .citing("s1")
        .times(1);
    assertThat(CRUSHED).hasViolation("PROMISE-PACKING-SLIP-BRANDING").against("gourmet");
    assertThat(CRUSHED).hasNoViolation("SERVICE-COMPLAINT-RELAY").hasNoFailures();
  }

  @Test
  void violations_areAListAssertion_soExtractingAndContainsExactlyKeepWorking() {
    assertThat(CRUSHED)
        .hasViolation("PROMISE-PACKAGING-PROTECTIVE")
        .extracting(Violation::responsibleParty)
        .containsExactly("gourmet");
    assertThat(CRUSHED)
        .hasViolation("PROMISE-PACKAGING-PROTECTIVE")
        .singleElement()
        .extracting(Violation::severity)
        .isEqualTo(Severity.HIGH);
    assertThat(CRUSHED)
        .violations()
        .filteredOn(v -> v.standard().startsWith("PROMISE-PACK"))
        .extracting(Violation::standard)
        .containsExactly("PROMISE-PACKAGING-PROTECTIVE", "PROMISE-PACKING-SLIP-BRANDING");
    // narrowing still works after a list assertion, and on a filtered list
    assertThat(CRUSHED).violations().hasSizeGreaterThanOrEqualTo(2).against("gourmet").citing("s1");
  }

  @Test
  void failures_sayWhatWasExpectedAndWhatWasFound() {
    assertThatThrownBy(
            () -> assertThat(CRUSHED).hasViolation("PROMISE-PACKAGING-PROTECTIVE").against("post"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected a violation of PROMISE-PACKAGING-PROTECTIVE against post but found: \n"
                + "  - PROMISE-PACKAGING-PROTECTIVE HIGH against gourmet (packed the parcel below the brand's packaging "
                + "spec): Parcel s1 arrived DAMAGED and its packing did not meet the packaging spec. [evidence shipment:s1; "
                + "rule \"Damaged parcel packed below spec\"]");
    assertThatThrownBy(
            () -> assertThat(CRUSHED).hasViolation("PROMISE-PACKAGING-PROTECTIVE").times(2))
        .hasMessageStartingWith(
            "Expected 2 violation(s) of PROMISE-PACKAGING-PROTECTIVE but found 1: \n  - ");
    assertThatThrownBy(
            () -> assertThat(CRUSHED).hasViolation("PROMISE-PACKAGING-PROTECTIVE").citing("s9"))
        .hasMessageStartingWith(
            "Expected a violation of PROMISE-PACKAGING-PROTECTIVE citing [s9] but found: \n  - ");
    assertThatThrownBy(() -> assertThat(CRUSHED).hasNoViolations())
        .hasMessageStartingWith("Expected no violations but found: \n  - ");
    assertThatThrownBy(() -> assertThat(CRUSHED).hasViolation("SERVICE-COMPLAINT-RELAY"))
        .hasMessageStartingWith(
            "Expected a violation of SERVICE-COMPLAINT-RELAY but found: \n  - ");
    assertThatThrownBy(
            () ->
                assertThat(CRUSHED)
                    .as("the crushed parcel")
                    .hasNoViolation("PROMISE-PACKAGING-PROTECTIVE"))
        .hasMessageStartingWith(
            "[the crushed parcel] Expected no violation of PROMISE-PACKAGING-PROTECTIVE but found: ");
  }

  @Test
  void windowAssessment_metric_hasStatus_counts_rate_target() {
    assertThat(MARCH)
        .metric("SHIP-ON-TIME-DISPATCH", "late")
        .hasStatus(MetricStatus.BAD)
        .hasCounts(3, 4)
        .hasRate(0.75)
        .hasTarget(0.04);
    assertThat(MARCH)
        .metric("SHIP-ON-TIME-DISPATCH", "fine")
        .hasStatus(MetricStatus.GOOD)
        .hasRate(0);
    assertThat(MARCH).hasViolation("SHIP-ON-TIME-DISPATCH").against("late").times(1);
    assertThat(MARCH)
        .hasNoViolation("SERVICE-OUTER-LOOP")
        .hasNoMetric("SHIP-ON-TIME-DISPATCH", "post");
    assertThat(MARCH).violations().extracting(Violation::responsibleParty).containsOnly("late");
    assertThat(MARCH)
        .scorecard("fine")
        .extracting(Scorecard::standing)
        .isEqualTo(Standing.EXCELLENT);
  }

  @Test
  void windowFailures_sayWhatWasExpectedAndWhatWasFound() {
    assertThatThrownBy(
            () ->
                assertThat(MARCH)
                    .metric("SHIP-ON-TIME-DISPATCH", "fine")
                    .hasStatus(MetricStatus.BAD))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected SHIP-ON-TIME-DISPATCH of fine to be BAD but was GOOD: SHIP-ON-TIME-DISPATCH of fine GOOD "
                + "(0/4 = 0.0 %, target at most 4.0 %, min sample 2)");
    assertThatThrownBy(
            () -> assertThat(MARCH).metric("SHIP-ON-TIME-DISPATCH", "late").hasCounts(1, 4))
        .hasMessage(
            "Expected SHIP-ON-TIME-DISPATCH of late to count 1/4 but counted 3/4: SHIP-ON-TIME-DISPATCH of "
                + "late BAD (3/4 = 75.0 %, target at most 4.0 %, min sample 2)");
    assertThatThrownBy(() -> assertThat(MARCH).metric("SHIP-ON-TIME-DISPATCH", "nobody"))
        .hasMessageStartingWith(
            "Expected a metric of SHIP-ON-TIME-DISPATCH for nobody but found: \n  - ")
        .hasMessageContaining("SHIP-ON-TIME-DISPATCH of late BAD (3/4 = 75.0 %");
    assertThatThrownBy(() -> assertThat(MARCH).hasViolation("SERVICE-OUTER-LOOP"))
        .hasMessageStartingWith(
            "Expected a window violation of SERVICE-OUTER-LOOP but found: \n"
                + "  - SHIP-ON-TIME-DISPATCH HIGH against late");
    assertThatThrownBy(() -> assertThat(MARCH).scorecard("post"))
        .hasMessage("Expected a scorecard of post but found scorecards of: [late, fine]");
  }
}
