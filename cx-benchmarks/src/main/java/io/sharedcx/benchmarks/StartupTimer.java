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
import org.jspecify.annotations.Nullable;

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
 *
 * <p>With {@code -Dcx.startup.aotJava=PATH}, the {@code java} of a JDK 24 or newer, the probe and {@code
 * cx assess} also run on that JDK with its ahead-of-time cache ({@code -XX:AOTCache}, JEP 483 and 515:
 * classes loaded and linked, lambdas and string concatenations resolved, method profiles kept), made
 * by a training run with {@code -XX:AOTCacheOutput}; each against that JDK's own bare start, timed in
 * the same rounds. Those runs use {@code -XX:AOTMode=on}, so a cache the JVM cannot use fails the run.
 */
public final class StartupTimer {
  private StartupTimer() {}

  /**
   * One way of starting, timed in every round.
   *
   * @param bare the bare start of the same JDK, whose medians this one's are divided by; null for the
   *     bare starts themselves
   */
  private record Variant(
      String name, List<String> command, boolean inProcess, @Nullable Variant bare) {}

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
    List<String> bareStart = List.of("-cp", classPath, BareStart.class.getName());
    List<String> probe = List.of("-cp", classPath, StartupProbe.class.getName());
    run(command(java, probe, "-XX:ArchiveClassesAtExit=" + probeArchive), false);
    if (!Files.exists(probeArchive)) {
      throw new IllegalStateException("the training run made no archive at " + probeArchive);
    }
    List<Variant> variants = new ArrayList<>();
    Variant bare = new Variant("bare JVM start", command(java, bareStart), true, null);
    variants.add(bare);
    variants.add(
        new Variant(
            "first assessment (probe), no archive",
            command(java, probe, "-Xshare:auto"),
            true,
            bare));
    variants.add(
        new Variant(
            "first assessment (probe), with archive",
            command(java, probe, "-XX:SharedArchiveFile=" + probeArchive, "-Xshare:on"),
            true,
            bare));
    Path cliJar = args.length > 2 ? Path.of(args[1]).toAbsolutePath() : null;
    List<String> assess =
        cliJar != null
            ? List.of(
                "-jar", cliJar.toString(), "assess", Path.of(args[2]).toAbsolutePath().toString())
            : null;
    if (cliJar != null) {
      Path cliArchive = cliJar.resolveSibling("cx.jsa");
      variants.add(
          new Variant("cx assess (cx.jar), no archive", command(java, assess), false, bare));
      if (Files.exists(cliArchive)) {
        variants.add(
            new Variant(
                "cx assess (cx.jar), with cx.jsa",
                command(java, assess, "-XX:SharedArchiveFile=" + cliArchive, "-Xshare:on"),
                false,
                bare));
      } else {
        System.out.println("no " + cliArchive + ": cx assess is timed without an archive only");
      }
    }
    String aotJava = System.getProperty("cx.startup.aotJava");
    List<Path> caches = new ArrayList<>();
    if (aotJava != null && !aotJava.isBlank()) {
      String version = javaVersion(aotJava);
      if (version.matches("\\d+(\\D.*)?") && Integer.parseInt(version.split("\\D", 2)[0]) < 24) {
        throw new IllegalArgumentException(
            "cx.startup.aotJava="
                + aotJava
                + " is JDK "
                + version
                + ", which has no ahead-of-time cache (it came with JDK 24). Maybe point it at the"
                + " java of a JDK 24 or newer");
      }
      String jdk = "JDK " + version;
      System.out.println("also on " + jdk + " (" + aotJava + ") with its ahead-of-time cache");
      Path probeCache = work.resolve("probe.aot");
      caches.add(probeCache);
      train(aotJava, probeCache, probe);
      Variant newerBare =
          new Variant("bare JVM start, " + jdk, command(aotJava, bareStart), true, null);
      variants.add(newerBare);
      variants.add(
          new Variant(
              "first assessment (probe), " + jdk + ", no cache",
              command(aotJava, probe),
              true,
              newerBare));
      variants.add(
          new Variant(
              "first assessment (probe), " + jdk + ", AOT cache",
              command(aotJava, probe, "-XX:AOTCache=" + probeCache, "-XX:AOTMode=on"),
              true,
              newerBare));
      if (assess != null) {
        Path cliCache = work.resolve("cx.aot");
        caches.add(cliCache);
        train(aotJava, cliCache, assess);
        variants.add(
            new Variant(
                "cx assess (cx.jar), " + jdk + ", AOT cache",
                command(aotJava, assess, "-XX:AOTCache=" + cliCache, "-XX:AOTMode=on"),
                false,
                newerBare));
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
    System.out.printf(
        "medians of %d rounds (ratios to the bare JVM start of the same JDK, same run):%n", runs);
    for (Variant variant : variants) {
      List<long[]> own = times.get(variant);
      List<long[]> base = times.get(variant.bare() == null ? variant : variant.bare());
      long wall = median(own, 1);
      double wallRatio = ratio(wall, median(base, 1));
      if (variant.inProcess()) {
        long ms = median(own, 0);
        System.out.printf(
            "  %-52s JVM start to done %,6d ms (%5.1fx), process wall clock %,6d ms (%5.1fx)%n",
            variant.name(), ms, ratio(ms, median(base, 0)), wall, wallRatio);
      } else {
        System.out.printf(
            "  %-52s %31s process wall clock %,6d ms (%5.1fx)%n",
            variant.name(), "", wall, wallRatio);
      }
    }
    for (Path cache : caches) {
      Files.deleteIfExists(cache);
    }
    Files.deleteIfExists(probeArchive);
    Files.deleteIfExists(work);
  }

  /** {@return the command that runs {@code program} on {@code java} with the JVM's {@code options}} */
  private static List<String> command(String java, List<String> program, String... options) {
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(List.of(options));
    command.addAll(program);
    return command;
  }

  /** Makes an ahead-of-time cache with a training run of {@code java} and {@code arguments}. */
  private static void train(String java, Path cache, List<String> arguments)
      throws IOException, InterruptedException {
    run(command(java, arguments, "-XX:AOTCacheOutput=" + cache), false);
    if (!Files.exists(cache)) {
      throw new IllegalStateException(
          "the training run made no AOT cache at "
              + cache
              + ". Maybe "
              + java
              + " is older than JDK 24, which brought the cache");
    }
  }

  /** {@return the version a JDK's {@code release} file gives, or "newer" when it has none} */
  private static String javaVersion(String java) throws IOException {
    Path release = Path.of(java).toAbsolutePath().getParent().resolveSibling("release");
    if (Files.isReadable(release)) {
      for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
        if (line.startsWith("JAVA_VERSION=")) {
          return line.substring("JAVA_VERSION=".length()).replace("\"", "");
        }
      }
    }
    return "newer";
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
