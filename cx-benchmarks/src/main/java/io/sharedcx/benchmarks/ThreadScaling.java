package io.sharedcx.benchmarks;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.test.SyntheticPortfolios;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Two threads against one, side by side: in each round one thread assesses the generated journeys for a
 * slice of wall-clock time, then two threads for another slice, and the round's ratio is the two
 * threads' journeys per second over the one thread's. It prints the median ratio of the rounds after
 * the first third (warm-up) and its quartiles, for the engine (two threads on one engine) and for the
 * hand-written reference (each thread its own evaluator), so the engine's scaling can be read beside
 * what plain Java gets from the same cores in the same minutes. On a shared machine whose host load comes
 * and goes for minutes, slices of seconds taken in turn put that load on both alike, which two JMH
 * benchmarks run one after the other do not.
 *
 * <pre>
 * java -cp cx-benchmarks/target/benchmarks.jar io.sharedcx.benchmarks.ThreadScaling 30
 * </pre>
 */
public final class ThreadScaling {
  private ThreadScaling() {}

  /** Wall-clock milliseconds of each slice. */
  private static final long SLICE_MILLIS = 2_000;

  private interface Assessor {
    /** Assesses the journeys once on the calling thread; returns how many. */
    int assessAll();
  }

  /**
   * Runs the comparison.
   *
   * @param args the rounds (default 30)
   * @throws Exception when a thread fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    Portfolio portfolio = new SyntheticPortfolios(42).portfolio(ThroughputBenchmark.JOURNEYS);
    CxEngine engine = CxEngine.builder().build();
    ThreadLocal<ReferenceEvaluator> references = ThreadLocal.withInitial(ReferenceEvaluator::new);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      report(
          "engine, two threads on one engine",
          pool,
          rounds,
          () -> engine.assess(portfolio).journeysAssessed().size());
      report(
          "reference, each thread its own",
          pool,
          rounds,
          () -> {
            ReferenceEvaluator reference = references.get();
            int n = 0;
            for (Journey journey : portfolio.journeys()) {
              reference.assess(portfolio, journey);
              n++;
            }
            return n;
          });
    } finally {
      pool.shutdownNow();
    }
  }

  private static void report(String what, ExecutorService pool, int rounds, Assessor assessor)
      throws Exception {
    List<Double> ratios = new ArrayList<>();
    List<Double> ones = new ArrayList<>();
    List<Double> twos = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      double one = rate(pool, 1, assessor);
      double two = rate(pool, 2, assessor);
      if (round >= rounds / 3) {
        ratios.add(two / one);
        ones.add(one);
        twos.add(two);
      }
    }
    Collections.sort(ratios);
    Collections.sort(ones);
    Collections.sort(twos);
    System.out.printf(
        Locale.ROOT,
        "%s: one thread %,.0f/s, two threads %,.0f/s (medians); two against one, median of %d"
            + " rounds %.2fx (quartiles %.2f to %.2f)%n",
        what,
        quantile(ones, 0.5),
        quantile(twos, 0.5),
        ratios.size(),
        quantile(ratios, 0.5),
        quantile(ratios, 0.25),
        quantile(ratios, 0.75));
  }

  /** Journeys per second of {@code threads} threads assessing over one slice. */
  private static double rate(ExecutorService pool, int threads, Assessor assessor)
      throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    List<Future<Long>> running = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      running.add(
          pool.submit(
              () -> {
                long journeys = 0;
                while (!stop.get()) {
                  journeys += assessor.assessAll();
                }
                return journeys;
              }));
    }
    Thread.sleep(SLICE_MILLIS);
    stop.set(true);
    long journeys = 0;
    for (Future<Long> f : running) {
      journeys += f.get();
    }
    return journeys / ((System.nanoTime() - start) / 1e9);
  }

  private static double quantile(List<Double> sorted, double q) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1))));
  }
}
