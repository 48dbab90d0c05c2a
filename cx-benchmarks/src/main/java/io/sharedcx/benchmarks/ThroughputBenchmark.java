package io.sharedcx.benchmarks;

import io.sharedcx.engine.Assessor;
import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.test.SyntheticPortfolios;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Journeys per second, side by side in one run: the engine with the default pack (one, two and four
 * threads on one engine), the naive embedding (run-time DRL, a new stateless session per journey), and the
 * hand-written reference evaluator. Each operation assesses {@link #JOURNEYS} generated journeys.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ThroughputBenchmark {
  /** Journeys per operation. */
  public static final int JOURNEYS = 1_000;

  /**
   * The generated journeys every benchmark assesses. Each evaluator is a state of its own, so a fork
   * builds only the one its benchmark runs (compiling the naive embedding's DRL at run time, for one,
   * takes seconds).
   */
  @State(Scope.Benchmark)
  public static class Journeys {
    Portfolio portfolio;
    Portfolio parties;

    /** Generates the journeys. */
    @Setup
    public void setUp() {
      portfolio = new SyntheticPortfolios(42).portfolio(JOURNEYS);
      parties = Portfolio.builder().from(portfolio).journeys(List.of()).build();
    }
  }

  /** An assessor of the generated parties, one per thread. */
  @State(Scope.Thread)
  public static class OpenAssessor {
    Assessor assessor;

    /**
     * Opens the assessor.
     *
     * @param journeys the journeys, whose parties it assesses against
     * @param engine the engine
     */
    @Setup
    public void setUp(Journeys journeys, DefaultEngine engine) {
      assessor = engine.engine.assessor(journeys.parties);
    }

    /** Closes it. */
    @TearDown
    public void tearDown() {
      assessor.close();
    }
  }

  /** The engine with the default pack. */
  @State(Scope.Benchmark)
  public static class DefaultEngine {
    CxEngine engine;

    /** Builds the engine. */
    @Setup
    public void setUp() {
      engine = CxEngine.builder().build();
    }
  }

  /** The engine restricted to the standards the reference implements. */
  @State(Scope.Benchmark)
  public static class SeedEngine {
    CxEngine engine;

    /** Builds the engine. */
    @Setup
    public void setUp() {
      engine = CxEngine.builder().only(ReferenceEvaluator.STANDARDS.toArray(String[]::new)).build();
    }
  }

  /** The naive embedding. */
  @State(Scope.Benchmark)
  public static class Naive {
    NaiveEmbedding naive;

    /** Compiles its DRL. */
    @Setup
    public void setUp() {
      naive = new NaiveEmbedding();
    }
  }

  /** The hand-written reference of one thread: it is not thread-safe. */
  @State(Scope.Thread)
  public static class ThreadReference {
    ReferenceEvaluator reference;

    /** Builds the thread's reference. */
    @Setup
    public void setUp() {
      reference = new ReferenceEvaluator();
    }
  }

  /** The hand-written reference. */
  @State(Scope.Benchmark)
  public static class Reference {
    ReferenceEvaluator reference;

    /** Builds the reference. */
    @Setup
    public void setUp() {
      reference = new ReferenceEvaluator();
    }
  }

  /**
   * The engine, default pack, one thread.
   *
   * @param journeys the journeys
   * @param engine the engine
   * @return the assessment
   */
  @Benchmark
  @OperationsPerInvocation(JOURNEYS)
  public Assessment engine(Journeys journeys, DefaultEngine engine) {
    return engine.engine.assess(journeys.portfolio);
  }

  /**
   * The engine, default pack, two threads sharing one engine (the score sums both threads).
   *
   * @param journeys the journeys
   * @param engine the engine, one for both threads
   * @return the assessment
   */
  @Benchmark
  @Threads(2)
  @OperationsPerInvocation(JOURNEYS)
  public Assessment engineTwoThreads(Journeys journeys, DefaultEngine engine) {
    return engine.engine.assess(journeys.portfolio);
  }

  /**
   * The engine, default pack, four threads sharing one engine (the score sums all four): on a machine
   * with fewer than four cores it shows what oversubscription costs, not scaling.
   *
   * @param journeys the journeys
   * @param engine the engine, one for all threads
   * @return the assessment
   */
  @Benchmark
  @Threads(4)
  @OperationsPerInvocation(JOURNEYS)
  public Assessment engineFourThreads(Journeys journeys, DefaultEngine engine) {
    return engine.engine.assess(journeys.portfolio);
  }

  /**
   * The engine running only the standards the reference implements.
   *
   * @param journeys the journeys
   * @param engine the restricted engine
   * @return the assessment
   */
  @Benchmark
  @OperationsPerInvocation(JOURNEYS)
  public Assessment engineSeedStandards(Journeys journeys, SeedEngine engine) {
    return engine.engine.assess(journeys.portfolio);
  }

  /**
   * The naive embedding: run-time compiled DRL, a new unpooled stateless session per journey.
   *
   * @param journeys the journeys
   * @param naive the embedding
   * @param hole takes each journey's findings
   */
  @Benchmark
  @OperationsPerInvocation(JOURNEYS)
  public void naive(Journeys journeys, Naive naive, Blackhole hole) {
    Portfolio portfolio = journeys.portfolio;
    for (Journey journey : portfolio.journeys()) {
      hole.consume(naive.naive.assess(portfolio, journey));
    }
  }

  /**
   * The hand-written reference evaluator: plain loops, no rules engine.
   *
   * @param journeys the journeys
   * @param reference the reference
   * @param hole takes each journey's findings
   */
  @Benchmark
  @OperationsPerInvocation(JOURNEYS)
  public void reference(Journeys journeys, Reference reference, Blackhole hole) {
    eachJourney(reference.reference, journeys.portfolio, hole);
  }

  /** The reference's assessment of each journey of {@code portfolio}, one by one. */
  private static void eachJourney(
      ReferenceEvaluator reference, Portfolio portfolio, Blackhole hole) {
    for (Journey journey : portfolio.journeys()) {
      hole.consume(reference.assess(portfolio, journey));
    }
  }

  /**
   * The hand-written reference on two threads, each with its own evaluator (it caches the parties of the
   * portfolio it last saw, unsynchronised; the score sums both threads): how far two threads of plain
   * Java scale on this machine, beside the engine's two threads on one engine.
   *
   * @param journeys the journeys
   * @param reference the thread's reference
   * @param hole takes each journey's findings
   */
  @Benchmark
  @Threads(2)
  @OperationsPerInvocation(JOURNEYS)
  public void referenceTwoThreads(Journeys journeys, ThreadReference reference, Blackhole hole) {
    eachJourney(reference.reference, journeys.portfolio, hole);
  }

  /**
   * Journeys one at a time, each as a portfolio of the parties and that journey, as of its observation,
   * window cases taken: what a stream's timer did before the assessor.
   *
   * @param journeys the journeys
   * @param engine the engine
   * @param hole takes each journey's findings and window cases
   */
  @Benchmark
  @OperationsPerInvocation(JOURNEYS)
  public void oneJourneyPortfolios(Journeys journeys, DefaultEngine engine, Blackhole hole) {
    for (Journey journey : journeys.portfolio.journeys()) {
      Portfolio one = Portfolio.builder().from(journeys.parties).journeys(List.of(journey)).build();
      hole.consume(engine.engine.assess(one, journey.observedUntil(), hole::consume));
    }
  }

  /**
   * Journeys one at a time through an {@link Assessor}, as of their observation, window cases taken:
   * what a stream's timer does.
   *
   * @param journeys the journeys
   * @param open the thread's assessor
   * @param hole takes each journey's findings and window cases
   */
  @Benchmark
  @OperationsPerInvocation(JOURNEYS)
  public void assessorOneByOne(Journeys journeys, OpenAssessor open, Blackhole hole) {
    for (Journey journey : journeys.portfolio.journeys()) {
      hole.consume(open.assessor.assess(journey, journey.observedUntil(), hole::consume));
    }
  }
}
