package io.sharedcx.cli;

import static io.sharedcx.cli.CxTest.cx;
import static io.sharedcx.cli.CxTest.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cx adjudicate}: the flash-sale story with one exemption, one reversal and a late dispute. */
class AdjudicateCommandTest {
  @BeforeAll
  static void resources() throws Exception {
    CxTest.resources();
  }

  @Test
  void text_showsRawAndAdjusted_eachStandingAndTheAuditTrail() {
    CxTest.Run run =
        cx(
            "adjudicate",
            path("flash-sale-split-order.json"),
            "--adjustments",
            path("flash-sale-adjustments.json"));

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("VIOLATIONS 4 raw, 2 adjusted; 1 COUNTED; 1 EXEMPTED; 1 UPHELD; 1 REVERSED")
        .contains("PARTY fine-foods: 4 raw, 2 adjusted")
        .contains(
            "EXEMPTED PROMISE-PACKAGING-PROTECTIVE against fine-foods:"
                + " PROMISE-PACKAGING-PROTECTIVE:fine-foods:parcel-chocolate:Damaged parcel packed"
                + " below spec (exemption heatwave-packaging)")
        .contains("REVERSED PROMISE-PACKING-SLIP-BRANDING against fine-foods")
        .contains("UPHELD PROMISE-ITEM-AS-DESCRIBED against fine-foods")
        .contains(
            "2026-04-20T09:00:00Z DISPUTE_REJECTED wrong-item-late by sharedcx on"
                + " PROMISE-ITEM-AS-DESCRIBED:fine-foods:parcel-chocolate+order-1:Wrong item packed:"
                + " raised 45 days after the violation at 2026-03-05T15:00:00Z, after the 30-day"
                + " dispute window");
    assertThat(run.out().lines().filter(l -> l.startsWith("  ")).toList())
        .as("audit trail, oldest first")
        .extracting(l -> l.trim().split(" ")[1])
        .containsExactly(
            "EXEMPTION_APPROVED",
            "EXEMPTION_APPLIED",
            "DISPUTE_RAISED",
            "DISPUTE_UNDER_REVIEW",
            "DISPUTE_REVERSED",
            "DISPUTE_RAISED",
            "DISPUTE_REJECTED");
  }

