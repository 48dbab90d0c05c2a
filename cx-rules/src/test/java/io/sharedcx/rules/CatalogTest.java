package io.sharedcx.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.engine.StandardInfo;
import io.sharedcx.engine.internal.RuleBase;
import io.sharedcx.engine.internal.RuleMetadata;
import io.sharedcx.model.Term;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Keeps every standard a folder of three things: its rules with complete metadata, its tests (Java, and a
 * scenario file {@code <ID>.test.json} at its DRL's path under src/test/resources, run by cx-test's
 * PackScenariosTest), and a doc page with the fixed sections. Also keeps the generated catalog, docs/standards/README.md, and each page's Configuration table (unit and allowed values of every threshold) current:
 * run {@code mvn -pl cx-rules -am verify -Dtest=CatalogTest -Dcatalog.write=true -Dsurefire.failIfNoSpecifiedTests=false}
 * to rewrite it.
 */
class CatalogTest {
  static final Path DOCS = Path.of("../docs/standards");
  static final Path TESTS = Path.of("src/test/java");
  static final Path SCENARIOS = Path.of("src/test/resources/io/sharedcx/rules");
  static final List<String> SECTIONS =
      List.of(
          "## Summary",
          "## Rationale",
          "## How to comply",
          "## Configuration",
          "## Responsibility",
          "## Related standards");

  static final Map<String, StandardInfo> STANDARDS = CxEngine.builder().build().standards();

