package io.sharedcx.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.finding.Health;
import io.sharedcx.model.finding.HealthBand;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The health score with memory: one test per band, the age-out, the cap per standard. */
class HealthTest {
  static final Instant AS_OF = Instant.parse("2026-04-01T00:00:00Z");
  static final Scorecards.HealthWeights WEIGHTS = Scorecards.healthWeights();

  static Violation violation(String standard, Severity severity, int daysBefore, int n) {
    return Violation.builder()
        .id(standard + ":" + n + ":" + daysBefore)
        .standard(standard)
        .title("t")
        .severity(severity)
        .responsibleParty("partner")
        .responsibility("r")
        .message("m")
        .rule("r")
        .at(AS_OF.minusSeconds(daysBefore * 86_400L))
        .build();
  }

  static List<Violation> many(String standard, Severity severity, int daysBefore, int count) {
    List<Violation> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      all.add(violation(standard, severity, daysBefore, i));
    }
    return all;
  }

  static Health health(List<Violation> journey, List<Violation> window) {
    return Scorecards.health(WEIGHTS, "partner", AS_OF, journey, window);
  }

  @Test
  void health_noViolations_isHealthyAtTheStart() {
    Health h = health(List.of(), List.of());
    assertThat(h.score()).isEqualTo(WEIGHTS.start()).isEqualTo(100);
    assertThat(h.band()).isEqualTo(HealthBand.HEALTHY);
    assertThat(h.action()).startsWith("No action");
    assertThat(h.source().source()).contains("Account Health Rating");
  }

  @Test
  void health_fiveRecentHighViolations_isWatch() {
    // 5 x 4 points = 20: score 80 would still be HEALTHY; one more MEDIUM standard's 2 points makes
    // 78
    List<Violation> journey = new ArrayList<>(many("SHIP-ON-TIME-DISPATCH", Severity.HIGH, 3, 5));
    journey.add(violation("SHIP-VALID-TRACKING", Severity.MEDIUM, 3, 0));
    Health h = health(journey, List.of());
    assertThat(h.score()).isEqualTo(78);
    assertThat(h.band()).isEqualTo(HealthBand.WATCH);
    assertThat(h.action()).startsWith("Watch");
    assertThat(h.pointsByStandard())
        .containsEntry("SHIP-ON-TIME-DISPATCH", 20)
        .containsEntry("SHIP-VALID-TRACKING", 2);
  }

  @Test
  void health_aBreachedRateAndRecentViolations_isReview() {
    Health h =
        health(
            many("SHIP-ON-TIME-DISPATCH", Severity.HIGH, 10, 5),
            List.of(violation("SHIP-ON-TIME-DISPATCH", Severity.HIGH, 0, 99)));
    assertThat(h.score()).isEqualTo(100 - 20 - 25);
    assertThat(h.band()).isEqualTo(HealthBand.REVIEW);
    assertThat(h.action()).startsWith("Review");
  }

  @Test
  void health_twoBreachedRatesOneCritical_stopsNewOrders() {
    Health h =
        health(
            many("SHIP-ON-TIME-DISPATCH", Severity.HIGH, 1, 30),
            List.of(
                violation("ORDER-DEFECT-RATE", Severity.CRITICAL, 0, 98),
                violation("ACCESS-CANCEL-RATE", Severity.HIGH, 0, 99)));
    assertThat(h.score()).isEqualTo(Math.max(0, 100 - 20 - 40 - 25));
    assertThat(h.band()).isEqualTo(HealthBand.STOP_NEW_ORDERS);
    assertThat(h.action()).startsWith("Stop new orders");
  }

  @Test
  void health_violationsOlderThanTheirAge_costNothing() {
    // HIGH ages out after 90 days, CRITICAL after 180: at 100 days only the critical one still
    // counts
    List<Violation> journey = new ArrayList<>(many("SHIP-ON-TIME-DISPATCH", Severity.HIGH, 100, 5));
    journey.add(violation("PROMISE-MAP", Severity.CRITICAL, 100, 0));
    Health h = health(journey, List.of());
    assertThat(h.violationsAgedOut()).isEqualTo(5);
    assertThat(h.violationsCounted()).isEqualTo(1);
    assertThat(h.score()).isEqualTo(100 - 8);
    assertThat(h.pointsByStandard()).containsOnlyKeys("PROMISE-MAP");
  }

  @Test
  void health_violationsBeforeTheWindowWithinTheirAge_areRemembered() {
    Health h = health(many("SHIP-ON-TIME-DISPATCH", Severity.HIGH, 45, 2), List.of());
    assertThat(h.violationsCounted()).isEqualTo(2);
    assertThat(h.score()).isEqualTo(92);
  }

  @Test
  void health_otherPartiesAndLaterViolations_areNotCounted() {
    Violation later = violation("SHIP-ON-TIME-DISPATCH", Severity.HIGH, -1, 0);
    Violation other =
        Violation.builder()
            .from(violation("SHIP-ON-TIME-DISPATCH", Severity.HIGH, 1, 1))
            .responsibleParty("someone-else")
            .build();
    Health h = health(List.of(later, other), List.of());
    assertThat(h.score()).isEqualTo(100);
    assertThat(h.violationsCounted()).isZero();
  }
}
