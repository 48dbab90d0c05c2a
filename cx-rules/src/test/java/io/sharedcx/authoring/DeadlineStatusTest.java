package io.sharedcx.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.finding.ObligationStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlineStatusTest {
  static final Instant DUE = Instant.parse("2026-03-10T12:00:00Z");
  static final Instant AT_RISK = Instant.parse("2026-03-10T06:00:00Z");

  @Test
  void open_pendingBeforeTheRiskPoint_atRiskFromIt_violatedAfterTheDeadline() {
    assertThat(Deadline.statusAt(AT_RISK.minusSeconds(1), DUE, AT_RISK, null, true))
        .isEqualTo(ObligationStatus.PENDING);
    assertThat(Deadline.statusAt(AT_RISK, DUE, AT_RISK, null, true))
        .isEqualTo(ObligationStatus.AT_RISK);
    assertThat(Deadline.statusAt(DUE, DUE, AT_RISK, null, true))
        .isEqualTo(ObligationStatus.AT_RISK);
    assertThat(Deadline.statusAt(DUE.plusSeconds(1), DUE, AT_RISK, null, true))
        .isEqualTo(ObligationStatus.VIOLATED);
  }

  @Test
  void met_onTheDeadlineIsMet_afterItViolatedOrLateAsTheRuleSays() {
    Instant now = DUE.plusSeconds(86_400);
    assertThat(Deadline.statusAt(now, DUE, AT_RISK, DUE, true)).isEqualTo(ObligationStatus.MET);
    assertThat(Deadline.statusAt(now, DUE, AT_RISK, DUE.plusSeconds(1), true))
        .isEqualTo(ObligationStatus.VIOLATED);
    assertThat(Deadline.statusAt(now, DUE, AT_RISK, DUE.plusSeconds(1), false))
        .isEqualTo(ObligationStatus.MET_LATE);
  }

  @Test
  void recordedFulfilmentAfterTheObservation_countsAndIsJudgedWhenItHappened() {
    Instant observed = AT_RISK.minusSeconds(3_600);
    Instant late = DUE.plusSeconds(3_600);
    assertThat(Deadline.statusAt(observed, DUE, AT_RISK, late, true))
        .isEqualTo(ObligationStatus.VIOLATED);
    assertThat(Deadline.statusAt(observed, DUE, AT_RISK, DUE.minusSeconds(60), true))
        .isEqualTo(ObligationStatus.MET);
    assertThat(Deadline.judgedAt(observed, late)).isEqualTo(late);
    assertThat(Deadline.judgedAt(observed, null)).isEqualTo(observed);
    assertThat(Deadline.judgedAt(late, observed)).isEqualTo(late);
  }
}
