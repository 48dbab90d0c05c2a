package io.sharedcx.test;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.engine.RuleCompilationException;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Evidence;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.finding.WindowAssessment;
import io.sharedcx.test.Scenario.ExpectedFinding;
import io.sharedcx.test.Scenario.ExpectedMetric;
import io.sharedcx.test.Scenario.Located;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Runs scenario test files: reads each case, assesses its facts with an engine of the standards it names
 * (the pack, the rules the runner was given, and the DRL beside the file), and compares the findings with
 * the ones expected. {@code cx test} and {@link ScenarioTests} both run through this class, so the command
 * line and JUnit agree. It needs neither JUnit nor AssertJ.
 *
 * <pre>{@code
 * ScenarioRunner runner = ScenarioRunner.withDefaultPack();
 * for (ScenarioFile file : ScenarioRunner.find(Path.of("src/test/cx"))) {
 *   runner.run(file).forEach(result -> System.out.println(result.report()));
 * }
 * }</pre>
 *
 * Engines are compiled once per rules directory and set of standards, and reused; a runner is safe to
 * share between threads.
 */
public final class ScenarioRunner {
  private final Supplier<CxEngine.Builder> rules;
  private final Map<String, Object> engines = new HashMap<>();

  private ScenarioRunner(Supplier<CxEngine.Builder> rules) {
    this.rules = rules;
  }

  /**
   * A runner with the default pack.
   *
   * @return the runner
   */
  public static ScenarioRunner withDefaultPack() {
    return new ScenarioRunner(CxEngine::builder);
  }

  /**
   * A runner whose engines start from {@code rules}: a new builder each call, carrying custom rules or a
   * replacement pack. DRL files beside a scenario file are added to it.
   *
   * @param rules makes the engine builder
   * @return the runner
   */
  public static ScenarioRunner with(Supplier<CxEngine.Builder> rules) {
    return new ScenarioRunner(rules);
  }

