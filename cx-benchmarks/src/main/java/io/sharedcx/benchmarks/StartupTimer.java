package io.sharedcx.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures start-up against a bare JVM start, all in one run: {@link BareStart}, {@link StartupProbe}
 * (JVM start to first assessment, engine built with the default pack) without and with a class-data
 * sharing archive, and, when given the cx jar and a portfolio, {@code java -jar cx.jar assess FILE}
 * without and with the archive the build put beside the jar ({@code cx.jsa}). Each round runs every
 * variant once, in turn, so load on a shared machine falls on all of them alike; it prints each run and
 * then the medians with their ratio to the bare start.
 *
 * <p>The probe's archive is made first, by a training run of the probe with {@code
 * -XX:ArchiveClassesAtExit}, the way the build makes {@code cx.jsa}. Runs with an archive use {@code
 * -Xshare:on}, so an archive the JVM cannot map fails the run instead of being timed as a run without
 * one.
 *
 * <p>Arguments: runs (default 7), then optionally the cx jar and a portfolio file for it to assess.
 */
public final class StartupTimer {
  private StartupTimer() {}

  /** One way of starting, timed in every round. */
  private record Variant(String name, List<String> command, boolean inProcess) {}

  /**
   * Runs the rounds and prints the figures.
   *
   * @param args optional number of runs, cx jar and portfolio file
   * @throws IOException when a process cannot start
   * @throws InterruptedException when interrupted
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    for (String entry : classPath.split(File.pathSeparator)) {
      if (Files.isDirectory(Path.of(entry))) {
        // The JVM archives classes from jars only, and refuses a class path with a class directory.
        throw new IllegalArgumentException(
            "class-data archives need a class path of jars, but "
                + entry
                + " is a directory. Maybe run it from target/benchmarks.jar, as bench.sh does");
      }
    }
    Path work = Files.createTempDirectory("cx-startup");
    Path probeArchive = work.resolve("probe.jsa");
    run(
        List.of(
            java,
            "-XX:ArchiveClassesAtExit=" + probeArchive,
            "-cp",
            classPath,
            StartupProbe.class.getName()),
        false);
    if (!Files.exists(probeArchive)) {
      throw new IllegalStateException("the training run made no archive at " + probeArchive);
    }
    List<Variant> variants = new ArrayList<>();
    variants.add(
        new Variant(
            "bare JVM start", List.of(java, "-cp", classPath, BareStart.class.getName()), true));
    variants.add(
        new Variant(
            "first assessment (probe), no archive",
            List.of(java, "-Xshare:auto", "-cp", classPath, StartupProbe.class.getName()),
            true));
    variants.add(
        new Variant(
            "first assessment (probe), with archive",
            List.of(
                java,
                "-XX:SharedArchiveFile=" + probeArchive,
                "-Xshare:on",
                "-cp",
                classPath,
                StartupProbe.class.getName()),
            true));
    if (args.length > 2) {
      Path jar = Path.of(args[1]).toAbsolutePath();
      String portfolio = Path.of(args[2]).toAbsolutePath().toString();
      Path cliArchive = jar.resolveSibling("cx.jsa");
      variants.add(
          new Variant(
              "cx assess (cx.jar), no archive",
              List.of(java, "-jar", jar.toString(), "assess", portfolio),
              false));
      if (Files.exists(cliArchive)) {
        variants.add(
            new Variant(
                "cx assess (cx.jar), with cx.jsa",
                List.of(
                    java,
                    "-XX:SharedArchiveFile=" + cliArchive,
                    "-Xshare:on",
                    "-jar",
                    jar.toString(),
                    "assess",
                    portfolio),
                false));
      } else {
        System.out.println("no " + cliArchive + ": cx assess is timed without an archive only");
      }
    }
    Map<Variant, List<long[]>> times = new LinkedHashMap<>();
    variants.forEach(v -> times.put(v, new ArrayList<>()));
    for (int i = 0; i < runs; i++) {
      for (Variant variant : variants) {
        long[] t = run(variant.command(), variant.inProcess());
        times.get(variant).add(t);
        System.out.printf(
            "run %d, %s: %s process wall clock %d ms%n",
            i + 1,
            variant.name(),
            variant.inProcess() ? "JVM start to done " + t[0] + " ms," : "",
            t[1]);
      }
    }
    long bareInProcess = median(times.get(variants.get(0)), 0);
    long bareWall = median(times.get(variants.get(0)), 1);
    System.out.printf(
        "medians of %d rounds (ratios to the bare JVM start of the same run):%n", runs);
    for (Variant variant : variants) {
      long wall = median(times.get(variant), 1);
      if (variant.inProcess()) {
        long ms = median(times.get(variant), 0);
        System.out.printf(
            "  %-42s JVM start to done %,6d ms (%5.1fx), process wall clock %,6d ms (%5.1fx)%n",
            variant.name(), ms, ratio(ms, bareInProcess), wall, ratio(wall, bareWall));
      } else {
        System.out.printf(
            "  %-42s %31s process wall clock %,6d ms (%5.1fx)%n",
            variant.name(), "", wall, ratio(wall, bareWall));
      }
    }
    Files.deleteIfExists(probeArchive);
    Files.deleteIfExists(work);
  }

  /** Runs a process; {@return the milliseconds it printed as {@code startup-ms} (or -1) and its wall clock} */
  private static long[] run(List<String> command, boolean inProcess)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    long ms = -1;
    StringBuilder output = new StringBuilder();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("startup-ms ")) {
          ms = Long.parseLong(line.split(" ")[1]);
        }
        if (output.length() < 4000) {
          output.append(line).append('\n');
        }
      }
    }
    int exit = process.waitFor();
    long wall = (System.nanoTime() - start) / 1_000_000;
    // cx assess exits 1 when it has findings at or above --fail-on; without it, 0 is success.
    if (exit != 0 || (inProcess && ms < 0)) {
      throw new IllegalStateException(
          String.join(" ", command) + " failed with exit code " + exit + ":\n" + output);
    }
    return new long[] {ms, wall};
  }

  private static double ratio(long value, long bare) {
    return (double) value / Math.max(1, bare);
  }

  private static long median(List<long[]> values, int index) {
    List<Long> sorted = new ArrayList<>();
    values.forEach(v -> sorted.add(v[index]));
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
