package io.sharedcx.engine;

import static io.sharedcx.rules.Given.order;
import static io.sharedcx.rules.Given.shipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharedcx.authoring.Hours;
import io.sharedcx.model.Condition;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.rules.Given;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CxEngineTest {
  static CxEngine engine;

  @BeforeAll
  static void build() {
    engine = CxEngine.builder().build();
  }

  /** Two journeys: the first has a damaged parcel packed below spec, the second is clean. */
  static Portfolio twoJourneys() {
    Portfolio first =
        Given.journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "gourmet", 72)
                    .packagingSpecMet(false)
                    .condition(Condition.DAMAGED)
                    .build())
            .portfolio();
    Journey clean =
        Journey.builder()
            .id("j2")
            .customer("c1")
            .addTouchpoints(
                order("o2", "site", 0).build(),
                shipment("s2", "o2", "gourmet", 72)
                    .packagingSpecMet(true)
                    .condition(Condition.INTACT)
                    .build())
            .build();
    return Portfolio.builder().from(first).addJourneys(clean).build();
  }

  @Test
  void assess_findsViolationsPerJourney_withoutLeakingFactsBetweenJourneys() {
    Assessment a = engine.assess(twoJourneys());
    assertThat(a.journeysAssessed()).containsExactly("j1", "j2");
    assertThat(a.failures()).isEmpty();
    assertThat(a.violations()).extracting(Violation::journey).containsOnly("j1");
    // The pooled session is reused: a second assessment sees no leftovers from the first.
    assertThat(engine.assess(twoJourneys())).isEqualTo(a);
  }

  @Test
  void assess_reportsTheStandardsThatRan() throws IOException {
    // The pack's standards as their documentation pages name them, not as the engine lists them.
    Set<String> documented;
    try (Stream<Path> pages = Files.list(Path.of("../docs/standards"))) {
      documented =
          pages
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".md") && !n.equals("README.md"))
              .map(n -> n.substring(0, n.length() - 3))
              .collect(Collectors.toSet());
    }
    assertThat(documented).hasSizeGreaterThan(20);
    assertThat(engine.assess(twoJourneys()).standardsRun())
        .containsExactlyInAnyOrderElementsOf(documented);

    Assessment one =
        CxEngine.builder().only("PROMISE-PACKAGING-PROTECTIVE").build().assess(twoJourneys());
    assertThat(one.standardsRun()).containsExactly("PROMISE-PACKAGING-PROTECTIVE");
    assertThat(one.violations())
        .isNotEmpty()
        .extracting(Violation::standard)
        .containsOnly("PROMISE-PACKAGING-PROTECTIVE");
  }

  @Test
  void only_runsTheChosenStandardsAlone() {
    CxEngine slipOnly = CxEngine.builder().only("PROMISE-PACKING-SLIP-BRANDING").build();
    assertThat(slipOnly.assess(twoJourneys()).violations()).isEmpty();
  }

  /** A custom standard whose condition throws for any shipment it is asked about. */
  static final String TRIPWIRE =
      """
      package com.acme.cx;

      import io.sharedcx.model.Shipment;

      global io.sharedcx.authoring.Findings findings;

      function boolean tripwire(String shipment) {
          throw new IllegalStateException("ACME-TRIPWIRE's condition was evaluated for " + shipment);
      }

      rule "Tripwire"
          @standard(ACME-TRIPWIRE)
          @severity(LOW)
          @title(A condition that must never be evaluated)
      when
          $s : Shipment( tripwire(id) )
      then
          findings.violation(kcontext, $s.packedBy(), "packed it", "Never.", $s);
      end
      """;

  @Test
  void only_leavesTheOtherStandardsRulesOutOfTheRuleBase_soFactsNeverReachTheirConditions() {
    CxEngine all = CxEngine.builder().addRules("tripwire.drl", TRIPWIRE).build();
    assertThat(all.assess(twoJourneys()).failures())
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.message()).contains("tripwire(id)"));

    // The agenda filter alone would keep the tripwire from firing, not its condition from running.
    Assessment packaging =
        CxEngine.builder()
            .addRules("tripwire.drl", TRIPWIRE)
            .only("PROMISE-PACKAGING-PROTECTIVE")
            .build()
            .assess(twoJourneys());
    assertThat(packaging.failures()).isEmpty();
    assertThat(packaging.violations())
        .isNotEmpty()
        .extracting(Violation::standard)
        .containsOnly("PROMISE-PACKAGING-PROTECTIVE");

    // Engines of the same rules share one compiled rule base; the restricted engine's is its own,
    // so
    // an engine built afterwards still has every standard's rules.
    assertThat(
            CxEngine.builder()
                .addRules("tripwire.drl", TRIPWIRE)
                .build()
                .assess(twoJourneys())
                .failures())
        .isNotEmpty();
    assertThat(all.assess(twoJourneys()).failures()).isNotEmpty();
  }

  @Test
  void only_unknownStandard_listsTheKnownOnes() {
    assertThatThrownBy(() -> CxEngine.builder().only("PROMISE-PACKAGIN").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only(\"PROMISE-PACKAGIN\"): the pack has no such standard")
        .hasMessageContaining("PROMISE-PACKAGING-PROTECTIVE");
  }

  @Test
  void firingLimit_belowOne_isRejected() {
    assertThatThrownBy(() -> CxEngine.builder().firingLimit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("firingLimit = 0");
  }

  @Test
  void firingLimit_reached_failsThatJourneyWithAClearMessage_andAccountsForIt() {
    CxEngine tight = CxEngine.builder().firingLimit(1).build();
    Assessment a = tight.assess(twoJourneys());
    // j1 needs a violation and a recommendation firing: over the limit of one
    assertThat(a.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.journey()).isEqualTo("j1");
              assertThat(f.message()).contains("firing limit");
              // The failure names its journey; its message does not again.
              assertThat(f.message()).startsWith("rules fired").doesNotContain("j1");
            });
    assertThat(a.journeysAssessed()).containsExactly("j2");
    assertThat(a.journeysAssessed().size() + a.failures().size()).isEqualTo(2);
  }

  @Test
  void standards_describeThePack() {
    StandardInfo relay = engine.standards().get("SERVICE-COMPLAINT-RELAY");
    assertThat(relay.theme()).isEqualTo("service");
    assertThat(relay.title()).isEqualTo("Complaints reach the party at fault in time");
    assertThat(relay.rules())
        .contains("Complaint not relayed in time", "Recommend relaying the complaint");
    assertThat(relay.defaults())
        .filteredOn(t -> t.key().equals("maxHours"))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.key()).isEqualTo("maxHours");
              assertThat(t.asDouble()).isEqualTo(24.0);
              assertThat(t.provenance().source()).contains("Amazon");
            });
  }

  @Test
  void assess_oneJourneyWithTwoViolationsOfOneStandard_isNotAggregated() {
    Portfolio p =
        Given.journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "gourmet", 72)
                    .packagingSpecMet(false)
                    .condition(Condition.DAMAGED)
                    .build(),
                shipment("s2", "o1", "gourmet", 73)
                    .packagingSpecMet(false)
                    .condition(Condition.DAMAGED)
                    .build())
            .portfolio();
    Assessment a = engine.assess(p);
    assertThat(a.violationsOf("PROMISE-PACKAGING-PROTECTIVE")).hasSize(2);
    assertThat(a.recommendations())
        .filteredOn(r -> r.standard().equals("PROMISE-PACKAGING-PROTECTIVE"))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.count()).isEqualTo(1));
  }

  @Test
  void agreement_thatLeavesAStandardOut_meansNoViolationOfItForThatPartner() {
    var given =
        Given.journey()
            .with(
                order("o1", "site", 0).build(),
                shipment("s1", "o1", "gourmet", 72)
                    .packagingSpecMet(false)
                    .condition(Condition.DAMAGED)
                    .packingSlipPresent(false)
                    .build());
    assertThat(engine.assess(given.portfolio()).violationsOf("PROMISE-PACKING-SLIP-BRANDING"))
        .hasSize(1);
    Portfolio scoped =
        given
            .agreement(
                "gourmet",
                io.sharedcx.model.Agreement.builder()
                    .addStandards("PROMISE-PACKAGING-PROTECTIVE")
                    .build())
            .portfolio();
    Assessment a = engine.assess(scoped);
    assertThat(a.violationsOf("PROMISE-PACKING-SLIP-BRANDING")).isEmpty();
    assertThat(a.violationsOf("PROMISE-PACKAGING-PROTECTIVE")).hasSize(1);
  }

  @Test
  void hours_between_isFractionalAndSigned() {
    assertThat(Hours.between(Given.at(0), Given.at(1.5))).isEqualTo(1.5);
    assertThat(Hours.between(Given.at(2), Given.at(0))).isEqualTo(-2.0);
  }
}
