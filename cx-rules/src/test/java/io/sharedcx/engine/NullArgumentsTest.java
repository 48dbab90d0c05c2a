package io.sharedcx.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharedcx.model.Adjustments;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Window;
import io.sharedcx.model.finding.WindowAssessment;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A null given to the engine's public API says which argument of which call, and what to pass, rather
 * than where inside the engine it was first used.
 */
class NullArgumentsTest {
  static CxEngine engine;
  static Portfolio portfolio;
  static Assessment assessment;
  static WindowAssessment window;
  static final Instant AT = Instant.parse("2026-03-05T00:00:00Z");
  static final Window MARCH =
      Window.of(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));

  @BeforeAll
  static void build() {
    engine = CxEngine.builder().build();
    portfolio = CxEngineTest.twoJourneys();
    assessment = engine.assess(portfolio);
    window = engine.assessWindow(portfolio, MARCH);
  }

  static Stream<Arguments> calls() {
    Adjustments none = Adjustments.builder().build();
    return Stream.of(
        call("assess(portfolio)", "portfolio", () -> engine.assess(null)),
        call("assess(portfolio, asOf)", "portfolio", () -> engine.assess(null, AT)),
        call("assess(portfolio, asOf)", "asOf", () -> engine.assess(portfolio, null)),
        call(
            "assess(portfolio, asOf, windowCases)",
            "windowCases",
            () -> engine.assess(portfolio, AT, null)),
        call(
            "assess(portfolio, asOf, windowCases)",
            "asOf",
            () -> engine.assess(portfolio, null, c -> {})),
        call("checkAgreements(portfolio)", "portfolio", () -> engine.checkAgreements(null)),
        call(
            "assessEach(parties, journeys, perJourney)",
            "parties",
            () -> engine.assessEach(null, Collections.emptyIterator(), a -> {})),
        call(
            "assessEach(parties, journeys, perJourney)",
            "journeys",
            () -> engine.assessEach(portfolio, null, a -> {})),
        call(
            "assessEach(parties, journeys, perJourney)",
            "perJourney",
            () -> engine.assessEach(portfolio, portfolio.journeys().iterator(), null)),
        call(
            "assessEach(parties, journeys, asOf, perJourney)",
            "asOf",
            () -> engine.assessEach(portfolio, portfolio.journeys().iterator(), null, a -> {})),
        call("assessor(parties)", "parties", () -> engine.assessor(null)),
        call(
            "assessWindow(portfolio, window, options)",
            "window",
            () -> engine.assessWindow(portfolio, null)),
        call(
            "assessWindow(portfolio, window, options)",
            "options",
            () -> engine.assessWindow(portfolio, MARCH, null)),
        call(
            "windowMetrics(parties, window, options, cases, knownUntil)",
            "cases",
            () -> engine.windowMetrics(portfolio, MARCH, WindowOptions.DEFAULT, null, null)),
        call(
            "adjudicate(portfolio, assessment, adjustments)",
            "assessment",
            () -> engine.adjudicate(portfolio, null, none)),
        call(
            "adjudicate(portfolio, assessment, adjustments)",
            "adjustments",
            () -> engine.adjudicate(portfolio, assessment, null)),
        call(
            "adjudicate(portfolio, journeys, window, adjustments)",
            "window",
            () -> engine.adjudicate(portfolio, assessment, null, none)),
        call(
            "assess(journey)",
            "journey",
            () -> {
              try (Assessor assessor = engine.assessor(portfolio)) {
                assessor.assess(null);
              }
            }),
        call(
            "assess(journey, asOf)",
            "asOf",
            () -> {
              try (Assessor assessor = engine.assessor(portfolio)) {
                assessor.assess(portfolio.journeys().get(0), null);
              }
            }),
        call("addRules(path)", "path", () -> CxEngine.builder().addRules((Path) null)),
        call("addRules(name, drl)", "drl", () -> CxEngine.builder().addRules("acme.drl", null)),
        call(
            "addClasspathRules(resource)",
            "resource",
            () -> CxEngine.builder().addClasspathRules(null)),
        call("only(standardIds)", "standardIds", () -> CxEngine.builder().only((String[]) null)),
        call(
            "only(standardIds)",
            "a standard id",
            () -> CxEngine.builder().only("PROMISE-MAP", null)));
  }

  private static Arguments call(String call, String argument, Executable executable) {
    return Arguments.of(call + ": " + argument, executable);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void null_namesTheCallAndTheArgument_andWhatToPass(String expected, Executable call) {
    assertThatThrownBy(call::execute)
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith(expected + " is null. Maybe ");
  }

  @Test
  void only_withNoStandard_isAnError_notEveryStandard() {
    assertThatThrownBy(() -> CxEngine.builder().only())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "only(): no standard named. Maybe name at least one, or leave only(...) out to run"
                + " every standard");
    assertThatThrownBy(() -> CxEngine.builder().only(List.<String>of().toArray(String[]::new)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
