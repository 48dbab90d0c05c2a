package io.sharedcx.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sharedcx.authoring.Threshold;
import io.sharedcx.engine.WindowCase;
import io.sharedcx.model.Provenance;
import io.sharedcx.model.Unit;
import io.sharedcx.model.finding.Comparison;
import io.sharedcx.model.finding.DriverDimension;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.MetricStatus;
import io.sharedcx.model.finding.Trend;
import io.sharedcx.model.finding.Window;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The window judge's numbers beside the status: previous period and trend with its noise guard, burn
 * rate and breach time, projection, overall against accountable rate, ranked drivers, look-back, trend
 * line.
 */
class WindowJudgeTest {
  static final String STANDARD = "SHIP-ON-TIME-DISPATCH";
  static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
  static final Window WINDOW = Window.of(FROM, Instant.parse("2026-03-11T00:00:00Z"));
  static final WindowJudge.Measure LATE =
      new WindowJudge.Measure("late / shipped", Comparison.AT_MOST);
  static final List<Threshold> THRESHOLDS =
      List.of(
          threshold("windowTarget", 0.04),
          threshold("minSample", 50),
          threshold("atRiskRatio", 0.75));

  static Threshold threshold(String key, double value) {
    return new Threshold(
        STANDARD, key, "p", value, Unit.FRACTION, Provenance.byDefault("test default"));
  }

  /** {@code failed} of {@code total} cases, evenly spread over the day {@code day} days after FROM. */
  static void cases(WindowTally tally, int day, int total, int failed, String carrier) {
    for (int i = 0; i < total; i++) {
      tally.add(
          new WindowCase(
              STANDARD,
              "s" + day + "-" + i,
              "p",
              null,
              i < failed ? WindowCase.Outcome.FAILED : WindowCase.Outcome.MET,
              null,
              FROM.plusSeconds(day * 86_400L + i * 60L),
              carrier,
              "p",
              List.of("sku-" + (i % 2))));
    }
  }

  static MetricResult judge(WindowTally tally, WindowJudge.Asked asked) {
    return WindowJudge.judge(tally.counts().get(0), LATE, WINDOW, THRESHOLDS, asked);
  }

  @Test
  void trend_oneMoreLateOrder_isSteady() {
    WindowTally tally = new WindowTally(WINDOW);
    cases(tally, 2, 100, 3, "c");
    cases(tally, -5, 100, 2, "c");
    MetricResult m = judge(tally, new WindowJudge.Asked(1, 0, null));
    assertThat(m.previous().rate()).isEqualTo(0.02);
    assertThat(m.rate()).isEqualTo(0.03);
    assertThat(m.trend()).isEqualTo(Trend.STEADY);
  }

  @Test
  void trend_lateRateFrom2To15Percent_isWorsening_andBackIsImproving() {
    WindowTally worse = new WindowTally(WINDOW);
    cases(worse, 2, 100, 15, "c");
    cases(worse, -5, 100, 2, "c");
    assertThat(judge(worse, new WindowJudge.Asked(1, 0, null)).trend()).isEqualTo(Trend.WORSENING);
    WindowTally better = new WindowTally(WINDOW);
    cases(better, 2, 100, 2, "c");
    cases(better, -5, 100, 15, "c");
    assertThat(judge(better, new WindowJudge.Asked(1, 0, null)).trend()).isEqualTo(Trend.IMPROVING);
  }

  @Test
  void trend_belowTheMinimumSampleInThePreviousPeriod_isInsufficientData() {
    WindowTally tally = new WindowTally(WINDOW);
    cases(tally, 2, 100, 40, "c");
    cases(tally, -5, 10, 0, "c");
    assertThat(judge(tally, new WindowJudge.Asked(1, 0, null)).trend())
        .isEqualTo(Trend.INSUFFICIENT_DATA);
  }

  @Test
  void trend_zTestAgainstAHandComputedValue() {
    // 30/200 against 15/200: pooled p = 0.1125, se = 0.0316, z = 2.37 > 1.96
    assertThat(WindowJudge.trend(30, 200, 15, 200)).isEqualTo(Trend.WORSENING);
    // 20/200 against 15/200: z = 0.88
    assertThat(WindowJudge.trend(20, 200, 15, 200)).isEqualTo(Trend.STEADY);
  }

  @Test
  void burnRate_8PercentLateAgainst4_isTwo_andTheAllowanceRunsOutHalfwayThroughTheWindow() {
    WindowTally tally = new WindowTally(WINDOW);
    cases(tally, 2, 100, 8, "c");
    MetricResult m = judge(tally, new WindowJudge.Asked(1, 0, null));
    assertThat(m.status()).isEqualTo(MetricStatus.BAD);
    assertThat(m.burnRate()).isCloseTo(2.0, within(1e-9));
    assertThat(m.breachAt()).isEqualTo(Instant.parse("2026-03-06T00:00:00Z"));
  }

  @Test
  void burnRate_withinTheTarget_hasNoBreach() {
    WindowTally tally = new WindowTally(WINDOW);
    cases(tally, 2, 100, 2, "c");
    MetricResult m = judge(tally, new WindowJudge.Asked(1, 0, null));
    assertThat(m.burnRate()).isCloseTo(0.5, within(1e-9));
    assertThat(m.breachAt()).isNull();
  }

