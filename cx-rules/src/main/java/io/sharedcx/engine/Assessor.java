package io.sharedcx.engine;

import io.sharedcx.engine.internal.Run;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import java.time.Instant;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Assesses journeys one at a time against the same parties, for journeys that arrive or change over
 * time: a stream assesses each journey again as events add to it. Opened by {@link
 * CxEngine#assessor(Portfolio)}, which checks the parties' agreements once; between calls it keeps the
 * agreed terms in force for each party and a session of the rule base with them, which a one-journey
 * {@link CxEngine#assess(Portfolio, Instant, Consumer)} sets up and takes down on every call.
 *
 * <p>Each call gives what the engine gives for a portfolio of the parties and that journey alone: {@code
 * assessor.assess(journey, asOf, cases)} equals {@code engine.assess(portfolio, asOf, cases)} where the
 * portfolio is the parties, with no portfolio-level facts, and the journey. Calls do not depend on one
 * another: the same journey assessed before or after others gives the same assessment. A journey that
 * fails, or names a party, product or customer the parties do not have, is the assessment's failure.
 *
 * <p>Not thread-safe: one assessor per thread. Close it to give back its session.
 */
public final class Assessor implements AutoCloseable {
  private final CxEngine engine;
  private final Portfolio parties;
  private @Nullable Run journeys;
  private @Nullable Run withCases;
  private boolean closed;

  Assessor(CxEngine engine, Portfolio parties) {
    this.engine = engine;
    this.parties =
        Portfolio.builder()
            .from(parties)
            .journeys(java.util.List.of())
            .feeds(java.util.List.of())
            .purchaseOrders(java.util.List.of())
            .stockAudits(java.util.List.of())
            .build();
  }

  /**
   * Assesses a journey as it was observed, as {@link CxEngine#assess(Portfolio)} does.
   *
   * @param journey the journey
   * @return its findings, in a stable order, or its failure
   * @throws IllegalStateException when the assessor is closed
   */
  public Assessment assess(Journey journey) {
    return judge("assess(journey)", journey, null, null);
  }

  /**
   * Assesses a journey as it stood at an instant, as {@link CxEngine#assess(Portfolio, Instant)} does:
   * the obligations say which deadlines are pending, at risk, met or violated then.
   *
   * @param journey the journey
   * @param asOf the instant
   * @return its findings as of {@code asOf}, in a stable order, or its failure
   * @throws IllegalStateException when the assessor is closed
   */
  public Assessment assess(Journey journey, Instant asOf) {
    String call = "assess(journey, asOf)";
    return judge(
        call,
        journey,
        Required.notNull(
            asOf, call, "asOf", "Maybe call assess(journey) to judge it as last observed"),
        null);
  }

  /**
   * Assesses a journey as it stood at an instant and hands each window case its rules decide to {@code
   * windowCases}, as {@link CxEngine#assess(Portfolio, Instant, Consumer)} does.
   *
   * @param journey the journey
   * @param asOf the instant
   * @param windowCases receives the journey's window cases
   * @return its findings as of {@code asOf}, in a stable order, or its failure
   * @throws IllegalStateException when the assessor is closed
   */
  public Assessment assess(Journey journey, Instant asOf, Consumer<WindowCase> windowCases) {
    String call = "assess(journey, asOf, windowCases)";
    return judge(
        call,
        journey,
        Required.notNull(
            asOf,
            call,
            "asOf",
            "Maybe pass the instant to judge as of, such as the latest event's"),
        Required.notNull(
            windowCases,
            call,
            "windowCases",
            "Maybe call assess(journey, asOf) when the window cases are not wanted"));
  }

  private Assessment judge(
      String call,
      Journey journey,
      @Nullable Instant asOf,
      @Nullable Consumer<WindowCase> windowCases) {
    Required.notNull(
        journey,
        call,
        "journey",
        "Maybe read it with PortfolioStream, or build it with Journey.builder()");
    if (closed) {
      throw new IllegalStateException(
          "this assessor is closed. Maybe open another with CxEngine.assessor(parties).");
    }
    Run run;
    if (windowCases == null) {
      if (journeys == null) {
        journeys = engine.journeyRun(parties);
      }
      run = journeys;
    } else {
      if (withCases == null) {
        withCases = engine.caseRun(parties);
      }
      run = withCases;
    }
    return engine.assessOne(run, parties, journey, asOf, windowCases);
  }

  /** Gives back the assessor's sessions; it cannot assess after. Closing it again does nothing. */
  @Override
  public void close() {
    closed = true;
    try {
      if (journeys != null) {
        journeys.close();
      }
    } finally {
      journeys = null;
      if (withCases != null) {
        withCases.close();
      }
      withCases = null;
    }
  }
}
