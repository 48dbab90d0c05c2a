package io.sharedcx.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Order;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Failure;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.finding.Window;
import io.sharedcx.model.finding.WindowAssessment;
import io.sharedcx.test.SyntheticPortfolios;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A rule that throws an Error, or that changes the facts the run keeps, stays in its journey: the
 * journey fails or the change is undone, and the results never depend on the order of journeys.
 */
class HostileRulesTest {
  static final String ASSERTS =
      """
      package com.acme.asserts;

      import io.sharedcx.model.Order;

      global io.sharedcx.authoring.Findings findings;

      // A buggy custom rule: an assertion that fails on orders with three lines.
      rule "Asserts two lines"
          @standard(ACME-ASSERT)
          @severity(LOW)
          @title(Asserting standard)
      when
          $o : Order( lines.size() == 3 )
      then
          throw new AssertionError("expected at most two lines in " + $o.id());
      end
      """;

  static final String RECURSES =
      """
      package com.acme.recurse;

      import io.sharedcx.model.Order;

      global io.sharedcx.authoring.Findings findings;

      function int depth(int n) {
          return depth(n + 1) + 1;
      }

      // A buggy custom rule: unbounded recursion on orders with three lines.
      rule "Recurses forever"
          @standard(ACME-RECURSE)
          @severity(LOW)
          @title(Recursing standard)
      when
          $o : Order( lines.size() == 3 )
      then
          depth(0);
      end
      """;

  static final String INSERTS_PRODUCT =
      """
      package com.acme.product;

      import io.sharedcx.model.Order;
      import io.sharedcx.model.Journey;
      import io.sharedcx.model.Product;

      global io.sharedcx.authoring.Findings findings;

      // A hostile custom rule: invents a product on orders with three lines.
      rule "Invent a product"
          @standard(ACME-PRODUCT)
          @kind(recommendation)
      when
          Order( lines.size() == 3 )
      then
          insert(Product.builder().id("invented").name("Invented").brand("brand").build());
      end

      // Fires for every order while the invented product is in working memory.
      rule "Order beside an invented product"
          @standard(ACME-PRODUCT)
          @severity(LOW)
          @title(Invented product seen)
      when
          Product( id == "invented" )
          $o : Order()
      then
          findings.violation(kcontext, $o.seller(), "sold beside an invented product", "seen", $o);
      end
      """;

  static final String DELETES_THRESHOLD =
      """
      package com.acme.threshold;

      import io.sharedcx.authoring.Threshold;
      import io.sharedcx.model.Journey;

      global io.sharedcx.authoring.Findings findings;

      // A hostile custom rule: removes the complaint relay thresholds while journey j3 is assessed.
      rule "Delete the relay threshold"
          @standard(ACME-THRESHOLD)
          @kind(recommendation)
          salience 100
      when
          Journey( id == "j3" )
          $t : Threshold( standard == "SERVICE-COMPLAINT-RELAY" )
      then
          delete($t);
      end
      """;

  static Portfolio portfolio() {
    return new SyntheticPortfolios(9).portfolio(150);
  }

  static Portfolio reversed(Portfolio p) {
    List<Journey> journeys = new ArrayList<>(p.journeys());
    Collections.reverse(journeys);
    return Portfolio.builder().from(p).journeys(journeys).build();
  }

  static Set<String> ids(Assessment a) {
    return a.violations().stream().map(Violation::id).collect(Collectors.toSet());
  }

  static long threeLineOrders(Portfolio p) {
    return p.journeys().stream()
        .filter(j -> j.touchpoints(Order.class).stream().anyMatch(o -> o.lines().size() == 3))
        .count();
  }

