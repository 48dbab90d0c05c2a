package io.sharedcx.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.json.CxJson;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's usage snippet, verbatim, so it keeps compiling and running. */
class ReadmeSnippetTest {

  @Test
  void readmeSnippet_compilesAndFindsTheFlashSaleViolations() {
    Path dir = Path.of("src/main/resources/io/sharedcx/examples/scenarios");
    // --- README snippet (with the file under the scenarios folder) ---
    Portfolio portfolio = CxJson.readPortfolio(dir.resolve("flash-sale-split-order.json"));
    CxEngine engine =
        CxEngine.builder().build(); // the default standard pack, compiled at build time
    Assessment assessment =
        engine.assess(portfolio); // immutable: violations, recommendations, standards run
    for (Violation v : assessment.violations()) {
      System.out.printf(
          "%s %s against %s: %s%n", v.standard(), v.severity(), v.responsibleParty(), v.message());
    }
    for (Recommendation r : assessment.recommendations()) {
      System.out.printf("%s owns: %s (due %s)%n", r.owner(), r.action(), r.dueBy());
    }
    // --- end of snippet ---
    assertThat(assessment.violations()).hasSize(4);
  }
}
