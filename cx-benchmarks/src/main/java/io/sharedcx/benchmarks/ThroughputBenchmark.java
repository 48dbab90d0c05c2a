package io.sharedcx.benchmarks;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.test.SyntheticPortfolios;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Journeys per second, side by side in one run: the engine with the default pack (one and two threads
 * on one engine), the naive embedding (run-time DRL, a new stateless session per journey), and the
 * hand-written reference evaluator. Each operation assesses {@link #JOURNEYS} generated journeys.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ThroughputBenchmark {
  /** Journeys per operation. */
  public static final int JOURNEYS = 1_000;

  Portfolio portfolio;
  CxEngine engine;
  CxEngine engineSeedStandards;
  NaiveEmbedding naive;
  ReferenceEvaluator reference;

  /** Generates the journeys and builds the three evaluators. */
  @Setup
  public void setUp() {
    portfolio = new SyntheticPortfolios(42).portfolio(JOURNEYS);
    engine = CxEngine.builder().build();
    engineSeedStandards =
        CxEngine.builder().only(ReferenceEvaluator.STANDARDS.toArray(String[]::new)).build();
    naive = new NaiveEmbedding();
    reference = new ReferenceEvaluator();
  }

  /** The engine, default pack, one thread. */
  @Benchmark
  @OperationsPerInvocation(JOURNEYS)
  public Assessment engine() {
    return engine.assess(portfolio);
  }

  /** The engine, default pack, two threads sharing one engine (the score sums both threads). */
  @Benchmark
  @Threads(2)
  @OperationsPerInvocation(JOURNEYS)
  public Assessment engineTwoThreads() {
    return engine.assess(portfolio);
  }

  /** The engine running only the standards the reference implements. */
  @Benchmark
  @OperationsPerInvocation(JOURNEYS)
  public Assessment engineSeedStandards() {
    return engineSeedStandards.assess(portfolio);
  }

  /** The naive embedding: run-time compiled DRL, a new unpooled stateless session per journey. */
  @Benchmark
  @OperationsPerInvocation(JOURNEYS)
  public void naive(Blackhole hole) {
    for (Journey journey : portfolio.journeys()) {
      hole.consume(naive.assess(portfolio, journey));
    }
  }

  /** The hand-written reference evaluator: plain loops, no rules engine. */
  @Benchmark
  @OperationsPerInvocation(JOURNEYS)
  public void reference(Blackhole hole) {
    for (Journey journey : portfolio.journeys()) {
      hole.consume(reference.assess(portfolio, journey));
    }
  }
}
