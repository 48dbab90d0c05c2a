package io.sharedcx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.Window;
import io.sharedcx.test.SyntheticPortfolios;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Window metrics judged from window cases kept outside the engine (what a stream runner does): the cases
 * each journey's assessment hands over, summed with {@link CxEngine#windowMetrics}, give the metrics of
 * {@link CxEngine#assessWindow} on the whole portfolio.
 */
class WindowCasesTest {
  static final CxEngine ENGINE = CxEngine.builder().build();
  static final WindowOptions OPTIONS = WindowOptions.periods(3);

  static Portfolio portfolio;
  static Portfolio parties;
  static List<WindowCase> cases;
  static Window window;
  static Instant knownUntil;

  @BeforeAll
  static void casesOfEachJourney() {
    SyntheticPortfolios generator = new SyntheticPortfolios(11);
    portfolio = generator.portfolio(2_000);
    parties = Portfolio.builder().from(portfolio).journeys(List.of()).build();
    cases = new ArrayList<>();
    for (Journey journey : portfolio.journeys()) {
      Portfolio one = Portfolio.builder().from(parties).addJourneys(journey).build();
      ENGINE.assess(one, journey.observedUntil(), cases::add);
    }
    knownUntil =
        portfolio.journeys().stream().map(Journey::observedUntil).max(Instant::compareTo).get();
    Instant to = knownUntil.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
    window = Window.of(to.minus(Duration.ofDays(7)), to);
  }

  @Test
  void casesHandedOver_judgeTheWindowAssessmentsMetrics() {
    List<MetricResult> batch = ENGINE.assessWindow(portfolio, window, OPTIONS).metrics();
    assertThat(batch).hasSizeGreaterThan(5);
    assertThat(cases).hasSizeGreaterThan(1_000);

    assertThat(ENGINE.windowMetrics(parties, window, OPTIONS, cases, knownUntil)).isEqualTo(batch);
  }

  @Test
  void handingCasesOver_changesNoFinding() {
    for (Journey journey : portfolio.journeys().subList(0, 200)) {
      Portfolio one = Portfolio.builder().from(parties).addJourneys(journey).build();
      List<WindowCase> some = new ArrayList<>();
      Assessment with = ENGINE.assess(one, journey.observedUntil(), some::add);
      assertThat(with).isEqualTo(ENGINE.assess(one, journey.observedUntil()));
    }
  }

  @Test
  void casesInAnyOrder_giveTheSameCountsAndStatus() {
    List<WindowCase> shuffled = new ArrayList<>(cases);
    Collections.shuffle(shuffled, new Random(3));
    List<MetricResult> inOrder = ENGINE.windowMetrics(parties, window, OPTIONS, cases, knownUntil);
    List<MetricResult> anyOrder =
        ENGINE.windowMetrics(parties, window, OPTIONS, shuffled, knownUntil);
    assertThat(anyOrder).hasSameSizeAs(inOrder);
    for (int i = 0; i < inOrder.size(); i++) {
      MetricResult a = inOrder.get(i);
      MetricResult b = anyOrder.get(i);
      assertThat(List.of(b.standard(), b.party(), b.numerator(), b.denominator(), b.status()))
          .as("%s %s", a.standard(), a.party())
          .isEqualTo(List.of(a.standard(), a.party(), a.numerator(), a.denominator(), a.status()));
    }
  }
}
