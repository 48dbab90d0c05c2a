package io.sharedcx.benchmarks;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.test.SyntheticPortfolios;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What each journey standard costs per journey, beside the findings it makes: the CPU per journey of an
 * engine limited with {@code only(...)} to every journey and event standard but one, against one limited
 * to all of them, taken in turn round by round over the benchmark's generated journeys. A standard's share
 * is what leaving it out saves: its rules' conditions, their firings and the findings they record.
 *
 * <p>Both engines are limited with {@code only(...)}, so both run Drools' own walk of the alpha network
 * (the default pack's compiled networks fit its journey rule base only); the shares are of that engine's
 * CPU per journey, about a tenth more than the default pack's.
 *
 * <pre>
 * java -cp cx-benchmarks/target/benchmarks.jar io.sharedcx.benchmarks.StandardCost 15
 * </pre>
 */
public final class StandardCost {
  private StandardCost() {}

  /**
   * The control row's name: an engine of the same standards, built again and measured as the others are.
   * Its share is the harness's own error: a later-built engine may run cheaper than the base.
   */
  static final String NONE = "(none: the same standards, built again)";

  /** Assessments of the whole portfolio by each engine before its rounds are counted. */
  private static final int WARM_UP = 5;

  /**
   * One standard's cost and findings.
   *
   * @param standard the standard left out
   * @param ratio the median, over the rounds, of the CPU per journey without it over that with it
   * @param low the low end of the median's 95 % interval
   * @param high the high end of the median's 95 % interval
   * @param violations its violations in the journeys
   * @param recommendations its recommendations in the journeys
   * @param obligations its obligations (deadlines stated) in the journeys
   */
  record Row(
      String standard,
      double ratio,
      double low,
      double high,
      long violations,
      long recommendations,
      long obligations) {

    /** The share of the CPU per journey that leaving the standard out saves. */
    double share() {
      return 1 - ratio;
    }
  }

  /**
   * Runs the comparison over the journey and event standards the reference implements.
   *
   * @param args the rounds per standard (default 15)
   */
  public static void main(String[] args) {
    int rounds;
    try {
      rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
      checkRounds(rounds);
    } catch (IllegalArgumentException e) {
      System.err.println(
          "usage: StandardCost [ROUNDS]: "
              + (e instanceof NumberFormatException
                  ? "'" + args[0] + "' is not a number"
                  : e.getMessage()));
      System.exit(2);
      return;
    }
    Portfolio portfolio = new SyntheticPortfolios(42).portfolio(ThroughputBenchmark.JOURNEYS);
    List<Row> rows = measure(portfolio, new TreeSet<>(ReferenceEvaluator.STANDARDS), rounds);
    // Each finding is of one standard, and the control row has none: the rows add up to the base's.
    System.out.printf(
        Locale.ROOT,
        "%d journeys: %d violations, %d recommendations, %d obligations; %d rounds per standard%n",
        portfolio.journeys().size(),
        rows.stream().mapToLong(Row::violations).sum(),
        rows.stream().mapToLong(Row::recommendations).sum(),
        rows.stream().mapToLong(Row::obligations).sum(),
        rounds);
    System.out.println(
        "standard | share of CPU per journey (95 % interval) | violations | recommendations |"
            + " obligations");
    double sum = 0;
    for (Row row : rows) {
      if (!row.standard().equals(NONE)) {
        sum += row.share();
      }
      System.out.printf(
          Locale.ROOT,
          "%s | %.1f %% (%.1f to %.1f) | %d | %d | %d%n",
          row.standard(),
          100 * row.share(),
          100 * (1 - row.high()),
          100 * (1 - row.low()),
          row.violations(),
          row.recommendations(),
          row.obligations());
    }
    System.out.printf(Locale.ROOT, "sum of the shares: %.1f %%%n", 100 * sum);
  }

  /**
   * Measures each standard of {@code standards}, most costly first, and a control row ({@link #NONE}).
   *
   * @param portfolio the journeys to assess
   * @param standards the standards: the engine limited to all of them is the base
   * @param rounds the rounds per standard, each one assessment by each engine, in turn
   * @return a row per standard
   */
  static List<Row> measure(Portfolio portfolio, SortedSet<String> standards, int rounds) {
    checkRounds(rounds);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    CxEngine base = CxEngine.builder().only(standards.toArray(String[]::new)).build();
    Assessment found = base.assess(portfolio);
    for (int i = 0; i < 8 * WARM_UP; i++) {
      base.assess(portfolio);
    }
    Map<String, Long> violations = count(found.violations(), v -> v.standard());
    Map<String, Long> recommendations = count(found.recommendations(), r -> r.standard());
    Map<String, Long> obligations = count(found.obligations(), o -> o.standard());
    List<Row> rows = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    leftOut.add(NONE);
    leftOut.addAll(standards);
    for (String standard : leftOut) {
      SortedSet<String> rest = new TreeSet<>(standards);
      rest.remove(standard);
      CxEngine without = CxEngine.builder().only(rest.toArray(String[]::new)).build();
      for (int i = 0; i < WARM_UP; i++) {
        without.assess(portfolio);
      }
      List<Double> ratios = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        long with;
        long less;
        if (round % 2 == 0) {
          with = cpu(threads, base, portfolio);
          less = cpu(threads, without, portfolio);
        } else {
          less = cpu(threads, without, portfolio);
          with = cpu(threads, base, portfolio);
        }
        ratios.add((double) less / with);
      }
      Collections.sort(ratios);
      int[] interval = ThreadScaling.medianInterval(ratios.size());
      rows.add(
          new Row(
              standard,
              ratios.get(ratios.size() / 2),
              ratios.get(interval[0]),
              ratios.get(interval[1]),
              violations.getOrDefault(standard, 0L),
              recommendations.getOrDefault(standard, 0L),
              obligations.getOrDefault(standard, 0L)));
    }
    rows.sort(Comparator.comparingDouble(Row::ratio));
    return rows;
  }

  private static void checkRounds(int rounds) {
    if (rounds < 1) {
      throw new IllegalArgumentException(
          "rounds must be 1 or more, not " + rounds + ". Maybe give 15.");
    }
  }

  private static <T> Map<String, Long> count(List<T> findings, Function<T, String> standard) {
    return findings.stream().collect(Collectors.groupingBy(standard, Collectors.counting()));
  }

  /** The calling thread's CPU time, in nanoseconds, for one assessment of {@code portfolio}. */
  private static long cpu(ThreadMXBean threads, CxEngine engine, Portfolio portfolio) {
    long start = threads.getCurrentThreadCpuTime();
    engine.assess(portfolio);
    return threads.getCurrentThreadCpuTime() - start;
  }
}