  @Test
  void window_showsEachPartnersScoreAndHealthRawAndAdjusted() {
    CxTest.Run run =
        cx(
            "adjudicate",
            path("flash-sale-split-order.json"),
            "--adjustments",
            path("flash-sale-adjustments.json"),
            "--from",
            "2026-03-01T00:00:00Z",
            "--to",
            "2026-04-01T00:00:00Z");

    assertThat(run.err()).isEmpty();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "SCORE fine-foods: raw (\\d+) \\(health (\\d+)\\), adjusted (\\d+) \\(health"
                    + " (\\d+)\\)")
            .matcher(run.out());
    assertThat(m.find()).as(run.out()).isTrue();
    // the exempted and the reversed violation no longer cost the partner points
    assertThat(Integer.parseInt(m.group(3))).isGreaterThanOrEqualTo(Integer.parseInt(m.group(1)));
    assertThat(Integer.parseInt(m.group(4))).isGreaterThan(Integer.parseInt(m.group(2)));
  }

  @Test
  void json_carriesTheCountsAndEveryViolationWithItsStanding() throws Exception {
    CxTest.Run run =
        cx(
            "adjudicate",
            path("flash-sale-split-order.json"),
            "--adjustments",
            path("flash-sale-adjustments.json"),
            "--format",
            "json");

    assertThat(run.exit()).isZero();
    JsonNode doc = new ObjectMapper().readTree(run.out());
    assertThat(doc.get("raw").asInt()).isEqualTo(4);
    assertThat(doc.get("adjusted").asInt()).isEqualTo(2);
    assertThat(doc.at("/adjudication/violations")).hasSize(4);
    assertThat(doc.at("/adjudication/audit")).hasSize(7);
  }

  @Test
  void disputeOfAViolationNotFound_isAnErrorAtItsLineWithTheNearestId() {
    CxTest.Run run =
        cx(
            "adjudicate",
            path("flash-sale-split-order.json"),
            "--adjustments",
            path("flash-sale-adjustments-typo.json"));

    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("flash-sale-adjustments-typo.json:17:")
        .contains("$.disputes[0].violation")
        .contains("which the assessment does not have")
        .contains(
            "Maybe 'PROMISE-PACKING-SLIP-BRANDING:fine-foods:parcel-chocolate+order-1:Parcel without"
                + " packing slip'");
  }

  @Test
  void exemptionNarrowedToAnUnknownProductOrCarrier_isAnErrorAtItsLine_notApproved(
      @TempDir Path dir) throws IOException {
    Path adjustments =
        Files.writeString(
            dir.resolve("narrowed.json"),
            """
            {"exemptions": [
              {"id": "heatwave", "party": "fine-foods", "standard": "PROMISE-PACKAGING-PROTECTIVE",
               "product": "artisan-chocolate", "carrier": "parcelcoo",
               "validFrom": "2026-03-01T00:00:00Z", "validUntil": "2026-03-15T00:00:00Z",
               "approvedBy": "Cellar Club partner manager", "approvedAt": "2026-02-27T10:00:00Z",
               "reason": "heatwave"}
            ], "disputes": []}
            """);

    CxTest.Run run =
        cx(
            "adjudicate",
            path("flash-sale-split-order.json"),
            "--adjustments",
            adjustments.toString());

    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .containsExactly(
            "cx: "
                + adjustments
                + ":3:15: at $.exemptions[0].product: no product 'artisan-chocolate'. Maybe"
                + " 'artisan-chocolate-7'",
            "cx: "
                + adjustments
                + ":3:47: at $.exemptions[0].carrier: no carrier 'parcelcoo'. Maybe 'parcelco'");
  }

  @Test
  void aJourneyARuleFailsOn_isListed_andExitsThree_unlessAllowed(@TempDir Path dir)
      throws IOException {
    Path rules = dir.resolve("asserts.drl");
    Files.writeString(rules, WindowCommandTest.assertsOrder("order-1"));
    Path none = dir.resolve("none.json");
    Files.writeString(none, "{\"exemptions\": [], \"disputes\": []}");
    String portfolio = path("flash-sale-split-order.json");
    String failed =
        "FAILED    journey chocolate-and-wine in rule 'Asserts one order' (ACME-ASSERT):";

    CxTest.Run run =
        cx("adjudicate", portfolio, "--adjustments", none.toString(), "--rules", rules.toString());
    assertThat(run.exit()).isEqualTo(Cx.FAILED_JOURNEYS);
    assertThat(run.out()).contains("VIOLATIONS 0 raw, 0 adjusted").contains(failed);
    assertThat(run.err())
        .contains("1 journey(s) could not be assessed")
        .contains("--allow-failures");

    CxTest.Run json =
        cx(
            "adjudicate",
            portfolio,
            "--adjustments",
            none.toString(),
            "--rules",
            rules.toString(),
            "--format",
            "json",
            "--allow-failures");
    assertThat(json.exit()).isZero();
    assertThat(json.err().lines())
        .as("--allow-failures accepts them, and still says so")
        .containsExactly(
            "cx: 1 journey(s) could not be assessed, so they have no violations to adjudicate (see"
                + " \"failures\" in the JSON); accepted, as --allow-failures was given.");
    JsonNode failures = new ObjectMapper().readTree(json.out()).get("failures");
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).get("journey").asText()).isEqualTo("chocolate-and-wine");

    // Disputes of the failed journey's violations name violations that are not there: the failure
    // is said first, as their cause.
    CxTest.Run disputed =
        cx(
            "adjudicate",
            portfolio,
            "--adjustments",
            path("flash-sale-adjustments.json"),
            "--rules",
            rules.toString());
    assertThat(disputed.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(disputed.err().lines().findFirst().orElseThrow()).startsWith("cx: " + failed);
  }
}
