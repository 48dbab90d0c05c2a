package io.sharedcx.benchmarks;

import java.io.FileNotFoundException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs benchmarks of {@link ThroughputBenchmark} in JMH with their forks taken in turn: round after
 * round, one fork of each benchmark, in the order given in odd rounds and in the reverse order in even
 * ones (A, B, then B, A). JMH itself runs every fork of one benchmark before the next benchmark, so on a
 * shared machine a slow stretch of a few minutes can fall on all forks of one side of a ratio and on
 * none of the other's; taken in turn, such a stretch falls on both, and a steady drift cancels out
 * over two rounds.
 *
 * <p>Each fork is a JMH fork like any other (its own JVM, the warm-up and measured iterations the JMH
 * options give), so a benchmark's score and error are JMH's own over all its forks' iterations, as
 * {@code -f} with that many forks would give. It prints each benchmark's score, then each benchmark
 * against the first one given: the ratio of their scores, larger over smaller, and the same ratio round
 * by round (the two forks of a round run minutes apart at most). The merged results are written as
 * JMH's JSON: its {@code forks} field is that of each fork's own run (1), and its raw data lists every
 * fork's iterations.
 *
 * <pre>
 * java -cp cx-benchmarks/target/benchmarks.jar io.sharedcx.benchmarks.InterleavedForks \
 *     2 target/jmh-pair.json engine naive -- -wi 3 -w 5s -i 5 -r 5s
 * </pre>
 *
 * The first argument is the rounds (the forks of each benchmark), the second the JSON file, then the
 * names of {@link ThroughputBenchmark}'s benchmark methods, then, after {@code --}, any other JMH
 * options except forks, benchmark patterns and result files, which this class sets.
 */
public final class InterleavedForks {
  private InterleavedForks() {}

  /**
   * Runs the forks and prints the scores and ratios.
   *
   * @param args the rounds, the JSON file, benchmark method names, then {@code --} and JMH options
   * @throws Exception when JMH cannot run a benchmark
   */
  public static void main(String[] args) throws Exception {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("InterleavedForks: " + e.getMessage());
      System.err.println(
          "usage: InterleavedForks ROUNDS RESULT.json BENCHMARK... [-- JMH options]"
              + " (for example: 2 target/pair.json engine naive -- -wi 3 -w 5s -i 5 -r 5s)");
      System.exit(2);
      return;
    }
    Map<String, List<BenchmarkResult>> forks = new LinkedHashMap<>();
    for (String name : arguments.benchmarks()) {
      forks.put(name, new ArrayList<>());
    }
    List<List<String>> schedule = schedule(arguments.benchmarks(), arguments.rounds());
    for (int round = 0; round < schedule.size(); round++) {
      for (String name : schedule.get(round)) {
        System.out.printf(
            Locale.ROOT, "%n== round %d of %d: %s%n", round + 1, schedule.size(), name);
        forks.get(name).addAll(runOneFork(arguments.jmhOptions(), name).getBenchmarkResults());
      }
    }

