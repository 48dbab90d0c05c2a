package io.sharedcx.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Order;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.AlarmLevel;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Obligation;
import io.sharedcx.model.finding.ObligationStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every time-bound standard of the pack, judged at three instants on a case of its own scenario file
 * that it violates: the millisecond before the obligation's at-risk point (PENDING, no violation, no
 * alarm), its at-risk point (AT_RISK, an alarm for the party, no violation) and the millisecond after the
 * deadline (VIOLATED, exactly one violation, linked).
 */
class DeadlineInstantsTest {
  static final Path PACK = Path.of("../cx-rules/src/test/resources/io/sharedcx/rules");

  static final String[] TIME_BOUND = {
    "SHIP-ON-TIME-DISPATCH",
    "SHIP-VALID-TRACKING",
    "ORDER-STATUS-ACCURATE",
    "DELIVERY-ON-TIME",
    "SERVICE-COMPLAINT-RELAY",
    "SERVICE-RESPONSE-TIME",
    "SERVICE-COMPLAINT-CLOSE",
    "ACCESS-PICKUP-READY-SLA",
    "ACCESS-INVENTORY-FEED-FRESH",
    "ACCESS-PRODUCT-FEED-EXPIRY"
  };

  static List<Scenario> scenarios(String standard) throws Exception {
    try (Stream<Path> files = Files.walk(PACK)) {
      Path file =
          files
              .filter(f -> f.getFileName().toString().equals(standard + ".test.json"))
              .findFirst()
              .orElseThrow();
      return Scenario.read(file);
    }
  }

  /** A violated obligation of the standard whose subject is already known before it is at risk. */
  record Case(Portfolio portfolio, Obligation obligation) {}

  static Optional<Case> violatedCase(CxEngine engine, String standard) throws Exception {
    for (Scenario s : scenarios(standard)) {
      Assessment batch = engine.assess(s.portfolio());
      for (Obligation o : batch.obligations()) {
        if (o.status() != ObligationStatus.VIOLATED || o.atRiskFrom().isAfter(o.dueAt())) {
          continue;
        }
        Instant before = o.atRiskFrom().minusMillis(1);
        boolean knownBefore =
            engine.assess(s.portfolio(), before).obligations().stream()
                .anyMatch(p -> p.id().equals(o.id()));
        if (knownBefore) {
          return Optional.of(new Case(s.portfolio(), o));
        }
      }
    }
    return Optional.empty();
  }

