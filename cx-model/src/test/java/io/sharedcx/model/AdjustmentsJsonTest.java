package io.sharedcx.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.json.InputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The exemptions and disputes file: read whole, and each mistake reported once, where it is. */
class AdjustmentsJsonTest {
  static final String EXEMPTION =
      """
      {"id": "flood", "party": "packer", "standard": "SHIP-ON-TIME-DISPATCH",
       "validFrom": "2026-03-01T00:00:00Z", "validUntil": "%s",
       "approvedBy": "brand partner manager", "approvedAt": "2026-02-28T10:00:00Z",
       "reason": "warehouse closed by the flood"}""";

  static final String DISPUTE =
      """
      {"id": "d1", "violation": "SHIP-ON-TIME-DISPATCH:packer:s1+o1:Shipped after the handling time",
       %s
       "raisedBy": "packer", "raisedAt": "2026-03-10T09:00:00Z", "status": "OPEN"}""";

  static String file(String exemptionUntil, String disputeReason) {
    return "{\n\"exemptions\": ["
        + EXEMPTION.formatted(exemptionUntil)
        + "],\n\"disputes\": ["
        + DISPUTE.formatted(disputeReason)
        + "]\n}";
  }

  @Test
  void read_wholeFile_givesEveryExemptionAndDispute() {
    Adjustments a =
        CxJson.read(
            file(
                "2026-03-08T00:00:00Z",
                "\"reason\": \"CARRIER_CAUSED\", \"evidence\": [\"CN-1\"],"),
            "adjustments.json",
            Adjustments.class);

    assertThat(a.exemptions()).extracting(Exemption::id).containsExactly("flood");
    assertThat(a.exemptions().get(0).holdsAt(Instant.parse("2026-03-07T23:59:59Z"))).isTrue();
    assertThat(a.exemptions().get(0).holdsAt(Instant.parse("2026-03-08T00:00:00Z"))).isFalse();
    assertThat(a.disputes().get(0).reason()).isEqualTo(DisputeReason.CARRIER_CAUSED);
    assertThat(a.disputes().get(0).evidence()).containsExactly("CN-1");
  }

  @Test
  void exemptionLongerThanAYear_isAnErrorNamingTheFieldAndWhatToDo() {
    assertThatThrownBy(
            () ->
                CxJson.read(
                    file("2027-03-03T00:00:00Z", "\"reason\": \"DATA_ERROR\","),
                    "adjustments.json",
                    Adjustments.class))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.source()).isEqualTo("adjustments.json");
              assertThat(e.line()).as("within the exemption").isBetween(2, 5);
              assertThat(e.path()).startsWith("$.exemptions[0]");
              assertThat(e.getMessage())
                  .contains("Exemption.validUntil")
                  .contains("at most 366 days after validFrom")
                  .contains("got 367 days")
                  .contains("agree a new exemption for the next year");
            });
  }

  @Test
  void disputeWithoutReason_isAnErrorAtTheDispute() {
    assertThatThrownBy(
            () ->
                CxJson.read(
                    file("2026-03-08T00:00:00Z", ""), "adjustments.json", Adjustments.class))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.line()).isGreaterThanOrEqualTo(6);
              assertThat(e.getMessage()).contains("reason");
            });
  }

  @Test
  void unknownReasonCode_listsTheCodesAccepted() {
    assertThatThrownBy(
            () ->
                CxJson.read(
                    file("2026-03-08T00:00:00Z", "\"reason\": \"WEATHER\","),
                    "adjustments.json",
                    Adjustments.class))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> assertThat(e.getMessage()).contains("WEATHER").contains("FORCE_MAJEURE"));
  }

  @Test
  void decidedDisputeWithoutItsDecider_isAnError() {
    assertThatThrownBy(
            () ->
                Dispute.builder()
                    .id("d1")
                    .violation("v1")
                    .reason(DisputeReason.DATA_ERROR)
                    .raisedBy("packer")
                    .raisedAt(Instant.parse("2026-03-10T09:00:00Z"))
                    .status(DisputeStatus.REVERSED)
                    .build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("Dispute.decidedBy")
        .hasMessageContaining("REVERSED dispute names the person or party that decided");
  }
}
