package io.sharedcx.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.report.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cx test}: runs scenario test files ({@code *.test.json}: a portfolio and the findings expected,
 * by standard and responsible party) and prints PASS or FAIL per scenario, with a diff on failure. DRL
 * files in a directory given are compiled with the pack for the scenarios in it. Fails when no scenario ran.
 */
@Command(name = "test", description = "Run scenario test files (*.test.json); DRL files beside them are loaded.")
final class TestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Scenario test files or directories.")
  List<Path> paths;

  @Mixin
  RulesOption rules;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    int passed = 0;
    int failed = 0;
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new IllegalArgumentException(path + " does not exist. Maybe check the path.");
      }
      CxEngine.Builder builder = rules.builder();
      List<Path> tests = new ArrayList<>();
      try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
        for (Path file : files.sorted().toList()) {
          if (file.toString().endsWith(".test.json")) {
            tests.add(file);
          }
        }
      }
      if (tests.isEmpty()) {
        continue;
      }
      if (Files.isDirectory(path) && containsDrl(path)) {
        builder.addRules(path);
      }
      CxEngine engine = null;
      for (Path test : tests) {
        Scenario scenario = Scenario.read(test);
        CxEngine run = scenario.standards.isEmpty()
            ? (engine == null ? engine = builder.build() : engine)
            : engineFor(path, rules, scenario.standards);
        List<String> diff = scenario.check(run.assess(scenario.portfolio));
        if (diff.isEmpty()) {
          passed++;
          out.printf("PASS %s (%s)%n", Printable.escape(scenario.name), Printable.escape(test));
        } else {
          failed++;
          out.printf("FAIL %s (%s)%n", Printable.escape(scenario.name), Printable.escape(test));
          diff.forEach(line -> out.println("  " + Printable.escape(line)));
        }
      }
    }
    out.printf("%d passed, %d failed%n", passed, failed);
    out.flush();
    if (passed + failed == 0) {
      spec.commandLine().getErr().println("cx: no scenario ran: give *.test.json files or directories holding them");
      spec.commandLine().getErr().flush();
      return Cx.FINDINGS;
    }
    return failed == 0 ? Cx.OK : Cx.FINDINGS;
  }

  private static boolean containsDrl(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".drl"));
    }
  }

  /** An engine with the directory's rules that runs only {@code standards}. */
  private static CxEngine engineFor(Path path, RulesOption rules, List<String> standards) throws IOException {
    CxEngine.Builder builder = rules.builder();
    if (Files.isDirectory(path) && containsDrl(path)) {
      builder.addRules(path);
    }
    return builder.only(standards.toArray(String[]::new)).build();
  }

  /** A scenario test file. */
  static final class Scenario {
    static final ObjectMapper MAPPER = CxJson.mapper();

    String name;
    List<String> standards = new ArrayList<>();
    Portfolio portfolio;
    Map<String, Integer> expected = new TreeMap<>();
    boolean exhaustive = true;

    static Scenario read(Path file) throws IOException {
      JsonNode root;
      try {
        root = MAPPER.readTree(file.toFile());
      } catch (IOException e) {
        throw new IllegalArgumentException(file + ": not valid JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
      }
      Scenario s = new Scenario();
      s.name = root.path("name").asText(file.getFileName().toString());
      root.path("standards").forEach(n -> s.standards.add(n.asText()));
      if (!root.has("portfolio")) {
        throw new IllegalArgumentException(file + ": no \"portfolio\". Maybe wrap the facts in {\"portfolio\": {...}}");
      }
      s.portfolio = CxJson.read(MAPPER.writeValueAsString(root.get("portfolio")), file + " $.portfolio", Portfolio.class);
      if (!root.has("expect")) {
        throw new IllegalArgumentException(file + ": no \"expect\". Maybe add \"expect\": [] for a scenario that must find nothing");
      }
      for (JsonNode e : root.get("expect")) {
        if (!e.has("standard") || !e.has("party")) {
          throw new IllegalArgumentException(file + ": each expected finding needs \"standard\" and \"party\"");
        }
        s.expected.merge(key(e.get("standard").asText(), e.get("party").asText()), e.path("count").asInt(1),
            Integer::sum);
      }
      s.exhaustive = root.path("exhaustive").asBoolean(true);
      return s;
    }

    static String key(String standard, String party) {
      return standard + " against " + party;
    }

    /** The differences between the expected and the actual findings; empty when the scenario passes. */
    List<String> check(Assessment assessment) {
      List<String> diff = new ArrayList<>();
      assessment.failures().forEach(f -> diff.add("journey " + f.journey() + " failed: " + f.message()));
      Map<String, Integer> actual = new TreeMap<>();
      for (Violation v : assessment.violations()) {
        actual.merge(key(v.standard(), v.responsibleParty()), 1, Integer::sum);
      }
      expected.forEach((k, n) -> {
        int got = actual.getOrDefault(k, 0);
        if (got != n) {
          diff.add("- expected " + k + " x" + n + ", found x" + got);
        }
      });
      if (exhaustive) {
        actual.forEach((k, n) -> {
          if (!expected.containsKey(k)) {
            diff.add("+ unexpected " + k + " x" + n);
          }
        });
      }
      return diff;
    }
  }
}
