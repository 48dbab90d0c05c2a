package io.sharedcx.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures JVM start to first assessment: runs {@link StartupProbe} in {@code runs} separate processes
 * (default 7) on this JVM's class path and prints each time, the wall-clock time of each process, and
 * the medians.
 */
public final class StartupTimer {
  private StartupTimer() {}

  /**
   * Runs the probe.
   *
   * @param args optional number of runs
   * @throws IOException when a process cannot start
   * @throws InterruptedException when interrupted
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    List<Long> inProcess = new ArrayList<>();
    List<Long> wall = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      Process process =
          new ProcessBuilder(java, "-cp", classPath, StartupProbe.class.getName())
              .redirectErrorStream(true)
              .start();
      String line;
      long ms = -1;
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        while ((line = out.readLine()) != null) {
          if (line.startsWith("startup-ms ")) {
            ms = Long.parseLong(line.split(" ")[1]);
          }
        }
      }
      int exit = process.waitFor();
      long wallMs = (System.nanoTime() - start) / 1_000_000;
      if (exit != 0 || ms < 0) {
        throw new IllegalStateException("probe run " + i + " failed with exit code " + exit);
      }
      inProcess.add(ms);
      wall.add(wallMs);
      System.out.printf(
          "run %d: JVM start to first assessment %d ms (process wall clock %d ms)%n",
          i + 1, ms, wallMs);
    }
    System.out.printf(
        "median of %d: JVM start to first assessment %d ms, process wall clock %d ms%n",
        runs, median(inProcess), median(wall));
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
