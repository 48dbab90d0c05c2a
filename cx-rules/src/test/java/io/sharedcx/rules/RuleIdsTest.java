package io.sharedcx.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.engine.internal.RuleBase;
import io.sharedcx.engine.internal.RuleMetadata;
import io.sharedcx.model.Channel;
import io.sharedcx.model.finding.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Violations carry the id of the rule kind that made them, and rules that react to violations select on
 * that id: renaming a rule's display name must never reroute a recommendation.
 */
class RuleIdsTest {
  static final Path PACK = Path.of("src/main/resources/io/sharedcx/rules");

  /** A {@code Violation( ... )} pattern, up to its closing parenthesis (patterns in the pack do not nest parentheses deeper than calls). */
  static final Pattern VIOLATION_PATTERN =
      Pattern.compile("Violation\\s*\\(((?:[^()]|\\([^()]*\\))*)\\)");

  static final Pattern BY_NAME =
      Pattern.compile("(?<![\\w.])rule\\s*(==|!=|matches|in\\b|not\\s+in\\b)");

  @Test
  void noPackRule_selectsViolationsByRuleName() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(PACK)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
        Matcher m = VIOLATION_PATTERN.matcher(Files.readString(file));
        while (m.find()) {
          if (BY_NAME.matcher(m.group(1)).find()) {
            offenders.add(PACK.relativize(file) + ": Violation(" + m.group(1).strip() + ")");
          }
        }
      }
    }
    assertThat(offenders)
        .as("patterns selecting violations by rule display name; use ruleId == \"...\"")
        .isEmpty();
  }

  @Test
  void theCheck_catchesASelectionByName() {
    String drl = "$v : Violation( standard == \"X\", rule != \"Some display name\" )";
    Matcher m = VIOLATION_PATTERN.matcher(drl);
    assertThat(m.find()).isTrue();
    assertThat(BY_NAME.matcher(m.group(1)).find()).isTrue();
    Matcher byId =
        VIOLATION_PATTERN.matcher("$v : Violation( standard == \"X\", ruleId != \"window-rate\" )");
    assertThat(byId.find()).isTrue();
    assertThat(BY_NAME.matcher(byId.group(1)).find()).isFalse();
  }

  @Test
  void everyViolationRuleOfThePack_hasAnIdUniqueWithinItsStandard() {
    Map<String, Set<String>> idsByStandard = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (KiePackage pkg : RuleBase.defaultPack().kieBase().getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        if (RuleMetadata.value(rule, "severity") == null) {
          continue;
        }
        String id = RuleMetadata.value(rule, "id");
        String standard = RuleMetadata.value(rule, "standard");
        if (id == null) {
          problems.add("rule '" + rule.getName() + "' has no @id(...)");
        } else if (!idsByStandard.computeIfAbsent(standard, k -> new TreeSet<>()).add(id)) {
          problems.add("rule '" + rule.getName() + "': @id(" + id + ") repeats within " + standard);
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(idsByStandard).containsKey("SHIP-ON-TIME-DISPATCH");
  }

  @Test
  void violation_carriesTheRulesId_andACustomRuleWithoutOne_getsItsName() {
    String custom =
        """
        package com.acme.cx;
        import io.sharedcx.model.Shipment;
        global io.sharedcx.authoring.Findings findings;
        // A parcel shipped by the test party is a violation: a custom rule without an @id.
        rule "Parcel of the test party"
            @standard(ACME-TEST)
            @severity(LOW)
            @title(Test parcels)
        when
            $s : Shipment( packedBy == "tester" )
        then
            findings.violation(kcontext, $s.packedBy(), "packed it", "Parcel " + $s.id() + ".", $s);
        end
        """;
    CxEngine engine = CxEngine.builder().addRules("custom.drl", custom).build();
    List<Violation> violations =
        engine
            .assess(
                Given.journey()
                    .with(
                        Given.order("o1", "tester", 0).expectedShipBy(Given.at(24)).build(),
                        Given.shipment("s1", "o1", "tester", 60)
                            .shippedAt(Given.at(60))
                            .channel(Channel.PARCEL)
                            .build())
                    .portfolio())
            .violations();
    assertThat(violations)
        .filteredOn(v -> v.standard().equals("ACME-TEST"))
        .singleElement()
        .satisfies(v -> assertThat(v.ruleId()).isEqualTo("Parcel of the test party"));
    assertThat(violations)
        .filteredOn(v -> v.rule().equals("Shipped after the expected ship date"))
        .singleElement()
        .satisfies(v -> assertThat(v.ruleId()).isEqualTo("shipped-after-the-expected-ship-date"));
  }
}
