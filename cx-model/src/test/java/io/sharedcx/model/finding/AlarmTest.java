package io.sharedcx.model.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlarmTest {

  private static Obligation pending(String subject, String asOf, String dueAt) {
    return Obligation.builder()
        .id("obl:" + subject)
        .standard("SHIP-ON-TIME-DISPATCH")
        .ruleId("ship-the-order-by-the-expected-ship-date")
        .subjectKind("order")
        .subject(subject)
        .party("retailer")
        .alarm("orders due to ship")
        .asOf(Instant.parse(asOf))
        .dueAt(Instant.parse(dueAt))
        .atRiskFrom(Instant.parse(dueAt).minusSeconds(3_600))
        .status(ObligationStatus.PENDING)
        .build();
  }

  @Test
  void pending_isDueTodayUntilTheEndOfTheUtcDayOfAsOf() {
    List<Alarm> alarms =
        Alarm.of(
            List.of(
                pending("o-last-second", "2026-03-02T08:00:00Z", "2026-03-02T23:59:59Z"),
                pending("o-midnight", "2026-03-02T08:00:00Z", "2026-03-03T00:00:00Z"),
                pending("o-early", "2026-03-02T00:00:00Z", "2026-03-02T00:30:00Z")));
    assertThat(alarms).hasSize(1);
    assertThat(alarms.get(0).level()).isEqualTo(AlarmLevel.DUE_TODAY);
    assertThat(alarms.get(0).subjects()).containsExactly("o-early", "o-last-second");
    assertThat(alarms.get(0).earliestDue()).isEqualTo(Instant.parse("2026-03-02T00:30:00Z"));
  }

  @Test
  void pending_beforeTheEpoch_usesItsOwnDay() {
    // floor division, not truncation towards zero: 1969-12-31 ends at the epoch.
    assertThat(Alarm.of(List.of(pending("o", "1969-12-31T12:00:00Z", "1969-12-31T23:00:00Z"))))
        .extracting(Alarm::level)
        .containsExactly(AlarmLevel.DUE_TODAY);
    assertThat(Alarm.of(List.of(pending("o", "1969-12-31T12:00:00Z", "1970-01-01T00:00:00Z"))))
        .isEmpty();
  }
}
