package io.sharedcx.benchmarks;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Portfolio;
import io.sharedcx.test.SyntheticPortfolios;
import java.lang.management.ManagementFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Random;

/**
 * The engine's throughput second by second, beside three small probes of the machine taken right after
 * each second: hashing (the core alone), a random walk over 4 MiB (the shared cache) and one over 128
 * MiB (main memory), with the engine's own collection and compilation time in that second. On a shared
 * machine it tells whether a slow stretch of the engine is the host's (the cache and memory probes slow
 * with it, collection and compilation do not change) or the engine's own.
 *
 * <pre>
 * java -Xmx4g -cp cx-benchmarks/target/benchmarks.jar io.sharedcx.benchmarks.HostContention 240
 * </pre>
 *
 * <p>Each line: seconds since the start, the engine's journeys per second, hashes of 4 KiB per second,
 * thousands of cache-walk steps per second, thousands of memory-walk steps per second, and the
 * milliseconds of collection and of compilation in that second.
 */
public final class HostContention {
  private HostContention() {}

  private static final long PROBE_NANOS = 200_000_000L;

  private static long sink;

  /**
   * Runs for the given number of seconds of engine time (default 240).
   *
   * @param args the seconds
   * @throws NoSuchAlgorithmException never: every JDK has SHA-256
   */
  public static void main(String[] args) throws NoSuchAlgorithmException {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 240;
    Portfolio portfolio = new SyntheticPortfolios(42).portfolio(ThroughputBenchmark.JOURNEYS);
    CxEngine engine = CxEngine.builder().build();
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    byte[] block = new byte[4096];
    Random random = new Random(1);
    int[] cacheWalk = cycle(1 << 20, random);
    int[] memoryWalk = cycle(32 << 20, random);
    long gcBefore = WindowScaling.collectionMillis();
    long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    long t0 = System.nanoTime();
    System.out.println("s engine/s hashes/s cache-k/s memory-k/s gc-ms jit-ms");
    for (int s = 0; s < seconds; s++) {
      long start = System.nanoTime();
      long journeys = 0;
      while (System.nanoTime() - start < 1_000_000_000L) {
        journeys += engine.assess(portfolio).journeysAssessed().size();
      }
      double engineRate = journeys / ((System.nanoTime() - start) / 1e9);
      start = System.nanoTime();
      long hashes = 0;
      while (System.nanoTime() - start < PROBE_NANOS) {
        digest.update(block);
        hashes++;
      }
      sink += digest.digest()[0];
      double hashRate = hashes / ((System.nanoTime() - start) / 1e9);
      double cacheRate = walk(cacheWalk);
      double memoryRate = walk(memoryWalk);
      long gc = WindowScaling.collectionMillis();
      long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
      System.out.printf(
          Locale.ROOT,
          "%d %.0f %.0f %.0f %.0f %d %d%n",
          (System.nanoTime() - t0) / 1_000_000_000L,
          engineRate,
          hashRate,
          cacheRate,
          memoryRate,
          gc - gcBefore,
          jit - jitBefore);
      gcBefore = gc;
      jitBefore = jit;
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  /** A random single cycle through {@code size} slots: each holds the index of the next. */
  private static int[] cycle(int size, Random random) {
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int[] next = new int[size];
    for (int i = 0; i < size; i++) {
      next[order[i]] = order[(i + 1) % size];
    }
    return next;
  }

  /** Thousands of dependent loads per second walking {@code next}. */
  private static double walk(int[] next) {
    long start = System.nanoTime();
    long steps = 0;
    int at = 0;
    while (System.nanoTime() - start < PROBE_NANOS) {
      for (int k = 0; k < 10_000; k++) {
        at = next[at];
      }
      steps += 10_000;
    }
    sink += at;
    return steps / ((System.nanoTime() - start) / 1e9) / 1000;
  }
}
