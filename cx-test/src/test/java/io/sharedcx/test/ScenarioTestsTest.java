package io.sharedcx.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The JUnit factory: one container per file, one test per case, clear failures, and no silent empty runs. */
class ScenarioTestsTest {
  @TestFactory
  Stream<DynamicNode> scenarioFiles_onTheClassPath() {
    return ScenarioTests.onClassPath("scenarios/classpath");
  }

  @Test
  void noScenarioFile_failsTheFactory(@TempDir Path empty) {
    assertThatThrownBy(() -> ScenarioTests.under(empty))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "no scenario file (*.test.json) under "
                + empty.toAbsolutePath()
                + ". Maybe check the path, or "
                + "that the files end in .test.json");
    assertThatThrownBy(() -> ScenarioTests.onClassPath("no/such/folder"))
        .hasMessageStartingWith(
            "no scenario file (*.test.json) on the class path under no/such/folder.");
  }

  @Test
  void aFileIsAContainerOfItsCases_namedForIt() {
    List<DynamicNode> nodes = ScenarioTests.under(ScenarioRunnerTest.resource("gift")).toList();
    assertThat(nodes)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.getDisplayName()).isEqualTo("ACME-GIFT-NOTE.test.json");
              assertThat(n.getTestSourceUri())
                  .contains(ScenarioRunnerTest.resource("gift/ACME-GIFT-NOTE.test.json").toUri());
              assertThat(((DynamicContainer) n).getChildren().map(DynamicNode::getDisplayName))
                  .containsExactly("a gift parcel without a note", "a gift parcel with its note");
            });
  }

  @Test
  void aFailingCase_failsWithTheDifferences_andExpectedVersusActual(@TempDir Path dir)
      throws Exception {
    Files.writeString(
        dir.resolve("crushed.test.json"),
        "{\"name\": \"crushed\", \"standards\": "
            + "[\"PROMISE-PACKAGING-PROTECTIVE\"], \"portfolio\": "
            + ScenarioRunnerTest.crushedParcelJson()
            + ", \"expect\": [{\"standard\": \"PROMISE-PACKAGING-PROTECTIVE\", \"party\": \"post\"}]}");
    Executable test = onlyTest(ScenarioTests.under(dir));
    assertThatThrownBy(test::execute)
        .isInstanceOfSatisfying(
            AssertionFailedError.class,
            e -> {
              assertThat(e.getMessage())
                  .startsWith(
                      "FAIL crushed ("
                          + dir.resolve("crushed.test.json")
                          + ")\n"
                          + "  - expected PROMISE-PACKAGING-PROTECTIVE against post x1, found x0\n"
                          + "  + unexpected PROMISE-PACKAGING-PROTECTIVE against gourmet x1\n"
                          + "  found: \n    - PROMISE-PACKAGING-PROTECTIVE HIGH against gourmet");
              assertThat(e.getExpected().getStringRepresentation())
                  .isEqualTo("PROMISE-PACKAGING-PROTECTIVE against post x1");
              assertThat(e.getActual().getStringRepresentation())
                  .startsWith("- PROMISE-PACKAGING-PROTECTIVE HIGH against gourmet");
            });
  }

  @Test
  void anUnreadableFile_isOneFailingTest_andTheOthersStillRun(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a-bad.test.json"), "{\"portfolio\": {}, \"expectt\": []}");
    Files.copy(
        ScenarioRunnerTest.resource("bad/unknown-standard.test.json"), dir.resolve("b.test.json"));
    List<DynamicNode> nodes = ScenarioTests.under(dir).toList();
    assertThat(nodes).hasSize(2);
    assertThat(nodes.get(0)).isInstanceOf(DynamicTest.class);
    assertThatThrownBy(((DynamicTest) nodes.get(0)).getExecutable()::execute)
        .hasMessage(
            dir.resolve("a-bad.test.json")
                + ":1:19: at $: unknown field \"expectt\". Maybe expect");
    assertThat(nodes.get(1)).isInstanceOf(DynamicContainer.class);
  }

  static Executable onlyTest(Stream<DynamicNode> nodes) {
    List<DynamicNode> all = nodes.toList();
    assertThat(all).hasSize(1);
    List<DynamicNode> tests =
        ((DynamicContainer) all.get(0)).getChildren().map(n -> (DynamicNode) n).toList();
    assertThat(tests).hasSize(1);
    return ((DynamicTest) tests.get(0)).getExecutable();
  }
}
