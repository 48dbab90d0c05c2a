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
 * Two threads against one, side by side: each round takes a slice of wall-clock time of one thread
 * assessing the generated journeys, two slices of two threads, then one more of one thread (one, two,
 * two, one), and the round's ratio is the two threads' journeys per second over the one thread's. It
 * prints the median ratio of the rounds after the first third (warm-up), its quartiles, and a 95 %
 * interval for that median, for the engine (two threads on one engine) and for the hand-written
 * reference (each thread its own evaluator), so the engine's scaling can be read beside what plain Java
 * gets from the same cores in the same minutes.
 *
 * <p>On a shared machine the host's load comes and goes: the engine's own throughput swings by up to
 * half with it, while the reference's hardly moves ({@link HostContention}). Slices of a second taken in
 * that order put such load on both alike, and cancel a steady drift within a round, which two JMH
 * benchmarks run one after the other do not. Each thread's rate is its journeys over its own time to the
 * end of its last assessment, so a thread that finishes first does not count the other's last
 * assessment as idle time.
 *
 * <pre>
 * java -cp cx-benchmarks/target/benchmarks.jar io.sharedcx.benchmarks.ThreadScaling 30
 * </pre>
 */
public final class ThreadScaling {
  private ThreadScaling() {}

  /** Wall-clock milliseconds of each slice: four to a round. */
  private static final long SLICE_MILLIS = 1_000;

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
      double oneBefore = rate(pool, 1, assessor);
      double two = (rate(pool, 2, assessor) + rate(pool, 2, assessor)) / 2;
      double one = (oneBefore + rate(pool, 1, assessor)) / 2;
      if (round >= rounds / 3) {
        ratios.add(two / one);
        ones.add(one);
        twos.add(two);
      }
    }
    Collections.sort(ratios);
    Collections.sort(ones);
    Collections.sort(twos);
    int[] interval = medianInterval(ratios.size());
    System.out.printf(
        Locale.ROOT,
        "%s: one thread %,.0f/s, two threads %,.0f/s (medians); two against one, median of %d"
            + " rounds %.2fx (quartiles %.2f to %.2f; 95 %% interval of the median %.2f to %.2f)%n",
        what,
        quantile(ones, 0.5),
        quantile(twos, 0.5),
        ratios.size(),
        quantile(ratios, 0.5),
        quantile(ratios, 0.25),
        quantile(ratios, 0.75),
        ratios.get(interval[0]),
        ratios.get(interval[1]));
  }

  /**
   * Journeys per second of {@code threads} threads assessing over one slice: the sum of each thread's
   * journeys over its own time from the start to the end of its last assessment.
   */
  private static double rate(ExecutorService pool, int threads, Assessor assessor)
      throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    List<Future<Double>> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      running.add(
          pool.submit(
              () -> {
                long start = System.nanoTime();
                long journeys = 0;
                while (!stop.get()) {
                  journeys += assessor.assessAll();
                }
                return journeys / ((System.nanoTime() - start) / 1e9);
              }));
    }
    Thread.sleep(SLICE_MILLIS);
    stop.set(true);
    double rate = 0;
    for (Future<Double> f : running) {
      rate += f.get();
    }
    return rate;
  }

  /**
   * The indices, in {@code n} sorted values, of the ends of a distribution-free 95 % interval for their
   * median: the order statistics n/2 - 0.98 sqrt(n) and n/2 + 1 + 0.98 sqrt(n), counted from one (the
   * normal approximation to the binomial); the outermost values when {@code n} is too small.
   */
  static int[] medianInterval(int n) {
    double half = 0.98 * Math.sqrt(n);
    int low = (int) Math.floor(n / 2.0 - half);
    int high = (int) Math.ceil(n / 2.0 + 1 + half);
    return new int[] {Math.max(0, low - 1), Math.min(n - 1, high - 1)};
  }

  private static double quantile(List<Double> sorted, double q) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.round(q * (sorted.size() - 1))));
  }
}
