package io.sharedcx.benchmarks;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.engine.WindowOptions;
import io.sharedcx.examples.PortfolioExample;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.WindowAssessment;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Window standards and scorecards at growing sizes: times {@link CxEngine#assessWindow} over generated
 * months of orders (the portfolio example's partners), with periods and trends on (six periods of the
 * window's length, the previous period, trends, projections, burn rates, drivers and health), and
 * prints the time per size and the ratio of each size's time to the smallest's, beside the ratio of
 * sizes. Linear means the two ratios match. The sizes are taken in turn, three rounds of one run each,
 * so that load on a shared machine falls on every size alike; each size's best run counts, and the
 * share of its runs spent in collection pauses is printed beside it.
 * Run with a large heap (the portfolios are held in memory), e.g. {@code -Xmx12g}.
 */
public final class WindowScaling {
  /** Periods and trends on: six periods of the window's length for every metric. */
  static final WindowOptions PERIODS = WindowOptions.periods(6);

  private WindowScaling() {}

  /** Milliseconds the collectors have counted so far (on JDK 17's G1, its pauses). */
  static long collectionMillis() {
    long total = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, collector.getCollectionTime());
    }
    return total;
  }

  /**
   * Runs the sizes.
   *
   * @param args order counts, smallest first (default 100000 1000000)
   */
  public static void main(String[] args) {
    if (args.length == 1 && args[0].equals("--help")) {
      System.out.println("usage: WindowScaling ORDERS... (smallest first)");
      return;
    }
    int[] sizes =
        args.length == 0
            ? new int[] {100_000, 1_000_000}
            : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    CxEngine engine = CxEngine.builder().build();
    // Warm up on the smallest size so the JIT has compiled the hot paths before anything is timed.
    Portfolio warm = PortfolioExample.portfolio(Math.max(100, sizes[0] / 2));
    for (int i = 0; i < 3; i++) {
      engine.assessWindow(warm, PortfolioExample.MARCH, PERIODS);
    }
    warm = null;
    Portfolio[] portfolios = new Portfolio[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      portfolios[i] = PortfolioExample.portfolio(sizes[i] / 2);
    }
    long[] best = new long[sizes.length];
    Arrays.fill(best, Long.MAX_VALUE);
    long[] elapsed = new long[sizes.length];
    long[] collecting = new long[sizes.length];
    WindowAssessment[] results = new WindowAssessment[sizes.length];
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < sizes.length; i++) {
        long gc = collectionMillis();
        long start = System.nanoTime();
        results[i] = engine.assessWindow(portfolios[i], PortfolioExample.MARCH, PERIODS);
        long took = System.nanoTime() - start;
        best[i] = Math.min(best[i], took);
        elapsed[i] += took;
        collecting[i] += collectionMillis() - gc;
      }
    }
    double base = 0;
    for (int i = 0; i < sizes.length; i++) {
      int orders = portfolios[i].journeys().size();
      double seconds = best[i] / 1e9;
      if (base == 0) {
        base = seconds / orders;
      }
      System.out.printf(
          "%,d orders: %.2f s (best of 3, taken in turn), %,d metrics, %d scorecards; time per order"
              + " %.2fx the smallest size's; collection pauses %.0f %% of its runs%n",
          orders,
          seconds,
          results[i].metrics().size(),
          results[i].scorecards().size(),
          seconds / orders / base,
          100.0 * collecting[i] * 1e6 / elapsed[i]);
    }
  }
}