  @Test
  void projection_dataStopsMidWindow_projectsThePaceAndThePooledRate() {
    WindowTally tally = new WindowTally(WINDOW);
    // 40 cases, 4 late, in the first 5 days; the previous period 100 with 2 late
    cases(tally, 1, 40, 4, "c");
    cases(tally, -5, 100, 2, "c");
    MetricResult m =
        judge(tally, new WindowJudge.Asked(1, 0, Instant.parse("2026-03-06T00:00:00Z")));
    assertThat(m.status()).isEqualTo(MetricStatus.INSUFFICIENT_DATA);
    // 40 more expected at the same pace, late at the pooled 6/140
    assertThat(m.projection().denominator()).isEqualTo(80);
    assertThat(m.projection().numerator()).isEqualTo(Math.round(4 + 40 * 6.0 / 140));
    assertThat(m.projection().status()).isEqualTo(MetricStatus.BAD);
    assertThat(m.projection().knownUntil()).isEqualTo(Instant.parse("2026-03-06T00:00:00Z"));
  }

  @Test
  void projection_dataReachesTheWindowsEnd_isAbsent() {
    WindowTally tally = new WindowTally(WINDOW);
    cases(tally, 1, 60, 1, "c");
    assertThat(judge(tally, new WindowJudge.Asked(1, 0, WINDOW.to())).projection()).isNull();
  }

  @Test
  void overallRate_countsTheExcusedCases_theRateLeavesThemOut() {
    WindowTally tally = new WindowTally(WINDOW);
    cases(tally, 2, 100, 5, "c");
    for (int i = 0; i < 20; i++) {
      tally.add(
          new WindowCase(
              STANDARD,
              "x" + i,
              "p",
              null,
              WindowCase.Outcome.EXCLUDED,
              "delay cause WEATHER",
              FROM.plusSeconds(86_400L * 3)));
    }
    MetricResult m = judge(tally, new WindowJudge.Asked(1, 0, null));
    assertThat(m.rate()).isEqualTo(0.05);
    assertThat(m.overallRate()).isCloseTo(25.0 / 120, within(1e-12));
    assertThat(m.excluded()).isEqualTo(20);
  }

  @Test
  void topDrivers_rankTheCarrierBehindMostFailuresFirst() {
    WindowTally tally = new WindowTally(WINDOW);
    cases(tally, 2, 100, 9, "slow-carrier");
    cases(tally, 3, 100, 1, "fast-carrier");
    MetricResult m = judge(tally, new WindowJudge.Asked(1, 0, null));
    assertThat(m.topDrivers())
        .filteredOn(d -> d.dimension() == DriverDimension.CARRIER)
        .extracting(d -> d.value() + " " + d.failed() + "/" + d.cases())
        .containsExactly("slow-carrier 9/100", "fast-carrier 1/100");
    assertThat(m.topDrivers().get(0).share()).isEqualTo(1.0); // node p is in every failure
    assertThat(m.topDrivers())
        .filteredOn(d -> d.dimension() == DriverDimension.CARRIER)
        .first()
        .extracting(d -> d.share())
        .isEqualTo(0.9);
  }

  @Test
  void lookBack_belowTheMinimumSample_widensAndSaysSo() {
    WindowTally tally = new WindowTally(WINDOW, 1, 3);
    cases(tally, 2, 20, 1, "c");
    cases(tally, -5, 20, 1, "c");
    cases(tally, -15, 20, 0, "c");
    cases(tally, -25, 20, 9, "c"); // four periods back: outside the look-back
    MetricResult m = judge(tally, new WindowJudge.Asked(1, 3, null));
    assertThat(m.lookBack())
        .isEqualTo(Window.of(Instant.parse("2026-02-09T00:00:00Z"), WINDOW.to()));
    assertThat(m.denominator()).isEqualTo(60);
    assertThat(m.numerator()).isEqualTo(2);
    assertThat(m.status()).isEqualTo(MetricStatus.AT_RISK);
    assertThat(m.window()).isEqualTo(WINDOW);
  }

  @Test
  void lookBack_enoughInTheWindow_judgesTheWindowAsAsked() {
    WindowTally tally = new WindowTally(WINDOW, 1, 3);
    cases(tally, 2, 60, 0, "c");
    MetricResult m = judge(tally, new WindowJudge.Asked(1, 3, null));
    assertThat(m.lookBack()).isNull();
    assertThat(m.denominator()).isEqualTo(60);
  }

  @Test
  void history_sixPeriods_oldestFirstEndingWithTheWindow() {
    WindowTally tally = new WindowTally(WINDOW, 6, 0);
    for (int k = 0; k < 6; k++) {
      cases(tally, 2 - 10 * k, 100, k, "c");
    }
    MetricResult m = judge(tally, new WindowJudge.Asked(6, 0, null));
    assertThat(m.history()).hasSize(6);
    assertThat(m.history().get(5).window()).isEqualTo(WINDOW);
    assertThat(m.history()).extracting(v -> v.numerator()).containsExactly(5L, 4L, 3L, 2L, 1L, 0L);
    assertThat(m.previous()).isEqualTo(m.history().get(4));
  }

  @Test
  void periodOf_boundaries_belongToTheLaterPeriod() {
    WindowTally tally = new WindowTally(WINDOW, 3, 0);
    assertThat(tally.periodOf(WINDOW.from())).isZero();
    assertThat(tally.periodOf(WINDOW.to())).isEqualTo(-1);
    assertThat(tally.periodOf(WINDOW.from().minusNanos(1))).isEqualTo(1);
    assertThat(tally.periodOf(Instant.parse("2026-02-19T00:00:00Z"))).isEqualTo(1);
    assertThat(tally.periodOf(Instant.parse("2026-02-18T23:59:59Z"))).isEqualTo(2);
    assertThat(tally.periodOf(Instant.parse("2026-02-08T23:59:59Z"))).isEqualTo(-1);
  }
}
