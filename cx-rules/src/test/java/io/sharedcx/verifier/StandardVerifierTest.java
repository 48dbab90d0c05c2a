package io.sharedcx.verifier;

import static io.sharedcx.rules.Given.complaint;
import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.order;
import static io.sharedcx.rules.Given.relay;
import static io.sharedcx.rules.Given.shipment;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharedcx.model.Condition;
import io.sharedcx.model.Portfolio;
import org.junit.jupiter.api.Test;

/** The verifier's own tests, with the pack's packaging and relay standards as subjects; failure messages are pinned. */
class StandardVerifierTest {
  static final StandardVerifier PACKAGING = StandardVerifier.forStandards("PROMISE-PACKAGING-PROTECTIVE");
  static final StandardVerifier RELAY = StandardVerifier.forStandards("SERVICE-COMPLAINT-RELAY");

  static Portfolio crushedParcel() {
    return journey().with(order("o1", "site", 0).build(),
        shipment("s1", "o1", "gourmet", 72).carrier("post").packagingSpecMet(false).condition(Condition.DAMAGED)
            .packingSlipPresent(false).build()).portfolio();
  }

  @Test
  void packaging_crushedParcel_firesOnceAgainstThePacker() {
    PACKAGING.given(crushedParcel()).fires(1).against("gourmet").citing("s1")
        .saying("below the brand's packaging spec").recommends("packaging spec");
  }

  @Test
  void packaging_onlyTheChosenStandardFires_evenThoughTheSlipIsMissing() {
    PACKAGING.given(crushedParcel()).fires(1);
  }

  @Test
  void relay_inTime_firesNothing_late_firesAgainstTheReceiver() {
    RELAY.given(journey().with(complaint("c1", "brand", "gourmet", 0).build(),
        relay("r1", "c1", "brand", "gourmet", 5).build()).observedAt(100).portfolio()).firesNothing();
    RELAY.given(journey().with(complaint("c1", "brand", "gourmet", 0).build()).observedAt(100).portfolio())
        .fires(1).against("brand").citing("c1").recommends("Open a case with gourmet");
  }

  @Test
  void failedExpectation_againstTheWrongParty_listsExpectedAndActualFindings() {
    assertThatThrownBy(() -> PACKAGING.given(crushedParcel()).against("post"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected a violation against post from [PROMISE-PACKAGING-PROTECTIVE], but found 1 violation(s):\n"
            + "  - PROMISE-PACKAGING-PROTECTIVE HIGH against gourmet (packed the parcel below the brand's packaging "
            + "spec): Parcel s1 arrived DAMAGED and its packing did not meet the packaging spec. [evidence shipment:s1; "
            + "rule \"Damaged parcel packed below spec\"]");
  }

  @Test
  void failedExpectation_firesNothing_listsTheViolationsFound() {
    assertThatThrownBy(() -> PACKAGING.given(crushedParcel()).firesNothing())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected no violation from [PROMISE-PACKAGING-PROTECTIVE], but found 1 violation(s):")
        .hasMessageContaining("against gourmet");
  }

  @Test
  void failedExpectation_wrongCount_andMissingRecommendation() {
    assertThatThrownBy(() -> PACKAGING.given(crushedParcel()).fires(2))
        .hasMessageStartingWith("Expected exactly 2 violation(s) from [PROMISE-PACKAGING-PROTECTIVE], but found 1");
    assertThatThrownBy(() -> PACKAGING.given(crushedParcel()).recommends("refund everyone"))
        .hasMessageStartingWith("Expected a recommendation containing \"refund everyone\" from "
            + "[PROMISE-PACKAGING-PROTECTIVE], but found 1 violation(s):")
        .hasMessageContaining("Recommendations answering them:\n  - site (accountable gourmet): Apply the brand's");
  }

  @Test
  void forStandards_unknownId_namesTheKnownOnes() {
    assertThatThrownBy(() -> StandardVerifier.forStandards("PROMISE-PACKAGIN"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no such standard").hasMessageContaining("PROMISE-PACKAGING-PROTECTIVE");
  }
}
