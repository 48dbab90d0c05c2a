package io.sharedcx.authoring;

import static io.sharedcx.rules.Given.journey;
import static io.sharedcx.rules.Given.order;
import static io.sharedcx.rules.Given.shipment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.engine.RuleCompilationException;
import io.sharedcx.engine.RuleProblem;
import io.sharedcx.model.Condition;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Violation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomRulesTest {
  static Path resources;

  @BeforeAll
  static void resources() throws URISyntaxException {
    resources = Path.of(CustomRulesTest.class.getClassLoader().getResource("custom").toURI());
  }

  static Portfolio damagedNoteless() {
    return journey()
        .with(
            order("o1", "site", 0).build(),
            shipment("s1", "o1", "gourmet", 72)
                .packagingSpecMet(false)
                .condition(Condition.DAMAGED)
                .packingSlipPresent(false)
                .build())
        .portfolio();
  }

  @Test
  void customDirectory_addsItsStandard_besideThePack_andReactsToThePacksViolations() {
    CxEngine engine = CxEngine.builder().addRules(resources.resolve("good")).build();
    assertThat(engine.standards()).containsKeys("ACME-GIFT-NOTE", "PROMISE-PACKAGING-PROTECTIVE");
    assertThat(engine.standards().get("ACME-GIFT-NOTE").defaults())
        .singleElement()
        .satisfies(t -> assertThat(t.provenance().source()).isEqualTo("Acme gift programme"));
    Assessment a = engine.assess(damagedNoteless());
    assertThat(a.violations())
        .extracting(Violation::standard)
        .contains(
            "ACME-GIFT-NOTE", "PROMISE-PACKAGING-PROTECTIVE", "PROMISE-PACKING-SLIP-BRANDING");
    assertThat(a.recommendations())
        .anySatisfy(
            r -> {
              assertThat(r.rule()).isEqualTo("Escalate damaged gifts");
              assertThat(r.standard()).isEqualTo("PROMISE-PACKAGING-PROTECTIVE");
            });
  }

  @Test
  void replacementPack_runsOnlyTheGivenRules() {
    CxEngine engine =
        CxEngine.builder().withoutDefaultPack().addRules(resources.resolve("good")).build();
    assertThat(engine.standards()).containsOnlyKeys("ACME-GIFT-NOTE");
    assertThat(engine.assess(damagedNoteless()).violations())
        .extracting(Violation::standard)
        .containsExactly("ACME-GIFT-NOTE");
  }

  @Test
  void brokenRules_yieldOnePreciseProblemEach_withFileLineAndHint() {
    RuleCompilationException e =
        catchThrowableOfType(
            () -> CxEngine.builder().addRules(resources.resolve("broken")).build(),
            RuleCompilationException.class);
    assertThat(e).isNotNull();
    assertThat(e.problems()).hasSize(4);
    assertThat(e.problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).endsWith("misspelled-property.drl");
              assertThat(p.line()).isEqualTo(13);
              assertThat(p.rule()).isEqualTo("Misspelled property");
              assertThat(p.message()).contains("unknown property 'packedby'");
              assertThat(p.hint()).isEqualTo("Maybe packedBy (a property of Shipment)");
            });
    assertThat(e.problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).endsWith("unknown-type.drl");
              assertThat(p.line()).isEqualTo(11);
              assertThat(p.message()).contains("unknown type 'Shipmnt'");
              assertThat(p.hint()).startsWith("Maybe Shipment");
            });
    assertThat(e.problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).endsWith("java-error.drl");
              assertThat(p.line()).isEqualTo(15);
              assertThat(p.rule()).isEqualTo("Java error in consequence");
              assertThat(p.message()).contains("packedBee");
              assertThat(p.hint()).contains("packedBy() on Shipment");
            });
    assertThat(e.problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).endsWith("syntax-error.drl");
              assertThat(p.line()).isEqualTo(13);
              assertThat(p.column()).isEqualTo(31);
              assertThat(p.hint()).startsWith("Maybe a missing or extra");
            });
    assertThat(e.getMessage())
        .contains("misspelled-property.drl:13:")
        .contains("4 rule problem(s)");
  }

  @Test
  void oneFileWithFourMistakes_yieldsOneProblemForEach_onItsLine() {
    RuleCompilationException e =
        catchThrowableOfType(
            () -> CxEngine.builder().addRules(resources.resolve("four-mistakes.drl")).build(),
            RuleCompilationException.class);
    assertThat(e.problems()).extracting(RuleProblem::line).containsExactly(13, 24, 37, 46);
    assertThat(e.problems())
        .extracting(RuleProblem::rule)
        .containsExactly(
            "Misspelled property", "Unknown type", "Java error in consequence", "Syntax error");
    assertThat(e.problems())
        .allSatisfy(
            p -> {
              assertThat(p.file()).endsWith("four-mistakes.drl");
              assertThat(p.hint()).startsWith("Maybe");
            });
  }

  @Test
  void anApostropheInATitle_isReportedAtItsLine_inItsRuleOnce_andTheRestOfTheFileIsStillChecked() {
    RuleCompilationException e =
        catchThrowableOfType(
            () ->
                CxEngine.builder()
                    .withoutDefaultPack()
                    .addRules(resources.resolve("mistakes/apostrophe-in-title.drl"))
                    .build(),
            RuleCompilationException.class);
    assertThat(e.problems()).hasSize(2);
    RuleProblem quote = e.problems().get(0);
    assertThat(quote.line()).isEqualTo(22);
    assertThat(quote.column()).isEqualTo(22);
    assertThat(quote.rule()).isEqualTo("Apostrophe in title");
    assertThat(quote.message()).isEqualTo("a quote opened here is never closed");
    assertThat(quote.hint()).startsWith("Maybe an apostrophe in a metadata value");
    assertThat(quote.toString()).containsOnlyOnce("in rule");
    RuleProblem severity = e.problems().get(1);
    assertThat(severity.line()).isEqualTo(30);
    assertThat(severity.rule()).isEqualTo("No severity after the apostrophe");
    assertThat(severity.message()).isEqualTo("rule has no @severity(...)");
  }

  @Test
  void aMissingParenthesis_isReportedAtItsLine_notTheNext_inItsRuleOnce() {
    RuleCompilationException e =
        catchThrowableOfType(
            () ->
                CxEngine.builder()
                    .withoutDefaultPack()
                    .addRules(resources.resolve("mistakes/missing-parenthesis.drl"))
                    .build(),
            RuleCompilationException.class);
    assertThat(e.problems()).extracting(RuleProblem::line).containsExactly(13, 19);
    RuleProblem parenthesis = e.problems().get(0);
    assertThat(parenthesis.toString())
        .isEqualTo(
            resources.resolve("mistakes/missing-parenthesis.drl")
                + ":13:27: missing ')' (in rule \"Missing parenthesis\"). Maybe close the parenthesis opened on this line");
    assertThat(e.problems().get(1).message()).isEqualTo("rule has no @title(...)");
  }

  @Test
  void aQuotedTitle_mayHoldAnApostrophe() {
    CxEngine engine =
        CxEngine.builder()
            .withoutDefaultPack()
            .addRules(resources.resolve("quoted-apostrophe.drl"))
            .build();
    assertThat(engine.standards().get("ACME-QUOTED").title())
        .isEqualTo("A retailer's parcels arrive whole");
  }

  @Test
  void anAggregationKind_doesNotSkipTheMetadataCheck() {
    String drl =
        """
        package com.acme.aggregation;

        import io.sharedcx.model.Shipment;

        global io.sharedcx.authoring.Findings findings;

        rule "Claims to aggregate"
            @kind(aggregation)
        when
            $s : Shipment( damaged )
        then
            findings.violation(kcontext, $s.packedBy(), "why", "message", $s);
        end
        """;
    RuleCompilationException e =
        catchThrowableOfType(
            () -> CxEngine.builder().withoutDefaultPack().addRules("aggregation.drl", drl).build(),
            RuleCompilationException.class);
    assertThat(e.problems())
        .extracting(RuleProblem::toString)
        .containsExactly(
            "aggregation.drl:7:6: rule has no @standard(...) (in rule \"Claims to aggregate\"). "
                + "Maybe add @standard(YOUR-STANDARD-ID) under the rule name");
  }

  @Test
  void aRuleNamedLikeAPackRule_isReportedAtTheCustomFile() {
    Path file = resources.resolve("duplicate-name.drl");
    RuleCompilationException e =
        catchThrowableOfType(
            () -> CxEngine.builder().addRules(file).build(), RuleCompilationException.class);
    assertThat(e.problems())
        .extracting(RuleProblem::toString)
        .containsExactly(
            file
                + ":8:6: package"
                + " io.sharedcx.rules.common already has a rule named \"Aggregate repeated violations of a brand\""
                + " (in io/sharedcx/rules/common/aggregate.drl) (in rule \"Aggregate repeated violations of a brand\")."
                + " Maybe give this rule a name of its own");
  }

  @Test
  void missingMetadata_andAReusedPackId_areProblemsToo() {
    String drl =
        """
        package com.acme.meta;

        import io.sharedcx.model.Shipment;

        global io.sharedcx.authoring.Findings findings;

        rule "No metadata"
        when
            $s : Shipment( damaged )
        then
            findings.violation(kcontext, $s.packedBy(), "why", "message", $s);
        end

        rule "Reuses a pack id"
            @standard(PROMISE-PACKAGING-PROTECTIVE)
            @severity(LOW)
            @title(Parcels are packed to protect what is inside)
        when
            $s : Shipment( damaged )
        then
            findings.violation(kcontext, $s.packedBy(), "why", "message", $s);
        end
        """;
    RuleCompilationException e =
        catchThrowableOfType(
            () -> CxEngine.builder().addRules("meta.drl", drl).build(),
            RuleCompilationException.class);
    assertThat(e.problems())
        .extracting(RuleProblem::message)
        .containsExactlyInAnyOrder(
            "rule has no @standard(...)",
            "standard id PROMISE-PACKAGING-PROTECTIVE already belongs to the default pack (io.sharedcx.rules.promise)");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
  }

  @Test
  void classpathRules_areAddedLikeFiles() {
    CxEngine engine = CxEngine.builder().addClasspathRules("custom/good/gift-note.drl").build();
    assertThat(engine.standards()).containsKey("ACME-GIFT-NOTE");
    assertThatThrownBy(() -> CxEngine.builder().addClasspathRules("custom/none.drl"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no class path resource custom/none.drl");
  }

  @Test
  void addRules_missingPath_saysSo() {
    assertThatThrownBy(() -> CxEngine.builder().addRules(Path.of("no/such/dir")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not exist");
  }

  static final String PRICE_RULE =
      """
      package com.acme.cx;

      import io.sharedcx.model.Offer;
      import io.sharedcx.authoring.Threshold;

      global io.sharedcx.authoring.Findings findings;

      // An offer priced over the agreed gap is flagged for the price desk.
      rule "Offer over the gap"
          @standard(ACME-PRICE)
          @severity(LOW)
          @title(Offers stay near the brand price)
      when
          $o : Offer( price != null )
          Threshold( standard == "PROMISE-PRICE-CROSS-CHANNEL", key == "maxGapp", party == $o.seller() )
      then
          findings.violation(kcontext, $o.seller(), "priced it", "Offer " + $o.id() + " is over.", $o);
      end
      """;

  @Test
  void aThresholdPatternNoDefaultProvides_isAProblemAtItsKey_withTheClosestKey() {
    RuleCompilationException e =
        catchThrowableOfType(
            RuleCompilationException.class,
            () -> CxEngine.builder().addRules("price.drl", PRICE_RULE).build());
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("price.drl");
              assertThat(p.line()).isEqualTo(15);
              assertThat(p.rule()).isEqualTo("Offer over the gap");
              assertThat(p.message())
                  .isEqualTo(
                      "standard PROMISE-PRICE-CROSS-CHANNEL has no default threshold \"maxGapp\","
                          + " so this Threshold pattern never matches");
              assertThat(p.hint()).isEqualTo("Maybe maxGap");
            });
    assertThat(
            CxEngine.builder()
                .addRules("price.drl", PRICE_RULE.replace("maxGapp", "maxGap"))
                .build()
                .standards())
        .containsKey("ACME-PRICE");
  }

  @Test
  void aDefaultsFileNamedAfterAPackStandard_inARulesDirectory_isAProblemNamingBothFiles(
      @TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("price.drl"), PRICE_RULE.replace("maxGapp", "maxGap"));
    Files.writeString(
        dir.resolve("PROMISE-PRICE-CROSS-CHANNEL.json"),
        "[{\"standard\": \"PROMISE-PRICE-CROSS-CHANNEL\", \"key\": \"maxGap\", \"value\": 0.5,"
            + " \"unit\": \"FRACTION\", \"provenance\": {\"origin\": \"DEFAULT\", \"source\": \"ours\"}}]");
    RuleCompilationException e =
        catchThrowableOfType(
            RuleCompilationException.class, () -> CxEngine.builder().addRules(dir).build());
    assertThat(e.problems())
        .singleElement()
        .hasToString(
            dir.resolve("PROMISE-PRICE-CROSS-CHANNEL.json")
                + ":1:1: defaults file of PROMISE-PRICE-CROSS-CHANNEL, a standard of the default"
                + " pack, would replace the pack's defaults in"
                + " io/sharedcx/rules/defaults/PROMISE-PRICE-CROSS-CHANNEL.json for every"
                + " partnership. Maybe agree a different value in a partnership's agreement.terms,"
                + " or give a new standard an id of its own");
    Files.delete(dir.resolve("price.drl"));
    assertThatThrownBy(() -> CxEngine.builder().addRules(dir).build())
        .as("a directory with the defaults file alone is not silently ignored")
        .isInstanceOf(RuleCompilationException.class)
        .hasMessageContaining("would replace the pack's defaults");
  }
}
