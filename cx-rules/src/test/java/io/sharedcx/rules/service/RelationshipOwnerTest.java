package io.sharedcx.rules.service;

import static io.sharedcx.rules.Given.complaint;
import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.relay;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Disposition;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Severity;
import org.junit.jupiter.api.Test;

class RelationshipOwnerTest {
  static final String ID = "SERVICE-RELATIONSHIP-OWNER";

  @Test
  void complaintRedirectedWithoutHandOff_isTheReceiversViolation() {
    Assessment a =
        journey()
            .with(
                complaint("c1", "brand", "gourmet", 0).disposition(Disposition.REDIRECTED).build())
            .assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("brand");
              assertThat(v.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(v.message()).contains("sending the customer to gourmet");
            });
    assertThat(a.recommendations())
        .singleElement()
        .satisfies(r -> assertThat(r.action()).contains("hand it off with a case link"));
  }

  @Test
  void redirectedWithARelay_isAWarmHandOff() {
    Assessment a =
        journey()
            .with(
                complaint("c1", "brand", "gourmet", 0).disposition(Disposition.REDIRECTED).build(),
                relay("r1", "c1", "brand", "gourmet", 1).build())
            .assess(ID);
    assertThat(a.violations()).isEmpty();
  }

  @Test
  void resolvedComplaint_isSilent() {
    Assessment a =
        journey()
            .with(complaint("c1", "brand", "gourmet", 0).disposition(Disposition.RESOLVED).build())
            .assess(ID);
    assertThat(a.violations()).isEmpty();
  }
}
