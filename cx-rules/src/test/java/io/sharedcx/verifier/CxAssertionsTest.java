package io.sharedcx.verifier;

import static io.sharedcx.verifier.CxAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.finding.Assessment;
import org.junit.jupiter.api.Test;

class CxAssertionsTest {
  static final Assessment CRUSHED = CxEngine.builder().build().assess(StandardVerifierTest.crushedParcel());

  @Test
  void hasViolation_against_citing_times() {
    assertThat(CRUSHED).hasViolation("PROMISE-PACKAGING-PROTECTIVE").against("gourmet").citing("s1").times(1);
    assertThat(CRUSHED).hasViolation("PROMISE-PACKING-SLIP-BRANDING").against("gourmet");
    assertThat(CRUSHED).hasNoViolation("SERVICE-COMPLAINT-RELAY");
  }

  @Test
  void failures_sayWhatWasExpectedAndWhatWasFound() {
    assertThatThrownBy(() -> assertThat(CRUSHED).hasViolation("PROMISE-PACKAGING-PROTECTIVE").against("post"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected a violation of PROMISE-PACKAGING-PROTECTIVE against post but found: \n"
            + "  - PROMISE-PACKAGING-PROTECTIVE HIGH against gourmet: Parcel s1 arrived DAMAGED");
    assertThatThrownBy(() -> assertThat(CRUSHED).hasNoViolations())
        .hasMessageStartingWith("Expected no violations but found: ");
    assertThatThrownBy(() -> assertThat(CRUSHED).hasViolation("SERVICE-COMPLAINT-RELAY"))
        .hasMessageStartingWith("Expected a violation of SERVICE-COMPLAINT-RELAY but found: ");
  }
}
