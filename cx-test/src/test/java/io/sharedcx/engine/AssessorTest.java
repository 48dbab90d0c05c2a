package io.sharedcx.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.test.SyntheticPortfolios;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AssessorTest {
  private static final CxEngine ENGINE = CxEngine.builder().build();

  /** A portfolio of the parties and {@code journey} alone: what a one-journey assessment sees. */
  private static Portfolio alone(Portfolio parties, Journey journey) {
    return Portfolio.builder().from(parties).journeys(List.of(journey)).build();
  }

  /** An instant inside the journey: after its first touchpoint, before or at its observation. */
  private static Instant inside(Journey journey, Random random) {
    Instant first =
        journey.touchpoints().stream().map(Touchpoint::at).min(Instant::compareTo).orElseThrow();
    long span = Math.max(1, Duration.between(first, journey.observedUntil()).toMinutes());
    return first.plus(Duration.ofMinutes((long) (random.nextDouble() * span)));
  }

  @Test
  void eachCall_givesWhatAOneJourneyAssessmentGives_inAnyOrder_withOrWithoutAsOfAndWindowCases() {
    SyntheticPortfolios generator = new SyntheticPortfolios(11);
    Portfolio parties = generator.parties();
    List<Journey> journeys = new ArrayList<>(generator.portfolio(300).journeys());
    Collections.shuffle(journeys, new Random(3));
    Random random = new Random(5);
    int violations = 0;
    int cases = 0;
    try (Assessor assessor = ENGINE.assessor(parties)) {
      for (Journey journey : journeys) {
        Portfolio one = alone(parties, journey);
        switch (random.nextInt(3)) {
          case 0 -> assertThat(assessor.assess(journey)).isEqualTo(ENGINE.assess(one));
          case 1 -> {
            Instant asOf = inside(journey, random);
            assertThat(assessor.assess(journey, asOf)).isEqualTo(ENGINE.assess(one, asOf));
          }
          default -> {
            Instant asOf = inside(journey, random);
            List<WindowCase> streamed = new ArrayList<>();
            List<WindowCase> expected = new ArrayList<>();
            Assessment got = assessor.assess(journey, asOf, streamed::add);
            assertThat(got).isEqualTo(ENGINE.assess(one, asOf, expected::add));
            assertThat(streamed).isEqualTo(expected);
            cases += streamed.size();
          }
        }
        violations += assessor.assess(journey).violations().size();
      }
    }
    // The comparison means something only when the journeys have findings and window cases.
    assertThat(violations).isGreaterThan(100);
    assertThat(cases).isGreaterThan(50);
  }

  @Test
  void aJourneyAssessedAgainAfterOthers_givesTheSameAssessment() {
    SyntheticPortfolios generator = new SyntheticPortfolios(12);
    List<Journey> journeys = generator.portfolio(60).journeys();
    try (Assessor assessor = ENGINE.assessor(generator.parties())) {
      List<Assessment> first = journeys.stream().map(assessor::assess).toList();
      List<Journey> reversed = new ArrayList<>(journeys);
      Collections.reverse(reversed);
      List<Assessment> again = new ArrayList<>(reversed.stream().map(assessor::assess).toList());
      Collections.reverse(again);
      assertThat(again).isEqualTo(first);
    }
  }

  @Test
  void aJourneyNamingAnUnknownParty_isItsFailure_andTheNextJourneyIsAssessed() {
    SyntheticPortfolios generator = new SyntheticPortfolios(13);
    Portfolio parties = generator.parties();
    Journey good = generator.journey(1);
    Touchpoint first = good.touchpoints().get(0);
    Journey stranger =
        Journey.builder()
            .from(good)
            .id("j-stranger")
            .touchpoints(
                List.of(
                    io.sharedcx.model.Research.builder()
                        .id("t-stranger")
                        .party("nobody-we-know")
                        .channel(first.channel())
                        .at(first.at())
                        .build()))
            .build();
    try (Assessor assessor = ENGINE.assessor(parties)) {
      Assessment failed = assessor.assess(stranger);
      assertThat(failed.journeysAssessed()).isEmpty();
      assertThat(failed.failures())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.journey()).isEqualTo("j-stranger");
                assertThat(f.message()).contains("nobody-we-know");
              });
      assertThat(assessor.assess(good)).isEqualTo(ENGINE.assess(alone(parties, good)));
    }
  }

  @Test
  void aClosedAssessor_refusesToAssess_andClosesTwiceQuietly() {
    SyntheticPortfolios generator = new SyntheticPortfolios(14);
    Assessor assessor = ENGINE.assessor(generator.parties());
    Journey journey = generator.journey(0);
    assessor.assess(journey);
    assessor.close();
    assessor.close();
    assertThatThrownBy(() -> assessor.assess(journey))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed")
        .hasMessageContaining("CxEngine.assessor");
    assertThatThrownBy(() -> ENGINE.assessor(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("parties");
  }
}