    List<RunResult> merged = new ArrayList<>();
    Map<String, Score> scores = new LinkedHashMap<>();
    for (String name : arguments.benchmarks()) {
      List<BenchmarkResult> results = forks.get(name);
      // Every fork of a benchmark runs with the same parameters: the first one's serve for all.
      RunResult all = new RunResult(results.get(0).getParams(), results);
      merged.add(all);
      Result<?> primary = all.getPrimaryResult();
      List<Double> forkScores = new ArrayList<>();
      for (BenchmarkResult fork : results) {
        forkScores.add(fork.getPrimaryResult().getScore());
      }
      scores.put(
          name,
          new Score(
              primary.getScore(),
              primary.getScoreError(),
              primary.getScoreUnit(),
              iterations(results),
              forkScores));
    }
    System.out.println();
    System.out.println(summary(scores));
    try (PrintStream json =
        new PrintStream(arguments.resultFile(), StandardCharsets.UTF_8.name())) {
      ResultFormatFactory.getInstance(ResultFormatType.JSON, json).writeOut(merged);
    } catch (FileNotFoundException e) {
      System.err.println(
          "InterleavedForks: cannot write the results to "
              + arguments.resultFile()
              + " ("
              + e.getMessage()
              + "); the scores above are complete. Give a file in a folder that exists and can be"
              + " written.");
      System.exit(1);
    }
  }

  /** One benchmark's score over all its forks, and each fork's own score in round order. */
  record Score(double score, double error, String unit, int iterations, List<Double> forks) {}

  /** The command line: rounds, result file, benchmark names, and the JMH options after {@code --}. */
  record Arguments(
      int rounds, String resultFile, List<String> benchmarks, CommandLineOptions jmhOptions) {
    static Arguments parse(String[] args) {
      if (args.length < 3) {
        throw new IllegalArgumentException(
            "give the rounds, a result file and at least one benchmark");
      }
      int rounds;
      try {
        rounds = Integer.parseInt(args[0]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "the rounds must be a whole number, not '" + args[0] + "'");
      }
      if (rounds < 1) {
        throw new IllegalArgumentException("the rounds must be at least 1, not " + rounds);
      }
      List<String> names = new ArrayList<>();
      int i = 2;
      for (; i < args.length && !args[i].equals("--"); i++) {
        names.add(benchmarkName(args[i]));
      }
      if (names.isEmpty()) {
        throw new IllegalArgumentException("name at least one benchmark before --");
      }
      if (names.stream().distinct().count() != names.size()) {
        throw new IllegalArgumentException("a benchmark is named twice: " + names);
      }
      String[] jmh = i < args.length ? Arrays.copyOfRange(args, i + 1, args.length) : new String[0];
      CommandLineOptions options;
      try {
        options = new CommandLineOptions(jmh);
      } catch (CommandLineOptionException e) {
        throw new IllegalArgumentException("JMH options after --: " + e.getMessage(), e);
      }
      if (options.getForkCount().hasValue()) {
        throw new IllegalArgumentException("leave out -f: each benchmark runs one fork per round");
      }
      if (!options.getIncludes().isEmpty()) {
        throw new IllegalArgumentException(
            "name benchmarks before --, not as JMH patterns after it: " + options.getIncludes());
      }
      if (options.getResultFormat().hasValue() || options.getResult().hasValue()) {
        throw new IllegalArgumentException(
            "leave out -rf and -rff: the merged results go to the file given second");
      }
      return new Arguments(rounds, args[1], List.copyOf(names), options);
    }
  }

  /**
   * The order of the forks: each round one fork of each benchmark, in the given order in odd rounds
   * and reversed in even ones.
   *
   * @param benchmarks the benchmarks, in the order of the first round
   * @param rounds how many rounds
   * @return each round's benchmarks, in the order their forks run
   */
  static List<List<String>> schedule(List<String> benchmarks, int rounds) {
    List<List<String>> schedule = new ArrayList<>();
    List<String> reversed = new ArrayList<>(benchmarks);
    Collections.reverse(reversed);
    for (int round = 0; round < rounds; round++) {
      schedule.add(List.copyOf(round % 2 == 0 ? benchmarks : reversed));
    }
    return schedule;
  }

  /**
   * Each benchmark's score, then each one against the first: the larger score over the smaller, over
   * all forks and round by round.
   *
   * @param scores the benchmarks' scores, the first the one the others are set against
   * @return the lines to print
   */
  static String summary(Map<String, Score> scores) {
    StringBuilder out = new StringBuilder();
    int width = scores.keySet().stream().mapToInt(String::length).max().orElse(0);
    for (Map.Entry<String, Score> entry : scores.entrySet()) {
      Score score = entry.getValue();
      out.append(
          String.format(
              Locale.ROOT,
              "%-" + width + "s  %,.0f%s %s (%s in %s: %s)%n",
              entry.getKey(),
              score.score(),
              // JMH gives no error for a single iteration.
              Double.isNaN(score.error())
                  ? ""
                  : String.format(Locale.ROOT, " ± %,.0f", score.error()),
              score.unit(),
              counted(score.iterations(), "iteration"),
              counted(score.forks().size(), "fork"),
              joined(score.forks(), "%,.0f")));
    }
    Map.Entry<String, Score> first = scores.entrySet().iterator().next();
    for (Map.Entry<String, Score> other : scores.entrySet()) {
      if (other.getKey().equals(first.getKey())) {
        continue;
      }
      boolean firstLarger = first.getValue().score() >= other.getValue().score();
      Map.Entry<String, Score> larger = firstLarger ? first : other;
      Map.Entry<String, Score> smaller = firstLarger ? other : first;
      List<Double> byRound = new ArrayList<>();
      List<Double> largerForks = larger.getValue().forks();
      List<Double> smallerForks = smaller.getValue().forks();
      for (int round = 0; round < Math.min(largerForks.size(), smallerForks.size()); round++) {
        byRound.add(largerForks.get(round) / smallerForks.get(round));
      }
      out.append(
          String.format(
              Locale.ROOT,
              "%s against %s: %.2fx (round by round: %s)%n",
              larger.getKey(),
              smaller.getKey(),
              larger.getValue().score() / smaller.getValue().score(),
              joined(byRound, "%.2fx")));
    }
    return out.toString().stripTrailing();
  }

  private static String counted(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  private static String joined(List<Double> values, String format) {
    List<String> parts = new ArrayList<>();
    for (double value : values) {
      parts.add(String.format(Locale.ROOT, format, value));
    }
    return String.join(", ", parts);
  }

  private static int iterations(Collection<BenchmarkResult> forks) {
    int n = 0;
    for (BenchmarkResult fork : forks) {
      n += fork.getIterationResults().size();
    }
    return n;
  }

  /** A benchmark method of {@link ThroughputBenchmark}, checked. */
  private static String benchmarkName(String name) {
    List<String> known = new ArrayList<>();
    for (Method method : ThroughputBenchmark.class.getMethods()) {
      if (method.isAnnotationPresent(Benchmark.class)) {
        known.add(method.getName());
      }
    }
    if (known.contains(name)) {
      return name;
    }
    known.sort(null);
    throw new IllegalArgumentException(
        "'" + name + "' is not a benchmark of ThroughputBenchmark; its benchmarks are " + known);
  }

  private static RunResult runOneFork(CommandLineOptions options, String name)
      throws RunnerException {
    String pattern =
        "^" + ThroughputBenchmark.class.getName().replace(".", "\\.") + "\\." + name + "$";
    Collection<RunResult> runs =
        new Runner(new OptionsBuilder().parent(options).include(pattern).forks(1).build()).run();
    if (runs.size() != 1) {
      throw new IllegalStateException(
          "JMH ran " + runs.size() + " benchmarks for " + pattern + ", expected one");
    }
    return runs.iterator().next();
  }
}
