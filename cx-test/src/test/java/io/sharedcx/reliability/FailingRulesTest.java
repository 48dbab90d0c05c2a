package io.sharedcx.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.test.SyntheticPortfolios;
import org.junit.jupiter.api.Test;

/** A rule that throws or loops fails its own journey, with a clear record; every other journey is assessed. */
class FailingRulesTest {
  static final String THROWS =
      """
      package com.acme.buggy;

      import io.sharedcx.model.Order;

      global io.sharedcx.authoring.Findings findings;

      // A buggy custom rule: it divides by zero on orders with three lines.
      rule "Divides by zero"
          @standard(ACME-BUGGY)
          @severity(LOW)
          @title(Buggy standard)
      when
          $o : Order( lines.size() == 3 )
      then
          int broken = 1 / ($o.lines().size() - 3);
      end
      """;

  static final String LOOPS =
      """
      package com.acme.loop;

      import io.sharedcx.model.Order;

      global io.sharedcx.authoring.Findings findings;

      declare Tick
          n : int
      end

      // A buggy custom rule: it keeps inserting the fact that triggers it.
      rule "Start ticking"
          @standard(ACME-LOOP)
          @severity(LOW)
          @title(Looping standard)
      when
          Order( lines.size() == 2 )
      then
          insert(new Tick(0));
      end

      rule "Tick forever"
          @standard(ACME-LOOP)
          @severity(LOW)
          @title(Looping standard)
      when
          $t : Tick()
      then
          insert(new Tick($t.getN() + 1));
      end
      """;

  static final String LEAKS =
      """
      package com.acme.leak;

      import io.sharedcx.model.Order;
      import io.sharedcx.model.Journey;

      global io.sharedcx.authoring.Findings findings;

      declare Seen
          order : String
          journey : String
      end

      // Remembers every order it sees, with its journey: within one journey only.
      rule "Remember the order"
          @standard(ACME-LEAK)
          @kind(recommendation)
      when
          $j : Journey()
          $o : Order()
      then
          insert(new Seen($o.id(), $j.id()));
      end

      // An order remembered from another journey would mean facts leaked across journeys.
      rule "Two orders remembered"
          @standard(ACME-LEAK)
          @severity(HIGH)
          @title(No journey sees another)
      when
          $a : Seen()
          $b : Seen( journey != $a.journey )
          $o : Order( id == $a.order )
      then
          findings.violation(kcontext, $o.seller(), "leak", "orders of two journeys in one: " + $a.getOrder() + " (" + $a.getJourney() + "), " + $b.getOrder() + " (" + $b.getJourney() + ")", $o);
      end
      """;

  static Portfolio portfolio() {
    return new SyntheticPortfolios(9).portfolio(400);
  }

  @Test
  void throwingRule_failsOnlyItsJourneys_andNamesTheRuleAndStandard() {
    Portfolio p = portfolio();
    Assessment a = CxEngine.builder().addRules("buggy.drl", THROWS).build().assess(p);
    assertThat(a.failures())
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.rule()).isEqualTo("Divides by zero");
              assertThat(f.standard()).isEqualTo("ACME-BUGGY");
              assertThat(f.message()).contains("/ by zero");
            });
    assertThat(a.journeysAssessed()).isNotEmpty();
    assertThat(a.journeysAssessed().size() + a.failures().size()).isEqualTo(p.journeys().size());
  }

  @Test
  void loopingRule_isStoppedByTheFiringLimit_withAClearError() {
    Portfolio p = portfolio();
    Assessment a =
        CxEngine.builder().firingLimit(500).addRules("loop.drl", LOOPS).build().assess(p);
    assertThat(a.failures())
        .isNotEmpty()
        .allSatisfy(
            f -> assertThat(f.message()).contains("firing limit").contains("re-triggers itself"));
    assertThat(a.journeysAssessed().size() + a.failures().size()).isEqualTo(p.journeys().size());
  }

  /** A custom rule whose parties come from literals: one a typo, one no party at all. */
  static final String NAMES_NO_PARTY =
      """
      package com.acme.ghost;

      import io.sharedcx.model.Shipment;
      import io.sharedcx.model.finding.Violation;

      global io.sharedcx.authoring.Findings findings;

      // Every parcel of the drop-shipper is blamed on a party whose id is mistyped.
      rule "Blames a typo"
          @standard(ACME-GHOST)
          @severity(LOW)
          @title(Ghost standard)
      when
          $s : Shipment( packedBy == "dropship-bad" )
      then
          findings.violation(kcontext, "dropship-bda", "was blamed", "Parcel " + $s.id() + ".", $s);
      end

      // Every parcel of the site is blamed on its packer, and answered by no one, before it happened.
      rule "Blames the packer"
          @standard(ACME-GHOST)
          @severity(LOW)
          @title(Ghost standard)
      when
          $s : Shipment( packedBy == "brand" )
      then
          findings.violation(kcontext, $s.packedBy(), "was blamed", "Parcel " + $s.id() + ".", $s);
      end

      rule "Answers before it happened"
          @standard(ACME-GHOST)
          @kind(recommendation)
      when
          $v : Violation( standard == "ACME-GHOST", responsibleParty == "brand" )
      then
          findings.recommend(kcontext, $v, $v.brand(), "Look again.", -2);
      end

      rule "Answered by no one"
          @standard(ACME-GHOST)
          @kind(recommendation)
      when
          $v : Violation( standard == "PROMISE-PACKING-SLIP-BRANDING" )
      then
          findings.recommend(kcontext, $v, "nobody", "Look again.", 24);
      end
      """;

  /**
   * A rule that blames, or hands a recommendation to, an id that is no party of the portfolio, or makes
   * a recommendation due before its violation, fails its journey, naming the rule, rather than give a
   * finding no report can name a party for.
   */
  @Test
  void ruleNamingNoParty_orDueBeforeItsViolation_failsItsJourney_namingTheRule() {
    Portfolio p = portfolio();
    Assessment a = CxEngine.builder().addRules("ghost.drl", NAMES_NO_PARTY).build().assess(p);
    assertThat(a.failures()).extracting(f -> f.rule()).contains("Blames a typo");
    assertThat(a.failures())
        .filteredOn(f -> "Blames a typo".equals(f.rule()))
        .allSatisfy(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "the responsible party 'dropship-bda' is no party of this portfolio."
                            + " Maybe take it from a fact the rule matched, such as"
                            + " $s.packedBy()"));
    assertThat(a.failures())
        .filteredOn(f -> "Answers before it happened".equals(f.rule()))
        .isNotEmpty()
        .allSatisfy(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "a recommendation due 2 hour(s) before the violation it answers. Maybe"
                            + " give 0 or more hours after it"));
    assertThat(a.failures())
        .filteredOn(f -> "Answered by no one".equals(f.rule()))
        .isNotEmpty()
        .allSatisfy(
            f ->
                assertThat(f.message())
                    .startsWith(
                        "the owner of the recommendation 'nobody' is no party of this portfolio."));
    assertThat(a.violations()).noneMatch(v -> !p.parties().containsKey(v.responsibleParty()));
    assertThat(a.recommendations()).noneMatch(r -> !p.parties().containsKey(r.owner()));
    assertThat(a.journeysAssessed().size() + a.failures().size()).isEqualTo(p.journeys().size());
  }

  @Test
  void factsARuleInserts_neverReachTheNextJourney() {
    Assessment a = CxEngine.builder().addRules("leak.drl", LEAKS).build().assess(portfolio());
    assertThat(a.failures()).isEmpty();
    assertThat(a.violationsOf("ACME-LEAK")).isEmpty();
  }
}