  @Test
  void assertionError_failsOnlyItsJourneys_andNamesTheRule() {
    Portfolio p = portfolio();
    Assessment a = CxEngine.builder().addRules("asserts.drl", ASSERTS).build().assess(p);
    assertThat(a.failures())
        .hasSize((int) threeLineOrders(p))
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.rule()).isEqualTo("Asserts two lines");
              assertThat(f.standard()).isEqualTo("ACME-ASSERT");
              assertThat(f.message())
                  .contains("AssertionError")
                  .contains("expected at most two lines")
                  // The failure names its journey; its message does not again.
                  .startsWith("rule 'Asserts two lines' threw")
                  .doesNotContain("journey " + f.journey());
            });
    assertThat(a.journeysAssessed().size() + a.failures().size()).isEqualTo(p.journeys().size());
  }

  @Test
  void assertionError_inAWindow_namesItsJourneys_whoseCasesAreInNoMetric() {
    Portfolio p = portfolio();
    CxEngine engine = CxEngine.builder().addRules("asserts.drl", ASSERTS).build();
    Window all =
        Window.of(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z"));
    WindowAssessment window = engine.assessWindow(p, all);
    List<Failure> failures = engine.assess(p).failures();
    assertThat(window.failures()).isNotEmpty().isEqualTo(failures);
    // The rest of the portfolio is judged as if the failed journeys were not in it; only the
    // projection differs, as it runs from the last observation of every journey, failed or not.
    Set<String> failed = failures.stream().map(Failure::journey).collect(Collectors.toSet());
    Portfolio rest =
        Portfolio.builder()
            .from(p)
            .journeys(p.journeys().stream().filter(j -> !failed.contains(j.id())).toList())
            .build();
    WindowAssessment restWindow = engine.assessWindow(rest, all);
    assertThat(restWindow.failures()).isEmpty();
    assertThat(window.metrics())
        .isNotEmpty()
        .usingRecursiveComparison()
        .ignoringFields("projection")
        .isEqualTo(restWindow.metrics());
    assertThat(CxEngine.builder().build().assessWindow(p, all).metrics())
        .as("without the failing rule, the failed journeys' cases count")
        .usingRecursiveComparison()
        .ignoringFields("projection")
        .isNotEqualTo(window.metrics());
  }

  @Test
  void stackOverflow_failsOnlyItsJourneys() {
    Portfolio p = portfolio();
    Assessment a = CxEngine.builder().addRules("recurses.drl", RECURSES).build().assess(p);
    assertThat(a.failures())
        .hasSize((int) threeLineOrders(p))
        .allSatisfy(
            f ->
                assertThat(f.message())
                    .contains("StackOverflowError")
                    .contains("Recurses forever"));
    assertThat(a.journeysAssessed().size() + a.failures().size()).isEqualTo(p.journeys().size());
    // The journeys without the faulty orders are assessed as by the pack alone.
    Set<String> failed = a.failures().stream().map(Failure::journey).collect(Collectors.toSet());
    Assessment plain = CxEngine.builder().build().assess(p);
    assertThat(ids(a))
        .isEqualTo(
            plain.violations().stream()
                .filter(v -> !failed.contains(v.journey()))
                .map(Violation::id)
                .collect(Collectors.toSet()));
  }

  @Test
  void productARuleInserts_staysInItsJourney() {
    Portfolio p = portfolio();
    CxEngine engine = CxEngine.builder().addRules("product.drl", INSERTS_PRODUCT).build();
    Assessment a = engine.assess(p);
    Set<String> journeys =
        a.violationsOf("ACME-PRODUCT").stream().map(Violation::journey).collect(Collectors.toSet());
    assertThat(journeys).hasSize((int) threeLineOrders(p)).isNotEmpty();
    assertThat(ids(engine.assess(reversed(p)))).isEqualTo(ids(a));
  }

  @Test
  void thresholdARuleDeletes_comesBackForTheNextJourney() {
    Portfolio p = portfolio();
    Assessment plain = CxEngine.builder().build().assess(p);
    CxEngine engine = CxEngine.builder().addRules("threshold.drl", DELETES_THRESHOLD).build();
    Assessment a = engine.assess(p);
    List<Violation> relayOutsideJ3 =
        plain.violationsOf("SERVICE-COMPLAINT-RELAY").stream()
            .filter(v -> !"j3".equals(v.journey()))
            .toList();
    assertThat(relayOutsideJ3).isNotEmpty();
    assertThat(
            a.violationsOf("SERVICE-COMPLAINT-RELAY").stream()
                .filter(v -> !"j3".equals(v.journey())))
        .containsExactlyInAnyOrderElementsOf(relayOutsideJ3);
    assertThat(ids(engine.assess(reversed(p)))).isEqualTo(ids(a));
  }
}
