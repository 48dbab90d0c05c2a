package io.sharedcx.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Compares two builds of the engine side by side in one JVM: each class path (a {@code benchmarks.jar},
 * or a class directory before one) is loaded by a class loader of its own, each builds the default
 * engine and the same 1,000 generated journeys, and the two assess them in turn, round after round,
 * each going first every other round. It prints the CPU time per journey of the assessing thread for
 * each, and their ratio: the median of the rounds after the first third (warm-up) and its quartiles.
 * Taking turns in one process puts the JIT, the collector and other load on the machine on both alike,
 * which two JMH runs minutes apart on a shared machine do not.
 *
 * <p>A class path may end in {@code #naive} or {@code #reference}: that side then runs the naive
 * embedding or the hand-written reference of that build on the same journeys, one at a time, as {@link
 * ThroughputBenchmark} does, instead of the engine; {@code #cases} runs the engine's {@link
 * io.sharedcx.engine.Assessor} on them one at a time with their window cases taken, as {@code
 * ThroughputBenchmark.assessorOneByOne} and the Flink job do (on the whole pack's rule base, window
 * case rules included). Each side has its own class loader, so Drools' code the two sides share is
 * compiled for each apart, as in JMH's forks. Run such a pairing both ways: on JDK 17 the order has
 * moved the ratio by 2 to 22 % against the engine, the side built second cheaper (and by 5 % with the
 * naive embedding on both sides); on JDK 25 the naive pairing did not move. The two orders bracket the
 * ratio.
 *
 * <pre>
 * java -cp cx-benchmarks/target/benchmarks.jar io.sharedcx.benchmarks.JarComparison \
 *     old/benchmarks.jar new/benchmarks.jar 90
 * java -cp cx-benchmarks/target/benchmarks.jar io.sharedcx.benchmarks.JarComparison \
 *     cx-benchmarks/target/benchmarks.jar#naive cx-benchmarks/target/benchmarks.jar 60
 * </pre>
 */
public final class JarComparison {
  private JarComparison() {}

  /** Assessments of the journeys per build per round. */
  private static final int PER_ROUND = 3;

  /**
   * What one side runs over the journeys: the engine, the naive embedding, the reference, or the
   * engine's assessor taking window cases.
   */
  enum Evaluator {
    ENGINE,
    NAIVE,
    REFERENCE,
    CASES
  }

  /** One side: a class path and what it runs. */
  record Side(String classPath, Evaluator evaluator) {
    /**
     * Reads {@code spec}: a class path, optionally ending in {@code #engine}, {@code #naive}, {@code
     * #reference} or {@code #cases}.
     */
    static Side of(String spec) {
      int hash = spec.lastIndexOf('#');
      if (hash < 0) {
        return new Side(spec, Evaluator.ENGINE);
      }
      String name = spec.substring(hash + 1);
      for (Evaluator evaluator : Evaluator.values()) {
        if (evaluator.name().equalsIgnoreCase(name)) {
          return new Side(spec.substring(0, hash), evaluator);
        }
      }
      throw new IllegalArgumentException(
          "unknown evaluator '"
              + name
              + "' in "
              + spec
              + ": use #engine, #naive, #reference or #cases");
    }
  }

  /** One pass over the journeys. */
  private interface Pass {
    void run() throws ReflectiveOperationException;
  }

  private record Build(String name, ClassLoader loader, Pass pass) {
    /** Assesses the journeys {@link #PER_ROUND} times; returns the thread's CPU nanoseconds. */
    long run(ThreadMXBean threads) throws ReflectiveOperationException {
      Thread.currentThread().setContextClassLoader(loader);
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < PER_ROUND; i++) {
        pass.run();
      }
      return threads.getCurrentThreadCpuTime() - start;
    }
  }

  /**
   * Runs the comparison.
   *
   * @param args the first build's class path, the second's (entries separated by {@code :}), and the
   *     rounds (default 90)
   * @throws ReflectiveOperationException when a build lacks the engine or the generator
   * @throws MalformedURLException when a class path entry is not a path
   */
  public static void main(String[] args)
      throws ReflectiveOperationException, MalformedURLException {
    if (args.length < 2) {
      System.err.println("usage: JarComparison FIRST_CLASS_PATH SECOND_CLASS_PATH [ROUNDS]");
      System.exit(2);
    }
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 90;
    Side firstSide;
    Side secondSide;
    try {
      firstSide = Side.of(args[0]);
      secondSide = Side.of(args[1]);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    Build first = build(firstSide);
    Build second = build(secondSide);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Double> ratios = new ArrayList<>();
    long firstTotal = 0;
    long secondTotal = 0;
    int journeys = ThroughputBenchmark.JOURNEYS * PER_ROUND;
    for (int round = 0; round < rounds; round++) {
      long a;
      long b;
      if (round % 2 == 0) {
        a = first.run(threads);
        b = second.run(threads);
      } else {
        b = second.run(threads);
        a = first.run(threads);
      }
      if (round >= rounds / 3) {
        ratios.add((double) b / a);
        firstTotal += a;
        secondTotal += b;
      }
      if (round % 10 == 9) {
        System.out.printf(
            "round %d: %s %.1f us, %s %.1f us of CPU per journey%n",
            round + 1, first.name(), a / 1e3 / journeys, second.name(), b / 1e3 / journeys);
      }
    }
    Collections.sort(ratios);
    int n = ratios.size();
    System.out.printf(
        "%s against %s, CPU per journey over the last %d rounds: median ratio %.3f (quartiles %.3f"
            + " to %.3f), ratio of the totals %.3f%n",
        second.name(),
        first.name(),
        n,
        ratios.get(n / 2),
        ratios.get(n / 4),
        ratios.get(3 * n / 4),
        (double) secondTotal / firstTotal);
    int[] interval = ThreadScaling.medianInterval(n);
    System.out.printf(
        "95 %% interval of the median %.3f to %.3f; %s takes %.2f times the CPU per journey of %s"
            + " (the median's inverse)%n",
        ratios.get(interval[0]),
        ratios.get(interval[1]),
        first.name(),
        1 / ratios.get(n / 2),
        second.name());
  }

  private static Build build(Side side) throws ReflectiveOperationException, MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String entry : side.classPath().split(":")) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    ClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    Class<?> generator = loader.loadClass("io.sharedcx.test.SyntheticPortfolios");
    Object portfolio =
        generator
            .getMethod("portfolio", int.class)
            .invoke(
                generator.getConstructor(long.class).newInstance(42L),
                ThroughputBenchmark.JOURNEYS);
    Class<?> portfolioType = loader.loadClass("io.sharedcx.model.Portfolio");
    Pass pass;
    if (side.evaluator() == Evaluator.ENGINE) {
      Object engine = defaultEngine(loader);
      Method assess = engine.getClass().getMethod("assess", portfolioType);
      pass = () -> assess.invoke(engine, portfolio);
    } else if (side.evaluator() == Evaluator.CASES) {
      // One assessor for the side, as a stream's task keeps one: each journey in turn, as of its
      // observation, its window cases taken.
      Object engine = defaultEngine(loader);
      Object assessor =
          engine.getClass().getMethod("assessor", portfolioType).invoke(engine, portfolio);
      Class<?> journeyType = loader.loadClass("io.sharedcx.model.Journey");
      Method assess =
          assessor
              .getClass()
              .getMethod("assess", journeyType, java.time.Instant.class, Consumer.class);
      Method observedUntil = journeyType.getMethod("observedUntil");
      List<?> journeys = (List<?>) portfolioType.getMethod("journeys").invoke(portfolio);
      List<Object> cases = new ArrayList<>();
      pass =
          () -> {
            for (Object journey : journeys) {
              assess.invoke(
                  assessor, journey, observedUntil.invoke(journey), (Consumer<Object>) cases::add);
            }
            cases.clear();
          };
    } else {
      // The naive embedding and the reference assess one journey at a time, as in
      // ThroughputBenchmark.
      Class<?> type =
          loader.loadClass(
              side.evaluator() == Evaluator.NAIVE
                  ? "io.sharedcx.benchmarks.NaiveEmbedding"
                  : "io.sharedcx.benchmarks.ReferenceEvaluator");
      Object evaluator = type.getConstructor().newInstance();
      Method assess =
          type.getMethod("assess", portfolioType, loader.loadClass("io.sharedcx.model.Journey"));
      List<?> journeys = (List<?>) portfolioType.getMethod("journeys").invoke(portfolio);
      pass =
          () -> {
            for (Object journey : journeys) {
              assess.invoke(evaluator, portfolio, journey);
            }
          };
    }
    pass.run();
    String name =
        side.evaluator() == Evaluator.ENGINE
            ? side.classPath()
            : side.classPath() + " (" + side.evaluator().name().toLowerCase(Locale.ROOT) + ")";
    return new Build(name, loader, pass);
  }

  /** The default engine of the build {@code loader} loads: {@code CxEngine.builder().build()}. */
  private static Object defaultEngine(ClassLoader loader) throws ReflectiveOperationException {
    Class<?> engineType = loader.loadClass("io.sharedcx.engine.CxEngine");
    Object builder = engineType.getMethod("builder").invoke(null);
    return builder.getClass().getMethod("build").invoke(builder);
  }
}
