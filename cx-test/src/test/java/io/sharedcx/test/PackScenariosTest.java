package io.sharedcx.test;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The pack's scenario files, one {@code <ID>.test.json} per standard, run through the kit's JUnit factory.
 * They live in cx-rules' test resources at the same path as the standards' DRL (cx-rules' CatalogTest
 * requires one per standard); cx-rules cannot run them itself, since the kit depends on it.
 */
class PackScenariosTest {
  static final Path PACK = Path.of("../cx-rules/src/test/resources/io/sharedcx/rules");

  @TestFactory
  Stream<DynamicNode> everyStandard_firesOnItsCasesAndStaysSilentOnTheOthers() {
    return ScenarioTests.under(PACK);
  }
}
