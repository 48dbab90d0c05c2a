package io.sharedcx.test;

import static io.sharedcx.test.Facts.complaint;
import static io.sharedcx.test.Facts.crushedParcel;
import static io.sharedcx.test.Facts.journey;
import static io.sharedcx.test.Facts.relay;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The tester's own tests, with the pack's packaging and relay standards as subjects; failure messages are pinned. */
class StandardTesterTest {
  static final StandardTester PACKAGING = StandardTester.of("PROMISE-PACKAGING-PROTECTIVE");
  static final StandardTester RELAY = StandardTester.of("SERVICE-COMPLAINT-RELAY");

  @Test
  void packaging_crushedParcel_firesOnceAgainstThePacker() {
    PACKAGING
        .given(crushedParcel())
        .fires(1)
        .against("gourmet")
        .citing("s1")
        .saying("below the brand's packaging spec")
        .recommends("packaging spec");
  }

  @Test
  void packaging_onlyTheChosenStandardFires_evenThoughTheSlipIsMissing() {
    PACKAGING.given(crushedParcel()).fires(1);
  }

  @Test
  void relay_inTime_firesNothing_late_firesAgainstTheReceiver() {
    RELAY
        .given(
            journey(
                100,
                complaint("c1", "brand", "gourmet", 0),
                relay("r1", "c1", "brand", "gourmet", 5)))
        .firesNothing();
    RELAY
        .given(journey(100, complaint("c1", "brand", "gourmet", 0)))
        .fires(1)
        .against("brand")
        .citing("c1")
        .recommends("Open a case with gourmet");
  }

  @Test
  void failedExpectation_againstTheWrongParty_listsExpectedAndActualFindings() {
    assertThatThrownBy(() -> PACKAGING.given(crushedParcel()).against("post"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected a violation against post from [PROMISE-PACKAGING-PROTECTIVE], but found 1 violation(s):\n"
                + "  - PROMISE-PACKAGING-PROTECTIVE HIGH against gourmet (packed the parcel below the brand's packaging "
                + "spec): Parcel s1 arrived DAMAGED and its packing did not meet the packaging spec. [evidence shipment:s1; "
                + "rule \"Damaged parcel packed below spec\"]");
  }

  @Test
  void failedExpectation_firesNothing_listsTheViolationsFound() {
    assertThatThrownBy(() -> PACKAGING.given(crushedParcel()).firesNothing())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expected no violation from [PROMISE-PACKAGING-PROTECTIVE], but found 1 violation(s):")
        .hasMessageContaining("against gourmet");
  }

  @Test
  void failedExpectation_wrongCount_andMissingRecommendation() {
    assertThatThrownBy(() -> PACKAGING.given(crushedParcel()).fires(2))
        .hasMessageStartingWith(
            "Expected exactly 2 violation(s) from [PROMISE-PACKAGING-PROTECTIVE], but found 1");
    assertThatThrownBy(() -> PACKAGING.given(crushedParcel()).recommends("refund everyone"))
        .hasMessageStartingWith(
            "Expected a recommendation containing \"refund everyone\" from "
                + "[PROMISE-PACKAGING-PROTECTIVE], but found 1 violation(s):")
        .hasMessageContaining(
            "Recommendations answering them:\n  - site (accountable gourmet): Apply the brand's");
  }

  @Test
  void of_unknownId_namesTheKnownOnes() {
    assertThatThrownBy(() -> StandardTester.of("PROMISE-PACKAGIN"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no such standard")
        .hasMessageContaining("PROMISE-PACKAGING-PROTECTIVE");
  }
}