  static Obligation find(Assessment a, String id) {
    return a.obligations().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SHIP-ON-TIME-DISPATCH",
        "SHIP-VALID-TRACKING",
        "ORDER-STATUS-ACCURATE",
        "DELIVERY-ON-TIME",
        "SERVICE-COMPLAINT-RELAY",
        "SERVICE-RESPONSE-TIME",
        "SERVICE-COMPLAINT-CLOSE",
        "ACCESS-PICKUP-READY-SLA",
        "ACCESS-INVENTORY-FEED-FRESH",
        "ACCESS-PRODUCT-FEED-EXPIRY"
      })
  void timeBoundStandard_pendingThenAtRiskThenViolated(String standard) throws Exception {
    CxEngine engine = CxEngine.builder().only(standard).build();
    Case c =
        violatedCase(engine, standard)
            .orElseThrow(
                () ->
                    new AssertionError(
                        standard
                            + ": no case of its scenario file violates a deadline known before"
                            + " its at-risk point. Maybe add one."));
    Obligation o = c.obligation();

    Assessment before = engine.assess(c.portfolio(), o.atRiskFrom().minusMillis(1));
    assertThat(find(before, o.id()).status()).isEqualTo(ObligationStatus.PENDING);
    assertThat(before.violations()).noneMatch(v -> v.standard().equals(standard));
    assertThat(before.alarms())
        .noneMatch(a -> a.level() == AlarmLevel.AT_RISK && a.subjects().contains(o.subject()));
    assertThat(before.nextChangeAt()).isNotNull().isBeforeOrEqualTo(o.atRiskFrom());

    Assessment atRisk = engine.assess(c.portfolio(), o.atRiskFrom());
    assertThat(find(atRisk, o.id()).status()).isEqualTo(ObligationStatus.AT_RISK);
    assertThat(atRisk.violations()).noneMatch(v -> v.standard().equals(standard));
    assertThat(atRisk.alarms())
        .filteredOn(a -> a.level() == AlarmLevel.AT_RISK && a.party().equals(o.party()))
        .anySatisfy(
            a -> {
              assertThat(a.standard()).isEqualTo(standard);
              assertThat(a.subjects()).contains(o.subject());
              assertThat(a.earliestDue()).isBeforeOrEqualTo(o.dueAt());
            });

    Assessment after = engine.assess(c.portfolio(), o.dueAt().plusMillis(1));
    Obligation violated = find(after, o.id());
    assertThat(violated.status()).isEqualTo(ObligationStatus.VIOLATED);
    assertThat(after.violations())
        .filteredOn(v -> v.id().equals(violated.violation()))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo(o.party());
              assertThat(v.at()).isAfterOrEqualTo(o.dueAt());
            });
    assertThat(after.alarms()).noneMatch(a -> a.subjects().contains(o.subject()));
  }

  @Test
  void theListAbove_namesEveryStandardThatStatesADeadline() throws Exception {
    CxEngine engine = CxEngine.builder().build();
    Set<String> stating = new TreeSet<>();
    for (String standard : engine.standards().keySet()) {
      for (Scenario s : scenarios(standard)) {
        engine.assess(s.portfolio()).obligations().forEach(o -> stating.add(o.standard()));
      }
    }
    assertThat(stating).containsExactlyInAnyOrder(TIME_BOUND);
    assertThat(new ArrayList<>(List.of(TIME_BOUND))).hasSize(10);
  }

  /**
   * The engine keeps deadlines that are not VIOLATED out of working memory when no rule can match them
   * (the pack's rules match VIOLATED ones only). A custom rule that does match them still sees them.
   */
  @Test
  void aCustomRuleOnDeadlinesAtRisk_seesThem_thoughThePacksRulesMatchOnlyViolatedOnes()
      throws Exception {
    String standard = "SHIP-ON-TIME-DISPATCH";
    Case c = violatedCase(CxEngine.builder().only(standard).build(), standard).orElseThrow();
    Obligation o = c.obligation();
    String drl =
        """
        package com.acme.early;

        import io.sharedcx.authoring.Deadline;
        import io.sharedcx.model.finding.Evidence;
        import io.sharedcx.model.finding.ObligationStatus;

        global io.sharedcx.authoring.Findings findings;

        // A deadline at risk is flagged to its party before it passes: our own standard.
        rule "Deadline at risk"
            @standard(ACME-EARLY-WARNING)
            @severity(LOW)
            @title(Deadlines at risk are flagged before they pass)
        when
            $d : Deadline( status == ObligationStatus.AT_RISK )
        then
            findings.violation(kcontext, $d.party(), "owes it", "At risk: " + $d.id() + ".",
                Evidence.of($d.subject(), $d.subjectKind()));
        end
        """;
    CxEngine engine = CxEngine.builder().addRules("early.drl", drl).build();

    Assessment atRisk = engine.assess(c.portfolio(), o.atRiskFrom());
    assertThat(find(atRisk, o.id()).status()).isEqualTo(ObligationStatus.AT_RISK);
    assertThat(atRisk.violations())
        .filteredOn(v -> v.standard().equals("ACME-EARLY-WARNING"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.responsibleParty()).isEqualTo(o.party());
              assertThat(v.message()).contains(o.id());
            });
    assertThat(engine.assess(c.portfolio(), o.atRiskFrom().minusMillis(1)).violations())
        .noneMatch(v -> v.standard().equals("ACME-EARLY-WARNING"));
  }

  /** A deadline rule that names no instant: judged as of the journey, whatever instant it is seen at. */
  static final String CONFIRM =
      """
      package com.acme.confirm;

      import io.sharedcx.authoring.Deadline;
      import io.sharedcx.model.Order;
      import io.sharedcx.model.finding.ObligationStatus;

      global io.sharedcx.authoring.Findings findings;

      // An order with a ship date is confirmed by then: our own deadline, stated without its instant.
      rule "Deadline: confirm the order"
          @standard(ACME-CONFIRM)
          @id(confirm-the-order)
          @severity(LOW)
          @title(Orders are confirmed by their ship date)
          @kind(deadline)
          @alarm("orders to confirm")
      when
          $o : Order( $due : expectedShipBy != null, $seller : seller )
      then
          findings.deadline(kcontext, $o, $seller, $due, $due.minusSeconds(3600), null);
      end

      // An order not confirmed by its ship date is its seller's breach.
      rule "Order not confirmed"
          @standard(ACME-CONFIRM)
          @id(order-not-confirmed)
          @severity(LOW)
          @title(Orders are confirmed by their ship date)
      when
          $d : Deadline( ruleId == "confirm-the-order", status == ObligationStatus.VIOLATED )
          $o : Order( id == $d.subject() )
      then
          findings.breach(kcontext, $d, "did not confirm the order", "Order " + $o.id() + " was not confirmed.", $o);
      end
      """;

  @Test
  void aDeadlineRuleThatNamesNoInstant_isJudgedAsOfTheInstantTheJourneyIsSeenAt() throws Exception {
    CxEngine engine = CxEngine.builder().addRules("confirm.drl", CONFIRM).build();
    record Dated(Portfolio portfolio, Order order) {}
    Dated dated =
        scenarios("SHIP-ON-TIME-DISPATCH").stream()
            .flatMap(
                s ->
                    s.portfolio().journeys().stream()
                        .flatMap(j -> j.touchpoints().stream())
                        .filter(
                            t ->
                                t instanceof Order o
                                    && o.expectedShipBy() != null
                                    && o.at().isBefore(o.expectedShipBy().minusSeconds(7200)))
                        .map(t -> new Dated(s.portfolio(), (Order) t)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no order with a ship date two hours after it"));
    Portfolio portfolio = dated.portfolio();
    Instant due = dated.order().expectedShipBy();
    String subject = dated.order().id();

    Assessment atRisk = engine.assess(portfolio, due.minusMillis(1));
    assertThat(atRisk.obligations())
        .filteredOn(o -> o.ruleId().equals("confirm-the-order") && o.subject().equals(subject))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.status()).isEqualTo(ObligationStatus.AT_RISK);
              assertThat(o.asOf()).isEqualTo(due.minusMillis(1));
            });

    Assessment after = engine.assess(portfolio, due.plusMillis(1));
    Obligation violated =
        after.obligations().stream()
            .filter(o -> o.ruleId().equals("confirm-the-order") && o.subject().equals(subject))
            .findFirst()
            .orElseThrow();
    assertThat(violated.status()).isEqualTo(ObligationStatus.VIOLATED);
    assertThat(after.violations())
        .filteredOn(v -> v.id().equals(violated.violation()))
        .singleElement()
        .satisfies(
            v -> assertThat(v.message()).isEqualTo("Order " + subject + " was not confirmed."));
    assertThat(after.failures()).isEmpty();
  }

  @Test
  void aDeadlineRuleThatNamesNoInstant_outsideAJourney_failsNamingTheRuleAndTheFormToUse()
      throws Exception {
    String drl =
        """
        package com.acme.feeds;

        import io.sharedcx.model.Feed;

        global io.sharedcx.authoring.Findings findings;

        // A feed is refreshed within a day of its last update: stated without its instant, wrongly.
        rule "Deadline: refresh the feed daily"
            @standard(ACME-FEED-DAILY)
            @id(refresh-the-feed-daily)
            @severity(LOW)
            @title(Feeds are refreshed daily)
            @kind(deadline)
            @alarm("feeds to refresh")
        when
            $f : Feed( $last : lastUpdatedAt )
        then
            findings.deadline(kcontext, $f, $f.party(), $last.plusSeconds(86400), $last, null);
        end
        """;
    CxEngine engine = CxEngine.builder().addRules("feeds.drl", drl).build();
    Portfolio portfolio =
        scenarios("ACCESS-INVENTORY-FEED-FRESH").stream()
            .map(Scenario::portfolio)
            .filter(p -> !p.feeds().isEmpty())
            .findFirst()
            .orElseThrow();

    Assessment a = engine.assess(portfolio);

    assertThat(a.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("Deadline: refresh the feed daily");
              assertThat(f.message())
                  .contains("outside any journey")
                  .contains(
                      "findings.deadline(kcontext, subject, party, now, dueAt, atRiskFrom, metAt)");
            });
  }
}
