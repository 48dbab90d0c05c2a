package io.sharedcx.benchmarks;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.engine.WindowOptions;
import io.sharedcx.examples.PortfolioExample;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.WindowAssessment;
import java.util.Arrays;

/**
 * Window standards and scorecards at growing sizes: times {@link CxEngine#assessWindow} over generated
 * months of orders (the portfolio example's partners), with periods and trends on (six periods of the
 * window's length, the previous period, trends, projections, burn rates, drivers and health), and
 * prints the time per size and the ratio of each size's time to the smallest's, beside the ratio of
 * sizes. Linear means the two ratios match.
 * Run with a large heap (the portfolios are held in memory), e.g. {@code -Xmx8g}.
 */
public final class WindowScaling {
  /** Periods and trends on: six periods of the window's length for every metric. */
  static final WindowOptions PERIODS = WindowOptions.periods(6);

  private WindowScaling() {}

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
    double base = 0;
    for (int size : sizes) {
      Portfolio portfolio = PortfolioExample.portfolio(size / 2);
      int orders = portfolio.journeys().size();
      long best = Long.MAX_VALUE;
      WindowAssessment result = null;
      for (int run = 0; run < 3; run++) {
        long start = System.nanoTime();
        result = engine.assessWindow(portfolio, PortfolioExample.MARCH, PERIODS);
        best = Math.min(best, System.nanoTime() - start);
      }
      double seconds = best / 1e9;
      if (base == 0) {
        base = seconds / orders;
      }
      System.out.printf(
          "%,d orders: %.2f s (best of 3), %,d metrics, %d scorecards; time per order %.2fx the "
              + "smallest size's%n",
          orders,
          seconds,
          result.metrics().size(),
          result.scorecards().size(),
          seconds / orders / base);
    }
  }
}
