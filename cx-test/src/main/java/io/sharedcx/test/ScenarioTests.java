package io.sharedcx.test;

import io.sharedcx.engine.CxEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Scenario test files as JUnit 5 dynamic tests: one container per file, one test per case, each failing
 * with the differences between the expected and the actual findings. A factory that finds no scenario
 * file fails, so a misplaced folder never passes silently.
 *
 * <pre>{@code
 * class GiftNoteScenariosTest {
 *   @TestFactory
 *   Stream<DynamicNode> scenarios() {
 *     return ScenarioTests.under(Path.of("src/test/cx"));   // DRL in that folder is compiled with the pack
 *   }
 *
 *   @TestFactory
 *   Stream<DynamicNode> onTheClassPath() {
 *     return ScenarioTests.onClassPath("com/acme/cx",
 *         () -> CxEngine.builder().addClasspathRules("com/acme/cx/gift-note.drl"));
 *   }
 * }
 * }</pre>
 */
public final class ScenarioTests {
  private ScenarioTests() {}

  /**
   * The scenario files under a directory (or one file), run like {@code cx test PATH}: DRL in the
   * directory (or beside the file) is compiled with the default pack.
   *
   * @param path a directory or a {@code *.test.json} file
   * @return the dynamic tests
   * @throws AssertionError when there is no scenario file there
   */
  public static Stream<DynamicNode> under(Path path) {
    return under(path, CxEngine::builder);
  }

  /**
   * As {@link #under(Path)}, with engines built from {@code rules} (custom rules, a replacement pack).
   *
   * @param path a directory or a {@code *.test.json} file
   * @param rules makes the engine builder
   * @return the dynamic tests
   * @throws AssertionError when there is no scenario file there
   */
  public static Stream<DynamicNode> under(Path path, Supplier<CxEngine.Builder> rules) {
    return of(
        ScenarioRunner.find(path), ScenarioRunner.with(rules), "under " + path.toAbsolutePath());
  }

  /**
   * The scenario files on the class path under a resource folder, run with the default pack.
   *
   * @param folder a resource folder such as {@code com/acme/cx}
   * @return the dynamic tests
   * @throws AssertionError when there is no scenario file there
   */
  public static Stream<DynamicNode> onClassPath(String folder) {
    return onClassPath(folder, CxEngine::builder);
  }

  /**
   * The scenario files on the class path under a resource folder, run with engines built from
   * {@code rules} (add your DRL there: DRL on the class path is not loaded automatically).
   *
   * @param folder a resource folder such as {@code com/acme/cx}
   * @param rules makes the engine builder
   * @return the dynamic tests
   * @throws AssertionError when there is no scenario file there
   */
  public static Stream<DynamicNode> onClassPath(String folder, Supplier<CxEngine.Builder> rules) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = ScenarioTests.class.getClassLoader();
    }
    return of(
        ScenarioRunner.findOnClassPath(folder, loader),
        ScenarioRunner.with(rules),
        "on the class path under " + folder);
  }

  /**
   * Dynamic tests for chosen files and a runner.
   *
   * @param files the scenario files
   * @param runner the runner
   * @param where where the files were looked for, for the message when there are none
   * @return the dynamic tests
   * @throws AssertionError when {@code files} is empty
   */
  public static Stream<DynamicNode> of(
      List<ScenarioFile> files, ScenarioRunner runner, String where) {
    if (files.isEmpty()) {
      throw new AssertionError(
          "no scenario file (*.test.json) "
              + where
              + ". Maybe check the path, or that the "
              + "files end in .test.json");
    }
    List<DynamicNode> nodes = new ArrayList<>();
    for (ScenarioFile file : files) {
      String label = file.source().substring(file.source().replace('\\', '/').lastIndexOf('/') + 1);
      List<Scenario> scenarios;
      try {
        scenarios = file.read();
      } catch (ScenarioException e) {
        nodes.add(
            DynamicTest.dynamicTest(
                label,
                file.uri(),
                () -> {
                  throw new AssertionError(e.getMessage(), e);
                }));
        continue;
      }
      List<DynamicTest> tests =
          scenarios.stream()
              .map(
                  s ->
                      DynamicTest.dynamicTest(
                          s.name(),
                          file.uri(),
                          () -> check(s, runner.run(s, file.rules().orElse(null)))))
              .toList();
      nodes.add(DynamicContainer.dynamicContainer(label, file.uri(), tests.stream()));
    }
    return nodes.stream();
  }

  private static void check(Scenario scenario, ScenarioResult result) {
    switch (result.status()) {
      case PASSED -> {}
      case ERROR -> throw new AssertionError(result.report());
      case FAILED ->
          throw new AssertionFailedError(
              result.report(),
              scenario.expected().stream()
                  .map(e -> e.describe() + " x" + e.count())
                  .collect(Collectors.joining("\n")),
              result.found().strip());
    }
  }
}
