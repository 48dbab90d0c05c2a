package io.sharedcx.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

class RuleBaseTest {
  static List<Rule> rules(KieBase kieBase) {
    List<Rule> rules = new ArrayList<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      rules.addAll(pkg.getRules());
    }
    return rules;
  }

  /** A class whose constructor fails, standing for a model class of a broken build. */
  public static final class FailingModel {
    /** Always throws. */
    public FailingModel() {
      throw new IllegalStateException("broken on purpose");
    }
  }

  @Test
  void models_nameTheClassThatCannotBeMade_andWhyNotAReflectionWrapper() {
    ClassLoader loader = RuleBaseTest.class.getClassLoader();
    String failing = FailingModel.class.getName();

    assertThatThrownBy(() -> RuleBase.models("Drools-Model-Version: 1\n" + failing + "\n", loader))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot make the standard pack's model class " + failing)
        .hasMessageContaining("IllegalStateException: broken on purpose")
        .hasMessageContaining("rebuild it (mvn install)")
        .hasMessageNotContaining(": null")
        .hasRootCauseMessage("broken on purpose");
    assertThatThrownBy(() -> RuleBase.models("io.sharedcx.rules.NoSuchModel", loader))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("model class io.sharedcx.rules.NoSuchModel")
        .hasMessageContaining("ClassNotFoundException");
    assertThatThrownBy(() -> RuleBase.models(String.class.getName(), loader))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("model class java.lang.String")
        .hasMessageContaining("ClassCastException");
    assertThat(RuleBase.models(RuleBase.modelIndex(), loader))
        .hasSameSizeAs(RuleBase.prebuiltModels())
        .isNotEmpty();
  }

  @Test
  void restrictedTo_buildsAKieBaseWithTheChosenStandardsRulesAlone_andKeepsTheWholeCatalog() {
    RuleBase pack = RuleBase.defaultPack();
    int all = rules(pack.kieBase()).size();

    RuleBase two = pack.restrictedTo(Set.of("PROMISE-PACKAGING-PROTECTIVE", "SHIP-VALID-TRACKING"));

    List<Rule> kept = rules(two.kieBase());
    assertThat(kept)
        .extracting(r -> RuleMetadata.value(r, RuleMetadata.STANDARD))
        .contains("PROMISE-PACKAGING-PROTECTIVE", "SHIP-VALID-TRACKING")
        .allMatch(
            s ->
                s == null
                    || s.equals("PROMISE-PACKAGING-PROTECTIVE")
                    || s.equals("SHIP-VALID-TRACKING"));
    assertThat(kept)
        .filteredOn(r -> RuleMetadata.value(r, RuleMetadata.STANDARD) == null)
        .allMatch(r -> "recommendation".equals(RuleMetadata.value(r, RuleMetadata.KIND)));
    assertThat(kept.size()).isLessThan(all / 4);
    // Agreements are still checked against the whole pack, and the default pack itself is
    // untouched.
    assertThat(two.standards()).isEqualTo(pack.standards());
    assertThat(two.defaults()).isEqualTo(pack.defaults());
    assertThat(rules(pack.kieBase())).hasSize(all);
  }

  @Test
  void journeyRules_leaveOutTheWindowCaseRulesAlone_keepTheCatalog_andAreMadeOnce() {
    RuleBase pack = RuleBase.defaultPack();
    List<Rule> all = rules(pack.kieBase());
    long cases = all.stream().filter(pack::isCaseRule).count();

    RuleBase journeys = pack.journeyRules();

    assertThat(cases).isGreaterThan(10);
    assertThat(rules(journeys.kieBase()))
        .noneMatch(pack::isCaseRule)
        .extracting(Rule::getName)
        .containsExactlyInAnyOrderElementsOf(
            all.stream().filter(r -> !pack.isCaseRule(r)).map(Rule::getName).toList());
    assertThat(journeys.standards()).isEqualTo(pack.standards());
    assertThat(journeys.defaults()).isEqualTo(pack.defaults());
    assertThat(journeys.windowMeasures()).isEqualTo(pack.windowMeasures());
    assertThat(pack.journeyRules()).isSameAs(journeys);
    assertThat(journeys.journeyRules()).isSameAs(journeys);
    assertThat(rules(pack.kieBase())).hasSize(all.size());
  }

  @Test
  void journeyRules_ofARestrictedPack_keepOnlyItsStandardsRulesThatAreNotCaseRules() {
    RuleBase two =
        RuleBase.defaultPack().restrictedTo(Set.of("SHIP-ON-TIME-DISPATCH", "SHIP-VALID-TRACKING"));

    List<Rule> kept = rules(two.journeyRules().kieBase());

    assertThat(rules(two.kieBase())).anyMatch(two::isCaseRule);
    assertThat(kept)
        .isNotEmpty()
        .noneMatch(two::isCaseRule)
        .hasSize((int) rules(two.kieBase()).stream().filter(r -> !two.isCaseRule(r)).count());
  }

  @Test
  void theDefaultPacksCatalog_readFromItsModels_isTheCatalogOfItsKieBase() {
    RuleBase pack = RuleBase.defaultPack();

    RuleBase overKieBase = new RuleBase(pack.kieBase(), RuleBase.class.getClassLoader());

    assertThat(pack.standards()).hasSizeGreaterThan(20).isEqualTo(overKieBase.standards());
    assertThat(pack.windowMeasures()).isNotEmpty().isEqualTo(overKieBase.windowMeasures());
    assertThat(pack.standardPackages()).isEqualTo(overKieBase.standardPackages());
    assertThat(pack.defaults()).isEqualTo(overKieBase.defaults());
    for (var term : pack.defaults()) {
      assertThat(pack.range(term.standard(), term.key()))
          .isNotNull()
          .isEqualTo(overKieBase.range(term.standard(), term.key()));
    }
  }

  @Test
  void theDefaultPack_buildsAKieBaseOnlyWhenOneIsUsed_andJourneysNeedOnlyTheirOwn() {
    RuleBase pack = RuleBase.loadDefaultPack();
    assertThat(pack.isBuilt()).isFalse();
    assertThat(pack.standards()).isEqualTo(RuleBase.defaultPack().standards());

    RuleBase journeys = pack.journeyRules();
    assertThat(journeys.isBuilt()).isFalse();
    assertThat(rules(journeys.kieBase())).isNotEmpty().noneMatch(pack::isCaseRule);

    assertThat(journeys.isBuilt()).isTrue();
    assertThat(pack.isBuilt()).isFalse();
    assertThat(rules(pack.kieBase())).anyMatch(pack::isCaseRule);
    assertThat(pack.isBuilt()).isTrue();
  }

  @Test
  void theDefaultPack_matchesOnlyViolatedDeadlines_whereverItMatchesDeadlines() {
    RuleBase pack = RuleBase.defaultPack();

    assertThat(rules(pack.kieBase()))
        .anyMatch(r -> "deadline".equals(RuleMetadata.value(r, RuleMetadata.KIND)));
    assertThat(pack.matchesUnviolatedDeadlines()).isFalse();
    assertThat(pack.journeyRules().matchesUnviolatedDeadlines()).isFalse();
    assertThat(pack.restrictedTo(Set.of("SHIP-ON-TIME-DISPATCH")).matchesUnviolatedDeadlines())
        .isFalse();
  }

  /** A rule whose condition is {@code when}, compiled on its own. */
  static KieBase ruleWhen(String when) {
    String drl =
        """
        package test.deadlines;
        import io.sharedcx.authoring.Deadline;
        import io.sharedcx.model.Order;
        import io.sharedcx.model.finding.ObligationStatus;
        rule "r"
        when
        %s
        then
        end
        """
            .formatted(when);
    return DrlCompiler.compile(
        List.of(new DrlCompiler.Source("r.drl", drl)),
        Set.of(),
        Map.of(),
        RuleBaseTest.class.getClassLoader());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Deadline( standard == \"X\" )",
        "Deadline( status == ObligationStatus.AT_RISK )",
        "Deadline( status != ObligationStatus.VIOLATED )",
        "Deadline( status == ObligationStatus.VIOLATED || standard == \"X\" )",
        "Order() not Deadline( standard == \"X\" )",
        "Order() exists Deadline()",
        "$n : Number() from accumulate( Deadline(), count() )",
        "Order() Deadline( status == ObligationStatus.VIOLATED ) Deadline( party == \"p\" )",
        "Object()",
        "$o : Object( this != null )",
        "$r : Record()",
        "Deadline( standard == \"X\" ) or Order( id == \"o\" )",
      })
  void aConditionThatCanMatchADeadlineOfAnotherStatus_keepsThemAllInWorkingMemory(String when) {
    assertThat(RuleBase.matchesUnviolatedDeadlines(ruleWhen(when))).isTrue();
  }

  @Test
  void aQueryThatCanMatchADeadlineOfAnotherStatus_keepsThemAllInWorkingMemory() {
    String drl =
        """
        package test.deadlines;
        import io.sharedcx.authoring.Deadline;
        query "deadlines of X"
            Deadline( standard == "X" )
        end
        """;
    KieBase kieBase =
        DrlCompiler.compile(
            List.of(new DrlCompiler.Source("q.drl", drl)),
            Set.of(),
            Map.of(),
            RuleBaseTest.class.getClassLoader());

    assertThat(RuleBase.matchesUnviolatedDeadlines(kieBase)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Order()",
        "Deadline( status == ObligationStatus.VIOLATED )",
        "Deadline( standard == \"X\", status == ObligationStatus.VIOLATED )",
        "Order( $id : id ) not Deadline( subject == $id, status == ObligationStatus.VIOLATED )",
        "$n : Number() from accumulate("
            + " Deadline( status == ObligationStatus.VIOLATED ), count() )",
        "$o : Order() or Deadline( status == ObligationStatus.VIOLATED )",
      })
  void conditionsThatMatchOnlyViolatedDeadlines_leaveTheOthersOut(String when) {
    assertThat(RuleBase.matchesUnviolatedDeadlines(ruleWhen(when))).isFalse();
  }
}
