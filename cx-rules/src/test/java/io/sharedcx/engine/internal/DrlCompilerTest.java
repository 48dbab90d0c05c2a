package io.sharedcx.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.RuleProblem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DrlCompilerTest {
  static DrlCompiler.Compilation checkWithThePack(String... resources)
      throws IOException, URISyntaxException {
    ClassLoader loader = DrlCompilerTest.class.getClassLoader();
    List<DrlCompiler.Source> sources = new ArrayList<>();
    PackSources.drl(loader)
        .forEach((name, text) -> sources.add(new DrlCompiler.Source(name, text)));
    List<String> custom = new ArrayList<>();
    for (String resource : resources) {
      Path file = Path.of(loader.getResource(resource).toURI());
      sources.add(
          new DrlCompiler.Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
      custom.add(file.toString());
    }
    return DrlCompiler.check(
        sources, Set.copyOf(custom), RuleBase.defaultPack().standardPackages(), loader);
  }

  @Test
  void check_fourMistakesInOneFile_areAllFoundByOneBuild_eachAtItsLine() throws Exception {
    DrlCompiler.Compilation c = checkWithThePack("custom/mistakes/four-mistakes.drl");
    assertThat(c.builds).isEqualTo(1);
    assertThat(c.kieBase).isNull();
    assertThat(c.problems)
        .extracting(RuleProblem::line, RuleProblem::column, RuleProblem::rule, RuleProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                13, 20, "Misspelled property", "unknown property 'packedby'"),
            org.assertj.core.groups.Tuple.tuple(24, 10, "Unknown type", "unknown type 'Shipmnt'"),
            org.assertj.core.groups.Tuple.tuple(
                37,
                37,
                "Java error in consequence",
                "The method packedBee() is undefined for the type Shipment"),
            org.assertj.core.groups.Tuple.tuple(
                41, 6, "No metadata", "rule has no @standard(...)"));
    assertThat(c.problems)
        .extracting(RuleProblem::hint)
        .containsExactly(
            "Maybe packedBy (a property of Shipment)",
            "Maybe Shipment (import io.sharedcx.model.Shipment)",
            "Maybe packedBy() on Shipment (a Java error in the rule's consequence)",
            "Maybe add @standard(YOUR-STANDARD-ID) under the rule name");
  }

  @Test
  void check_aBrokenRuleInEachOfFourFiles_needsOneBuild() throws Exception {
    DrlCompiler.Compilation c =
        checkWithThePack(
            "custom/broken/java-error.drl",
            "custom/broken/misspelled-property.drl",
            "custom/broken/syntax-error.drl",
            "custom/broken/unknown-type.drl");
    assertThat(c.builds).isEqualTo(1);
    assertThat(c.problems).hasSize(4);
  }

  @Test
  void check_aMistakeOnlyTheBuildSees_takesASecondBuild_forTheConsequences() throws Exception {
    // A misspelled method on a property: the checks before the build let it through.
    DrlCompiler.Compilation c = checkWithThePack("custom/only-the-build-sees.drl");
    assertThat(c.builds).isEqualTo(2);
    assertThat(c.problems)
        .extracting(RuleProblem::rule)
        .containsExactly("Misspelled method on a property", "Java error in consequence");
    assertThat(c.problems).allSatisfy(p -> assertThat(p.line()).isPositive());
  }

  @Test
  void checkConditions_acceptsEveryRuleOfThePack() {
    ClassLoader loader = DrlCompilerTest.class.getClassLoader();
    List<DrlCompiler.Source> sources = new ArrayList<>();
    PackSources.drl(loader)
        .forEach((name, text) -> sources.add(new DrlCompiler.Source(name, text)));
    Set<String> declared = DrlCompiler.declaredNames(sources);
    List<RuleProblem> flagged = new ArrayList<>();
    int rules = 0;
    for (DrlCompiler.Source source : sources) {
      DrlCompiler.Parsed parsed = DrlCompiler.parse(source);
      flagged.addAll(parsed.problems);
      for (DrlCompiler.ParsedRule rule : parsed.rules) {
        rules++;
        RuleProblem problem = DrlCompiler.checkConditions(parsed, rule, declared, loader);
        if (problem != null) {
          flagged.add(problem);
        }
      }
    }
    assertThat(rules).isGreaterThan(50);
    assertThat(flagged).isEmpty();
  }

  @Test
  void unknownProperty_judgesTheLeftHandName_only() {
    assertThat(DrlCompiler.unknownProperty("packedby == \"x\"", io.sharedcx.model.Shipment.class))
        .isEqualTo("packedby");
    assertThat(
            DrlCompiler.unknownProperty(
                "packedBy == \"x\" && damaged", io.sharedcx.model.Shipment.class))
        .isNull();
  }

  @Test
  void openQuote_findsTheApostropheThatNeverCloses_skippingComments() {
    String[] lines = {"// it's a comment", "rule \"x\"", "  @title(A retailer's parcels)", "end"};
    assertThat(DrlCompiler.openQuote(lines)).containsExactly(3, 20);
    assertThat(DrlCompiler.openQuote(new String[] {"@title(\"A retailer's\")"})).isNull();
  }
}
