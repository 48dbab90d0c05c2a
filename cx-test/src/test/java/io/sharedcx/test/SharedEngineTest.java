package io.sharedcx.test;

import static io.sharedcx.test.Facts.crushedParcel;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.CxEngine;
import org.junit.jupiter.api.Test;

/**
 * Tests that build an engine with the same custom rules share one compiled rule base in the JVM: the
 * second build is served from the first. An engine restricted to some standards shares with engines of
 * the same rules and the same standards.
 */
class SharedEngineTest {
  private static final String ESCALATE =
      """
      package com.acme.shared;
      import io.sharedcx.model.finding.Violation;
      global io.sharedcx.authoring.Findings findings;
      rule "Escalate damaged parcels"
          @standard(ACME-ESCALATE)
          @kind(recommendation)
      when
          $v : Violation( standard == "PROMISE-PACKAGING-PROTECTIVE" )
      then
          findings.recommend(kcontext, $v, "brand", "Call the customer about the parcel today.", 4);
      end
      """;

  @Test
  void theSameRules_builtTwice_shareOneCompiledRuleBase() {
    CxEngine first = CxEngine.builder().addRules("escalate.drl", ESCALATE).build();
    CxEngine second = CxEngine.builder().addRules("escalate.drl", ESCALATE).build();

    // The standards catalog is built once per compiled rule base: the same instance is the proof.
    assertThat(second.standards()).isSameAs(first.standards()).containsKey("ACME-ESCALATE");
  }

  @Test
  void theSameRulesAndStandards_builtTwice_shareOneRestrictedRuleBase() {
    CxEngine first =
        CxEngine.builder()
            .addRules("escalate.drl", ESCALATE)
            .only("PROMISE-PACKAGING-PROTECTIVE", "ACME-ESCALATE")
            .build();
    CxEngine second =
        CxEngine.builder()
            .addRules("escalate.drl", ESCALATE)
            .only("ACME-ESCALATE", "PROMISE-PACKAGING-PROTECTIVE")
            .build();
    CxEngine whole = CxEngine.builder().addRules("escalate.drl", ESCALATE).build();

    // A restricted engine's rule base lacks the other standards' rules, so it is shared only with
    // engines that run the same standards.
    assertThat(second.standards()).isSameAs(first.standards());
    assertThat(whole.standards()).isNotSameAs(first.standards());
  }

  @Test
  void otherRules_compileTheirOwn() {
    CxEngine one = CxEngine.builder().addRules("escalate.drl", ESCALATE).build();
    CxEngine edited =
        CxEngine.builder()
            .addRules("escalate.drl", ESCALATE.replace("today", "within the hour"))
            .build();

    assertThat(edited.standards()).isNotSameAs(one.standards());
  }

  @Test
  void testersOfOneRuleSet_eachRunTheirStandards_onTheSharedBase() {
    StandardTester escalation =
        StandardTester.of(
            CxEngine.builder().addRules("escalate.drl", ESCALATE),
            "PROMISE-PACKAGING-PROTECTIVE",
            "ACME-ESCALATE");
    StandardTester packagingOnly =
        StandardTester.of(
            CxEngine.builder().addRules("escalate.drl", ESCALATE), "PROMISE-PACKAGING-PROTECTIVE");

    escalation.given(crushedParcel()).fires(1).recommends("Call the customer about the parcel");
    packagingOnly.given(crushedParcel()).fires(1).recommends("packaging spec");
  }
}