  static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    for (KiePackage pkg : RuleBase.defaultPack().kieBase().getKiePackages()) {
      rules.addAll(pkg.getRules());
    }
    return rules;
  }

  @Test
  void everyRule_hasCompleteMetadata() {
    List<String> problems = new ArrayList<>();
    for (Rule rule : rules()) {
      String kind = RuleMetadata.value(rule, "kind");
      String where = "rule '" + rule.getName() + "' in " + rule.getPackageName();
      if ("aggregation".equals(kind)) {
        continue;
      }
      if ("recommendation".equals(kind)
          && rule.getPackageName().equals("io.sharedcx.rules.common")) {
        continue; // shared recommendations (the window plan) serve every standard
      }
      if (RuleMetadata.value(rule, "standard") == null) {
        problems.add(where + " has no @standard(...)");
        continue;
      }
      if (!"recommendation".equals(kind) && !"case".equals(kind)) {
        if (RuleMetadata.value(rule, "severity") == null) {
          problems.add(where + " has no @severity(...)");
        }
        if (RuleMetadata.value(rule, "title") == null) {
          problems.add(where + " has no @title(...)");
        }
      }
    }
    assertThat(problems).as("rules with incomplete metadata").isEmpty();
  }

  @Test
  void eachStandard_hasOneTitleAndLivesInOneTheme() {
    Map<String, Set<String>> titles = new TreeMap<>();
    Map<String, Set<String>> themes = new TreeMap<>();
    for (Rule rule : rules()) {
      String id = RuleMetadata.value(rule, "standard");
      if (id == null) {
        continue;
      }
      String title = RuleMetadata.value(rule, "title");
      if (title != null) {
        titles.computeIfAbsent(id, k -> new TreeSet<>()).add(title);
      }
      themes.computeIfAbsent(id, k -> new TreeSet<>()).add(rule.getPackageName());
    }
    assertThat(titles)
        .as("standards whose rules disagree on the title")
        .allSatisfy((id, t) -> assertThat(t).hasSize(1));
    assertThat(themes)
        .as("standards spread over several themes (a duplicated id?)")
        .allSatisfy((id, t) -> assertThat(t).hasSize(1));
  }

  @Test
  void thePack_hasTheWholeCatalog() {
    assertThat(STANDARDS).hasSizeGreaterThanOrEqualTo(28);
    assertThat(STANDARDS.values())
        .extracting(StandardInfo::theme)
        .containsOnly("access", "fulfilment", "promise", "service");
  }

  @Test
  void everyStandard_hasATest() throws IOException {
    String tests;
    try (Stream<Path> files = Files.walk(TESTS)) {
      tests =
          files
              .filter(f -> f.toString().endsWith(".java") && !f.endsWith("CatalogTest.java"))
              .map(CatalogTest::read)
              .collect(Collectors.joining("\n"));
    }
    assertThat(STANDARDS.keySet())
        .as("standards no test names")
        .allSatisfy(id -> assertThat(tests).contains("\"" + id + "\""));
  }

  @Test
  void everyStandard_hasAScenarioFileAtItsThemesPath_thatFiresAndStaysSilent_andNoneIsOrphaned()
      throws IOException {
    for (StandardInfo standard : STANDARDS.values()) {
      Path file = SCENARIOS.resolve(standard.theme()).resolve(standard.id() + ".test.json");
      assertThat(file).as("scenario file of " + standard.id()).exists();
      String text = read(file);
      assertThat(text)
          .as(file + " runs its standard alone")
          .contains("\"standards\": [\"" + standard.id() + "\"]");
      assertThat(text)
          .as(file + " has a case that fires")
          .contains("\"standard\": \"" + standard.id() + "\"");
      assertThat(text).as(file + " has a case that finds nothing").contains("\"expect\": []");
    }
    try (Stream<Path> files = Files.walk(SCENARIOS)) {
      assertThat(files.filter(f -> f.getFileName().toString().endsWith(".test.json")))
          .as("scenario files for standards the pack does not have, or in another theme's folder")
          .allSatisfy(
              f -> {
                String id = f.getFileName().toString().replace(".test.json", "");
                assertThat(STANDARDS).containsKey(id);
                assertThat(f.getParent().getFileName().toString())
                    .isEqualTo(STANDARDS.get(id).theme());
              });
    }
  }

  @Test
  void everyStandard_hasADocPageWithTheFixedSections_andNoPageIsOrphaned() throws IOException {
    for (String id : STANDARDS.keySet()) {
      Path page = DOCS.resolve(id + ".md");
      assertThat(page).as("doc page of " + id).exists();
      String text = read(page);
      assertThat(text)
          .as(page + " heading")
          .startsWith("# " + id + ": " + STANDARDS.get(id).title());
      assertThat(text).as(page + " sections").contains(SECTIONS);
    }
    try (Stream<Path> pages = Files.list(DOCS)) {
      assertThat(pages.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md")))
          .as("doc pages for standards the pack does not have")
          .allSatisfy(n -> assertThat(STANDARDS).containsKey(n.replace(".md", "")));
    }
  }

  @Test
  void generatedCatalog_isCurrent() throws IOException {
    String expected = catalog();
    Path file = DOCS.resolve("README.md");
    if (Boolean.getBoolean("catalog.write")) {
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertThat(file)
        .as(
            "docs/standards/README.md is missing or stale: regenerate it with "
                + "mvn -pl cx-rules -am verify -Dtest=CatalogTest -Dcatalog.write=true -Dsurefire.failIfNoSpecifiedTests=false")
        .exists();
    assertThat(read(file))
        .as(
            "docs/standards/README.md is stale: regenerate it with "
                + "mvn -pl cx-rules -am verify -Dtest=CatalogTest -Dcatalog.write=true -Dsurefire.failIfNoSpecifiedTests=false")
        .isEqualTo(expected);
  }

  static String catalog() {
    StringBuilder out = new StringBuilder();
    out.append("# The standard pack\n\n");
    out.append(
        "Generated from the rules' metadata and default thresholds by `CatalogTest`; do not edit by hand.\n\n");
    out.append(STANDARDS.size()).append(" standards.\n\n");
    out.append(
        "| id | theme | severity | title | defaults: value, unit, allowed values (source) |\n"
            + "|---|---|---|---|---|\n");
    STANDARDS.values().stream()
        .sorted(
            (a, b) ->
                a.theme().equals(b.theme())
                    ? a.id().compareTo(b.id())
                    : a.theme().compareTo(b.theme()))
        .forEach(
            s ->
                out.append("| [")
                    .append(s.id())
                    .append("](")
                    .append(s.id())
                    .append(".md) | ")
                    .append(s.theme())
                    .append(" | ")
                    .append(s.severity())
                    .append(" | ")
                    .append(s.title())
                    .append(" | ")
                    .append(
                        s.defaults().isEmpty()
                            ? "-"
                            : s.defaults().stream()
                                .map(CatalogTest::term)
                                .collect(Collectors.joining("; ")))
                    .append(" |\n"));
    return out.toString();
  }

  static String term(Term t) {
    return t.key()
        + " = "
        + t.value().stripTrailingZeros().toPlainString()
        + " "
        + t.unit()
        + ", "
        + STANDARDS.get(t.standard()).ranges().get(t.key())
        + " ("
        + t.provenance().source()
        + ")";
  }

  /**
   * The Configuration table of a standard's page: each threshold with its default, unit, the values an
   * agreement may set and the default's source.
   */
  static String configuration(StandardInfo s) {
    StringBuilder out =
        new StringBuilder("| key | default | unit | allowed | source |\n|---|---|---|---|---|\n");
    for (Term t : s.defaults()) {
      out.append("| `")
          .append(t.key())
          .append("` | ")
          .append(t.value().stripTrailingZeros().toPlainString())
          .append(" | ")
          .append(t.unit())
          .append(" | ")
          .append(s.ranges().get(t.key()))
          .append(" | ")
          .append(
              t.provenance().url() == null
                  ? t.provenance().source()
                  : "[" + t.provenance().source() + "](" + t.provenance().url() + ")")
          .append(" |\n");
    }
    return out.toString();
  }

  /** {@code page} with its Configuration table (the first table that starts with "| key |") replaced by {@code table}. */
  static String withConfiguration(String page, String table) {
    int start = page.indexOf("\n| key |");
    if (start < 0) {
      return page;
    }
    start++;
    int end = start;
    while (end < page.length() && page.startsWith("|", end)) {
      int next = page.indexOf('\n', end);
      end = next < 0 ? page.length() : next + 1;
    }
    return page.substring(0, start) + table + page.substring(end);
  }

  @Test
  void everyDocPage_showsEachThresholdWithItsUnitAndAllowedValues() throws IOException {
    for (StandardInfo s : STANDARDS.values()) {
      Path page = DOCS.resolve(s.id() + ".md");
      String text = read(page);
      if (s.defaults().isEmpty()) {
        assertThat(text).as(page + " has no thresholds to show").doesNotContain("\n| key |");
        continue;
      }
      String expected = withConfiguration(text, configuration(s));
      if (Boolean.getBoolean("catalog.write")) {
        Files.writeString(page, expected, StandardCharsets.UTF_8);
        text = expected;
      }
      assertThat(text)
          .as(
              page
                  + ": the Configuration table is stale: regenerate it with mvn -pl cx-rules -am verify"
                  + " -Dtest=CatalogTest -Dcatalog.write=true -Dsurefire.failIfNoSpecifiedTests=false")
          .contains(configuration(s));
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
