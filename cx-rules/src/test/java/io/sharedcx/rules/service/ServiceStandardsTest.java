package io.sharedcx.rules.service;

import static io.sharedcx.rules.Given.at;
import static io.sharedcx.rules.Given.complaint;
import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.order;
import static io.sharedcx.rules.Given.relay;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Channel;
import io.sharedcx.model.ComplaintReason;
import io.sharedcx.model.ServiceAction;
import io.sharedcx.model.ServiceContact;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import org.junit.jupiter.api.Test;

class ServiceStandardsTest {

  static ServiceContact contact(
      String id, String complaint, String party, ServiceAction action, double hours) {
    return ServiceContact.builder()
        .id(id)
        .at(at(hours))
        .channel(Channel.EMAIL)
        .party(party)
        .complaint(complaint)
        .action(action)
        .rootCause(action == ServiceAction.RESOLUTION ? "PACKAGING" : null)
        .build();
  }

  @Test
  void responseTime_noHumanResponseIn24Hours_isTheReceiversViolation() {
    Assessment a =
        journey()
            .with(complaint("c1", "brand", "shop", 0).order(null).build())
            .observedAt(30)
            .assess("SERVICE-RESPONSE-TIME");
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("brand");
              assertThat(v.severity()).isEqualTo(Severity.MEDIUM);
            });
    assertThat(
            journey()
                .with(
                    complaint("c1", "brand", "shop", 0).build(),
                    contact("r", "c1", "brand", ServiceAction.RESPONSE, 3))
                .observedAt(30)
                .assess("SERVICE-RESPONSE-TIME")
                .violations())
        .isEmpty();
  }

  @Test
  void responseTime_anAutoReplyIsNotTheFirstResponse() {
    ServiceContact autoReply =
        ServiceContact.builder()
            .from(contact("auto", "c1", "brand", ServiceAction.RESPONSE, 0.01))
            .automatic(true)
            .build();
    Assessment a =
        journey()
            .with(complaint("c1", "brand", "shop", 0).build(), autoReply)
            .observedAt(30)
            .assess("SERVICE-RESPONSE-TIME");
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("brand");
              assertThat(v.message()).isEqualTo("Complaint c1 got no human response within 24 h.");
            });
    assertThat(
            journey()
                .with(
                    complaint("c1", "brand", "shop", 0).build(),
                    autoReply,
                    contact("r", "c1", "brand", ServiceAction.RESPONSE, 20))
                .observedAt(30)
                .assess("SERVICE-RESPONSE-TIME")
                .violations())
        .isEmpty();
  }

  @Test
  void complaintPhotos_areCarriedIntoTheViolationsEvidence() {
    Assessment a =
        journey()
            .with(
                complaint("c1", "brand", "shop", 0)
                    .addPhotos("https://photos.example/c1/crushed-box.jpg", "crm:att-7781")
                    .build())
            .observedAt(30)
            .assess("SERVICE-RESPONSE-TIME");
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.evidence())
                    .extracting(e -> e.kind() + ":" + e.id())
                    .containsExactly(
                        "complaint:c1",
                        "photo:https://photos.example/c1/crushed-box.jpg",
                        "photo:crm:att-7781"));
  }

  @Test
  void responseTime_regulatorComplaintNeedsAnAnswerWithinTheHour() {
    Assessment a =
        journey()
            .with(
                complaint("c1", "brand", "shop", 0).viaRegulator(true).build(),
                contact("r", "c1", "brand", ServiceAction.RESPONSE, 3))
            .observedAt(30)
            .assess("SERVICE-RESPONSE-TIME");
    assertThat(a.violations()).extracting(Violation::severity).containsExactly(Severity.HIGH);
  }

  @Test
  void complaintClose_relayNotAcknowledgedNorClosed_isThePartnersViolations() {
    Assessment a =
        journey()
            .with(
                complaint("c1", "brand", "shop", 0).build(),
                relay("r1", "c1", "brand", "shop", 1).build())
            .observedAt(24 * 10)
            .assess("SERVICE-COMPLAINT-CLOSE");
    assertThat(a.violations())
        .extracting(Violation::responsibleParty)
        .containsExactly("shop", "shop");
    assertThat(a.violations())
        .extracting(Violation::rule)
        .containsExactlyInAnyOrder(
            "Relayed complaint not acknowledged", "Relayed complaint not closed in time");
    assertThat(a.recommendations()).allSatisfy(r -> assertThat(r.owner()).isEqualTo("brand"));
  }

  @Test
  void complaintClose_acknowledgedAndClosedWithRootCause_isSilent() {
    Assessment a =
        journey()
            .with(
                complaint("c1", "brand", "shop", 0).build(),
                relay("r1", "c1", "brand", "shop", 1).build(),
                contact("ack", "c1", "shop", ServiceAction.ACKNOWLEDGEMENT, 5),
                contact("fix", "c1", "shop", ServiceAction.RESOLUTION, 48))
            .observedAt(24 * 10)
            .assess("SERVICE-COMPLAINT-CLOSE");
    assertThat(a.violations()).isEmpty();
  }

  @Test
  void historyLinked_orderComplaintWithoutOrder_isAnEvidenceGap() {
    Assessment a =
        journey()
            .with(complaint("c1", "brand", "shop", 0).reason(ComplaintReason.LATE).build())
            .assess("SERVICE-HISTORY-LINKED");
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo("brand");
              assertThat(v.severity()).isEqualTo(Severity.LOW);
              assertThat(v.responsibility()).contains("evidence gap");
            });
    assertThat(
            journey()
                .with(complaint("c1", "brand", "shop", 0).reason(ComplaintReason.SERVICE).build())
                .assess("SERVICE-HISTORY-LINKED")
                .violations())
        .isEmpty();
  }

  /** Fails before MELTED was a reason: a melted complaint could not be recorded. */
  @Test
  void historyLinked_meltedComplaintWithoutOrder_isAnEvidenceGapToo() {
    assertThat(
            journey()
                .with(complaint("c1", "brand", "shop", 0).reason(ComplaintReason.MELTED).build())
                .assess("SERVICE-HISTORY-LINKED")
                .violations())
        .extracting(Violation::ruleId)
        .containsExactly("order-complaint-not-linked-to-its-order");
  }

  /** Fails before repeats were compared: the customer told three parties the same thing and nothing fired. */
  @Test
  void historyLinked_sameIssueRaisedAgainWithNoLinkedCase_isTheRepeatReceiversViolation() {
    // GIVEN the customer tweets the brand, then emails the shop, then calls the shop, about the
    // same
    // damaged parcel of order o1; only the call was linked to the shop's case
    Assessment a =
        journey()
            .with(
                order("o1", "shop", -24).build(),
                complaint("tweet", "brand", "shop", 0)
                    .channel(Channel.SOCIAL)
                    .order("o1")
                    .caseId("case-7")
                    .build(),
                complaint("email", "shop", "shop", 5).order("o1").build(),
                complaint("call", "shop", "shop", 9)
                    .channel(Channel.PHONE)
                    .order("o1")
                    .caseId("case-7")
                    .build(),
                complaint("other", "shop", "shop", 9)
                    .order("o1")
                    .reason(ComplaintReason.LATE)
                    .build())
            .assess("SERVICE-HISTORY-LINKED");
    assertThat(a.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("customer-repeated-an-issue-with-no-linked-case");
              assertThat(v.responsibleParty()).isEqualTo("shop");
              assertThat(v.evidence()).extracting(e -> e.id()).containsExactly("email", "tweet");
              assertThat(v.message())
                  .contains("on EMAIL repeats complaint tweet to brand on SOCIAL");
            });
    assertThat(a.recommendations())
        .singleElement()
        .satisfies(r -> assertThat(r.owner()).isEqualTo("shop"));
  }
}
