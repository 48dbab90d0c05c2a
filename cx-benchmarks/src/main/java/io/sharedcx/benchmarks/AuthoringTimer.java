package io.sharedcx.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures a rule author's loop: {@code cx check} and {@code cx test} of the ~50-line custom standard of
 * cx-examples ({@code io/sharedcx/examples/authoring}), with a cold compile cache (a new, empty cache
 * directory per run) and a warm one (a directory the first run filled), against {@code cx assess} of the
 * same scenario's portfolio with the prebuilt pack alone. Each run is a separate {@code java -jar cx.jar}
 * process timed by wall clock; it prints each run, then the medians and their ratios to assess.
 *
 * <p>Arguments: the path of {@code cx.jar} (built by {@code mvn -DskipTests package -pl cx-cli -am}) and
 * optionally the number of runs per command (default 5).
 */
public final class AuthoringTimer {
  private static final String FOLDER = "io/sharedcx/examples/authoring/";
  private static final List<String> FILES =
      List.of(
          "gift-standard.drl",
          "ACME-GIFT-NOTE.json",
          "gift-without-note.test.json",
          "gift-portfolio.json");

  private AuthoringTimer() {}

  /**
   * Runs the measurements.
   *
   * @param args the path of cx.jar, then optionally the number of runs per command
   * @throws IOException when a file cannot be written or a process cannot start
   * @throws InterruptedException when interrupted
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length < 1) {
      throw new IllegalArgumentException("usage: AuthoringTimer CX_JAR [RUNS]");
    }
    Path cxJar = Path.of(args[0]);
    if (!Files.isRegularFile(cxJar)) {
      throw new IllegalArgumentException(
          cxJar + " is not a file. Maybe build it: mvn -DskipTests package -pl cx-cli -am");
    }
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path work = Files.createTempDirectory("cx-authoring");
    try {
      Path rules = work.resolve("rules");
      Files.createDirectories(rules);
      for (String name : FILES) {
        try (InputStream in =
            AuthoringTimer.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
          if (in == null) {
            throw new IllegalStateException(
                "no resource " + FOLDER + name + " (is cx-examples built?)");
          }
          Files.copy(in, rules.resolve(name));
        }
      }
      Path scenario = rules.resolve("gift-without-note.test.json");
      Path portfolio = rules.resolve("gift-portfolio.json");
      Files.move(portfolio, work.resolve("gift-portfolio.json"));
      portfolio = work.resolve("gift-portfolio.json");
      Path warm = work.resolve("warm-cache");

      long assess = median("cx assess", runs, cxJar, List.of("assess", portfolio.toString()), null);
      long checkCold =
          median("cx check (cold cache)", runs, cxJar, List.of("check", rules.toString()), work);
      run(cxJar, withCache(List.of("check", rules.toString()), warm));
      long checkWarm =
          median(
              "cx check (warm cache)",
              runs,
              cxJar,
              withCache(List.of("check", rules.toString()), warm),
              null);
      long testCold =
          median("cx test (cold cache)", runs, cxJar, List.of("test", scenario.toString()), work);
      long testWarm =
          median(
              "cx test (warm cache)",
              runs,
              cxJar,
              withCache(List.of("test", scenario.toString()), warm),
              null);

      System.out.printf("median of %d runs, process wall clock:%n", runs);
      System.out.printf("  cx assess              %6d ms%n", assess);
      for (Object[] row :
          new Object[][] {
            {"cx check (cold cache)", checkCold},
            {"cx check (warm cache)", checkWarm},
            {"cx test (cold cache) ", testCold},
            {"cx test (warm cache) ", testWarm}
          }) {
        long ms = (Long) row[1];
        System.out.printf("  %s  %6d ms  %.2fx assess%n", row[0], ms, (double) ms / assess);
      }
    } finally {
      delete(work);
    }
  }

  private static List<String> withCache(List<String> command, Path cache) {
    List<String> all = new ArrayList<>(command);
    all.add(1, "--cache-dir=" + cache);
    return all;
  }

  /** The median wall clock of {@code runs} runs; with {@code coldIn}, each run gets a new empty cache there. */
  private static long median(String label, int runs, Path cxJar, List<String> command, Path coldIn)
      throws IOException, InterruptedException {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      List<String> args =
          coldIn == null
              ? command
              : withCache(command, Files.createTempDirectory(coldIn, "cold-cache"));
      long ms = run(cxJar, args);
      times.add(ms);
      System.out.printf("%s run %d: %d ms%n", label, i + 1, ms);
    }
    Collections.sort(times);
    return times.get(times.size() / 2);
  }

  private static long run(Path cxJar, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(cxJar.toString());
    command.addAll(args);
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    int exit = process.waitFor();
    long ms = (System.nanoTime() - start) / 1_000_000;
    // check and test exit 0; assess exits 1 because the scenario's portfolio has findings.
    if (exit > 1) {
      throw new IllegalStateException(
          String.join(" ", args) + " exited " + exit + ":\n" + new String(output));
    }
    return ms;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
