package io.sharedcx.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.json.CxJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippets keep compiling, running and saying what the README says. A snippet marked
 * {@code <!-- snippet: NAME from PATH -->} in the README must equal, line for line, the code between
 * {@code // snippet: NAME} and {@code // end snippet} in that source file.
 */
class ReadmeSnippetTest {
  static final Path ROOT = Path.of("..");
  static final Pattern README_SNIPPET =
      Pattern.compile(
          "<!-- snippet: (\\S+) from (\\S+) -->\\s*\\n```java\\n(.*?)```", Pattern.DOTALL);

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

  @Test
  void portfolioInJava_findsThePackagingAndTheLateRelay() {
    Assessment assessment = DamagedBlender.assess();

    assertThat(assessment.journeysAssessed()).containsExactly("blender-order");
    assertThat(assessment.violations())
        .extracting(v -> v.standard() + " against " + v.responsibleParty())
        .containsExactlyInAnyOrder(
            "PROMISE-PACKAGING-PROTECTIVE against quickship",
            "SERVICE-COMPLAINT-RELAY against brightline");
    assertThat(assessment.recommendations()).isNotEmpty();
  }

  @Test
  void readme_showsThePortfolioBuiltInJava() throws IOException {
    assertThat(snippets())
        .extracting(s -> s.name)
        .as("README snippets marked <!-- snippet: NAME from PATH -->")
        .contains("portfolio-in-java");
  }

  @Test
  void readmeSnippets_equalTheirSourceBetweenMarkers() throws IOException {
    for (Snippet snippet : snippets()) {
      List<String> source = between(snippet);
      List<String> readme = snippet.lines;
      for (int i = 0; i < Math.max(source.size(), readme.size()); i++) {
        String want = i < source.size() ? source.get(i) : "(nothing)";
        String got = i < readme.size() ? readme.get(i) : "(nothing)";
        if (!want.equals(got)) {
          fail(
              "README snippet '%s' differs from %s at its line %d:%n  README: %s%n  source: %s%n"
                  + "Maybe copy the code between the markers of %s into the README again.",
              snippet.name, snippet.file, i + 1, got, want, snippet.file);
        }
      }
    }
  }

  /** A snippet of the README: its name, the source file it is copied from, and its lines. */
  record Snippet(String name, String file, List<String> lines) {}

  static List<Snippet> snippets() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<Snippet> found = new ArrayList<>();
    Matcher m = README_SNIPPET.matcher(readme);
    while (m.find()) {
      found.add(new Snippet(m.group(1), m.group(2), m.group(3).lines().toList()));
    }
    return found;
  }

  /** The source lines between {@code // snippet: NAME} and {@code // end snippet}, dedented. */
  static List<String> between(Snippet snippet) throws IOException {
    List<String> source = Files.readAllLines(ROOT.resolve(snippet.file), StandardCharsets.UTF_8);
    int start = -1;
    for (int i = 0; i < source.size(); i++) {
      if (source.get(i).trim().equals("// snippet: " + snippet.name)) {
        start = i + 1;
      } else if (start >= 0 && source.get(i).trim().equals("// end snippet")) {
        List<String> body = source.subList(start, i);
        int indent =
            body.stream()
                .filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min()
                .orElse(0);
        return body.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList();
      }
    }
    throw new AssertionError(
        snippet.file
            + " has no lines between '// snippet: "
            + snippet.name
            + "' and '// end snippet'. Maybe put the markers back around the README's code.");
  }
}