  /**
   * Finds the scenario files at {@code path}. For a directory: every {@code *.test.json} under it, with the
   * directory's rules when it holds any {@code .drl} file. For a file: the file, with the rules of its own
   * directory when a {@code .drl} file sits beside it.
   *
   * @param path a {@code *.test.json} file or a directory
   * @return the files, sorted by path; empty when there are none
   * @throws IllegalArgumentException when the path does not exist or cannot be read
   */
  public static List<ScenarioFile> find(Path path) {
    if (!Files.exists(path)) {
      throw new IllegalArgumentException(path + " does not exist. Maybe check the path.");
    }
    try {
      if (!Files.isDirectory(path)) {
        Path dir = path.toAbsolutePath().getParent();
        boolean drlBeside;
        try (Stream<Path> beside = Files.list(dir)) {
          drlBeside = beside.anyMatch(f -> f.toString().endsWith(".drl") && Files.isRegularFile(f));
        }
        return List.of(ScenarioFile.of(path, drlBeside ? dir : null));
      }
      boolean drl;
      try (Stream<Path> files = Files.walk(path)) {
        drl = files.anyMatch(f -> f.toString().endsWith(".drl"));
      }
      try (Stream<Path> files = Files.walk(path)) {
        return files
            .filter(
                f -> f.getFileName().toString().endsWith(".test.json") && Files.isRegularFile(f))
            .sorted()
            .map(f -> ScenarioFile.of(f, drl ? path : null))
            .toList();
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Finds the scenario files on the class path under a resource folder, in directories and jars alike.
   * DRL on the class path is not loaded automatically: give it to {@link #with(Supplier)}.
   *
   * @param folder a resource folder such as {@code com/acme/cx}
   * @param loader the class loader to search
   * @return the files, sorted by resource name; empty when there are none
   */
  public static List<ScenarioFile> findOnClassPath(String folder, ClassLoader loader) {
    String prefix = folder.replaceAll("^/+|/+$", "");
    Map<String, ScenarioFile> found = new TreeMap<>();
    try {
      Enumeration<URL> roots = loader.getResources(prefix);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if (root.getProtocol().equals("file")) {
          Path dir = new File(root.toURI()).toPath();
          try (Stream<Path> files = Files.walk(dir)) {
            for (Path f :
                files.filter(f -> f.getFileName().toString().endsWith(".test.json")).toList()) {
              String name =
                  prefix + "/" + dir.relativize(f).toString().replace(File.separatorChar, '/');
              found.putIfAbsent(name, ScenarioFile.of(f.toUri().toURL(), name));
            }
          }
        } else if (root.getProtocol().equals("jar")) {
          JarURLConnection connection = (JarURLConnection) root.openConnection();
          connection.setUseCaches(false);
          try (JarFile jar = connection.getJarFile()) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
              String name = entries.nextElement().getName();
              if (name.startsWith(prefix + "/") && name.endsWith(".test.json")) {
                URL url = loader.getResource(name);
                if (url != null) {
                  found.putIfAbsent(name, ScenarioFile.of(url, name));
                }
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot list " + prefix + " on the class path: " + e.getMessage(), e);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "cannot list " + prefix + " on the class path: " + e.getMessage(), e);
    }
    return List.copyOf(found.values());
  }

  /**
   * Runs every case of a file. Never throws for a bad file or rules that do not compile: that is one
   * result with status ERROR, so a run over many files always ends with a summary.
   *
   * @param file the scenario file
   * @return one result per case, in file order
   */
  public List<ScenarioResult> run(ScenarioFile file) {
    List<Scenario> scenarios;
    try {
      scenarios = file.read();
    } catch (ScenarioException e) {
      String name = file.source().substring(file.source().replace('\\', '/').lastIndexOf('/') + 1);
      return List.of(ScenarioResult.error(name, file.source(), e.getMessage()));
    }
    return scenarios.stream().map(s -> run(s, file.rules().orElse(null))).toList();
  }

  /**
   * Runs one case.
   *
   * @param scenario the case
   * @param rulesDirectory the directory whose rules are compiled with the runner's, or null for none
   * @return its result
   */
  public ScenarioResult run(Scenario scenario, @Nullable Path rulesDirectory) {
    try {
      CxEngine engine;
      try {
        engine = engine(rulesDirectory, scenario.standards());
      } catch (IllegalArgumentException unknownStandard) {
        engine = engine(rulesDirectory, List.of());
      }
      // Every engine knows all the standards of its rules, whichever it runs.
      for (Located reference : scenario.references) {
        if (!engine.standards().containsKey(reference.value())) {
          throw new ScenarioException(
              scenario.source(),
              reference.line(),
              reference.column(),
              "at "
                  + reference.path()
                  + ": no standard \""
                  + reference.value()
                  + "\" among the rules loaded"
                  + (rulesDirectory == null ? "" : " (the pack and " + rulesDirectory + ")")
                  + ". Maybe "
                  + ScenarioReader.closest(
                      reference.value(), new TreeSet<>(engine.standards().keySet())));
        }
      }
      if (scenario.window().isPresent()) {
        WindowAssessment window =
            engine.assessWindow(scenario.portfolio(), scenario.window().get());
        List<String> differences = compare(scenario, window.violations(), List.of());
        differences.addAll(compareMetrics(scenario, window.metrics()));
        return ScenarioResult.checked(
            scenario,
            differences,
            FindingText.list(window.violations())
                + "\n  metrics: "
                + FindingText.metrics(window.metrics()).replace("\n  - ", "\n    - "));
      }
      Assessment assessment = engine.assess(scenario.portfolio());
      List<String> failures =
          assessment.failures().stream()
              .map(f -> "journey " + f.journey() + " failed: " + f.message())
              .toList();
      return ScenarioResult.checked(
          scenario,
          compare(scenario, assessment.violations(), failures),
          FindingText.list(assessment.violations()));
    } catch (ScenarioException e) {
      return ScenarioResult.error(scenario.name(), scenario.source(), e.getMessage());
    } catch (RuleCompilationException e) {
      return ScenarioResult.error(
          scenario.name(),
          scenario.source(),
          "the rules "
              + (rulesDirectory == null ? "given" : "in " + rulesDirectory)
              + " do not compile: "
              + e.getMessage());
    } catch (RuntimeException e) {
      return ScenarioResult.error(
          scenario.name(), scenario.source(), "could not run: " + e.getMessage());
    }
  }

  /** The engine for a rules directory and a set of standards, compiled once; a compile failure is kept too. */
  private synchronized CxEngine engine(@Nullable Path rulesDirectory, List<String> standards) {
    String key = rulesDirectory + "\u0000" + new TreeSet<>(standards);
    Object engine =
        engines.computeIfAbsent(
            key,
            k -> {
              try {
                CxEngine.Builder builder = rules.get();
                if (rulesDirectory != null) {
                  builder.addRules(rulesDirectory);
                }
                return standards.isEmpty()
                    ? builder.build()
                    : builder.only(standards.toArray(String[]::new)).build();
              } catch (RuntimeException e) {
                return e;
              }
            });
    if (engine instanceof RuntimeException e) {
      throw e;
    }
    return (CxEngine) engine;
  }

  /** The differences between the expected and the actual violations; empty when they agree. */
  static List<String> compare(
      Scenario scenario, List<Violation> violations, List<String> failures) {
    List<String> differences = new ArrayList<>(failures);
    Map<String, ExpectedFinding> expected = new LinkedHashMap<>();
    for (ExpectedFinding e : scenario.expected()) {
      expected.merge(
          e.describe(),
          e,
          (a, b) ->
              new ExpectedFinding(a.standard(), a.party(), a.count() + b.count(), a.evidence()));
    }
    List<Violation> unmatched = new ArrayList<>(violations);
    for (ExpectedFinding e : expected.values()) {
      List<Violation> matching = violations.stream().filter(v -> matches(e, v)).toList();
      unmatched.removeAll(matching);
      if (matching.size() != e.count()) {
        differences.add(
            "- expected " + e.describe() + " x" + e.count() + ", found x" + matching.size());
        if (!e.evidence().isEmpty()) {
          violations.stream()
              .filter(
                  v -> v.standard().equals(e.standard()) && v.responsibleParty().equals(e.party()))
              .filter(v -> !matches(e, v))
              .forEach(
                  v ->
                      differences.add(
                          "  (found "
                              + e.standard()
                              + " against "
                              + e.party()
                              + " citing "
                              + FindingText.evidence(v)
                              + ")"));
        }
      }
    }
    if (scenario.exhaustive()) {
      Map<String, Integer> unexpected = new TreeMap<>();
      unmatched.forEach(
          v ->
              unexpected.merge(v.standard() + " against " + v.responsibleParty(), 1, Integer::sum));
      unexpected.forEach((k, n) -> differences.add("+ unexpected " + k + " x" + n));
    }
    return differences;
  }

  private static boolean matches(ExpectedFinding e, Violation v) {
    return v.standard().equals(e.standard())
        && v.responsibleParty().equals(e.party())
        && e.evidence().stream().allMatch(fact -> cites(v, fact));
  }

  private static boolean cites(Violation v, String fact) {
    return fact.contains(":")
        ? v.evidence().stream().map(Evidence::toString).anyMatch(fact::equals)
        : v.cites(fact);
  }

  /** The differences between the expected and the actual metrics (only the expected ones are checked). */
  static List<String> compareMetrics(Scenario scenario, List<MetricResult> metrics) {
    List<String> differences = new ArrayList<>();
    for (ExpectedMetric e : scenario.metrics()) {
      Optional<MetricResult> found =
          metrics.stream()
              .filter(m -> m.standard().equals(e.standard()) && m.party().equals(e.party()))
              .findFirst();
      if (found.isEmpty()) {
        differences.add("- expected " + e.describe() + ", found no such metric");
        continue;
      }
      MetricResult m = found.get();
      boolean countsDiffer =
          e.numerator() >= 0
              && (m.numerator() != e.numerator() || m.denominator() != e.denominator());
      if (m.status() != e.status() || countsDiffer) {
        differences.add("- expected " + e.describe() + ", found " + FindingText.of(m));
      }
    }
    return differences;
  }
}
