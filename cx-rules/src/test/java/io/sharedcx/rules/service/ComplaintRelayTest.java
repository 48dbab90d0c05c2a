package io.sharedcx.rules.service;

import static io.sharedcx.rules.Given.complaint;
import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.relay;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Agreement;
import io.sharedcx.model.Term;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Severity;
import org.junit.jupiter.api.Test;

class ComplaintRelayTest {
  static final String ID = "SERVICE-COMPLAINT-RELAY";

  @Test
  void complaintAboutPartner_neverRelayed_isTheReceiversViolation() {
    Assessment a =
        journey().with(complaint("c1", "brand", "gourmet", 0).build()).observedAt(48).assess(ID);
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("brand");
              assertThat(v.severity()).isEqualTo(Severity.HIGH);
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("c1");
              assertThat(v.message()).contains("within 24 h");
            });
    assertThat(a.recommendations())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.owner()).isEqualTo("brand");
              assertThat(r.action()).contains("Open a case with gourmet");
            });
  }

  @Test
  void relayedTooLate_isAViolation() {
    Assessment a =
        journey()
            .with(
                complaint("c1", "brand", "gourmet", 0).build(),
                relay("r1", "c1", "brand", "gourmet", 30).build())
            .assess(ID);
    assertThat(a.violations()).hasSize(1);
  }

  @Test
  void relayedInTime_isSilent() {
    Assessment a =
        journey()
            .with(
                complaint("c1", "brand", "gourmet", 0).build(),
                relay("r1", "c1", "brand", "gourmet", 5).build())
            .observedAt(100)
            .assess(ID);
    assertThat(a.violations()).isEmpty();
  }

  @Test
  void relayedToTheWrongParty_isAViolation() {
    Assessment a =
        journey()
            .with(
                complaint("c1", "brand", "gourmet", 0).build(),
                relay("r1", "c1", "brand", "post", 5).build())
            .observedAt(100)
            .assess(ID);
    assertThat(a.violations()).hasSize(1);
  }

  @Test
  void stillWithinTheWindow_isSilent() {
    Assessment a =
        journey().with(complaint("c1", "brand", "gourmet", 0).build()).observedAt(10).assess(ID);
    assertThat(a.violations()).isEmpty();
  }

  @Test
  void complaintAboutTheReceiverItself_needsNoRelay() {
    Assessment a =
        journey().with(complaint("c1", "gourmet", "gourmet", 0).build()).observedAt(100).assess(ID);
    assertThat(a.violations()).isEmpty();
  }

  @Test
  void stricterAgreedWindow_turnsATimelyRelayLate() {
    Agreement strict =
        Agreement.builder()
            .addTerms(Term.agreed(ID, "maxHours", 4, "brand-gourmet service annex"))
            .build();
    var given =
        journey()
            .with(
                complaint("c1", "gourmet", "brand", 0).build(),
                relay("r1", "c1", "gourmet", "brand", 5).build())
            .observedAt(100);
    assertThat(given.assess(ID).violations()).isEmpty();
    assertThat(given.agreement("gourmet", strict).assess(ID).violations())
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("within 4 h"));
  }
}
