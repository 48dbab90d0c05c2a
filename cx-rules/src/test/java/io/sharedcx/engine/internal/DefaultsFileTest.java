package io.sharedcx.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Unit;
import io.sharedcx.model.json.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Defaults files are checked when they are read: every mistake at its line and column. */
class DefaultsFileTest {
  static String file(String fields) {
    return "[\n  {\"standard\": \"ACME-X\", \"key\": \"maxHours\", "
        + fields
        + ",\n   \"provenance\": {\"origin\": \"DEFAULT\", \"source\": \"Acme\"}}\n]\n";
  }

  static InputException only(DefaultsFile read) {
    assertThat(read.defaults()).isEmpty();
    assertThat(read.problems()).hasSize(1);
    return read.problems().get(0);
  }

  @Test
  void read_aSoundDefault_withItsNarrowedRange() {
    DefaultsFile read =
        DefaultsFile.read(
            file("\"value\": 0.5, \"unit\": \"FRACTION\", \"above\": 0"), "ACME-X.json", "ACME-X");
    assertThat(read.problems()).isEmpty();
    assertThat(read.defaults())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.term().unit()).isEqualTo(Unit.FRACTION);
              assertThat(d.range()).hasToString("above 0, at most 1");
            });
  }

  @Test
  void read_aDefaultWithoutUnit_isAProblemAtThatTerm() {
    InputException e = only(DefaultsFile.read(file("\"value\": 4"), "ACME-X.json", "ACME-X"));
    assertThat(e.getMessage())
        .isEqualTo(
            "ACME-X.json:2:3: at $[0]: default ACME-X/maxHours has no unit. Maybe add \"unit\": one"
                + " of HOURS, DAYS, FRACTION, MONEY, COUNT, FACTOR, CELSIUS");
  }

  @Test
  void read_aUnitThatIsNoUnit_isAProblemAtTheUnit() {
    InputException e =
        only(
            DefaultsFile.read(
                file("\"value\": 4, \"unit\": \"PERCENT\""), "ACME-X.json", "ACME-X"));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.path()).isEqualTo("$[0].unit");
    assertThat(e.problem()).startsWith("cannot read 'PERCENT' as a unit. Maybe one of: HOURS");
  }

  @Test
  void read_aDefaultOfAnotherStandard_isAProblem() {
    InputException e =
        only(DefaultsFile.read(file("\"value\": 4, \"unit\": \"HOURS\""), "ACME-Y.json", "ACME-Y"));
    assertThat(e.getMessage())
        .isEqualTo(
            "ACME-Y.json:2:16: at $[0].standard: default of ACME-X in the defaults file of ACME-Y."
                + " Maybe move it to ACME-X.json, or write \"ACME-Y\"");
  }

  @Test
  void read_boundsThatWidenTheUnit_orClash_orADefaultOutsideItsRange_areProblems() {
    assertThat(
            only(DefaultsFile.read(
                    file("\"value\": 0.5, \"unit\": \"FRACTION\", \"max\": 2"), "A.json", null))
                .problem())
        .isEqualTo(
            "'max' 2 is outside what a FRACTION allows (from 0 to 1). Maybe a bound from 0 to 1: a"
                + " default may narrow its unit's range, never widen it");
    assertThat(
            only(DefaultsFile.read(
                    file("\"value\": 0.5, \"unit\": \"FRACTION\", \"min\": 0, \"above\": 0"),
                    "A.json",
                    null))
                .path())
        .isEqualTo("$[0].above");
    assertThat(
            only(DefaultsFile.read(file("\"value\": 2.5, \"unit\": \"COUNT\""), "A.json", null))
                .problem())
        .isEqualTo(
            "default ACME-X/maxHours = 2.5 is outside its own range (a whole number, at least 0)."
                + " Maybe a whole number, at least 0, or a wider range");
    assertThat(
            only(DefaultsFile.read(
                    file("\"value\": 1, \"unit\": \"HOURS\", \"min\": \"1\""), "A.json", null))
                .path())
        .isEqualTo("$[0].min");
  }

  @Test
  void read_theSameDefaultTwice_isAProblemAtTheSecond() {
    String twice =
        "[\n  {\"standard\": \"ACME-X\", \"key\": \"k\", \"value\": 1, \"unit\": \"COUNT\","
            + " \"provenance\": {\"origin\": \"DEFAULT\", \"source\": \"a\"}},\n"
            + "  {\"standard\": \"ACME-X\", \"key\": \"k\", \"value\": 2, \"unit\": \"COUNT\","
            + " \"provenance\": {\"origin\": \"DEFAULT\", \"source\": \"b\"}}\n]";
    DefaultsFile read = DefaultsFile.read(twice, "ACME-X.json", "ACME-X");
    assertThat(read.defaults()).hasSize(1);
    assertThat(read.problems())
        .singleElement()
        .satisfies(e -> assertThat(e.getMessage()).startsWith("ACME-X.json:3:"))
        .satisfies(
            e ->
                assertThat(e.problem())
                    .isEqualTo("default ACME-X/k is given twice. Maybe remove one of them"));
  }

  @Test
  void read_somethingElseThanAnArrayOfTerms_isAProblem() {
    assertThat(only(DefaultsFile.read("{}", "A.json", null)).problem())
        .startsWith("a defaults file is an array of terms");
    assertThat(only(DefaultsFile.read("[1]", "A.json", null)).path()).isEqualTo("$[0]");
    assertThat(only(DefaultsFile.read("[", "A.json", null)).getMessage()).startsWith("A.json:1:");
  }

  @Test
  void everyDefaultsFileOfThePack_isSound_andDeclaresAUnit() throws IOException {
    ClassLoader loader = RuleBase.class.getClassLoader();
    int terms = 0;
    for (String id : RuleBase.defaultPack().standards().keySet()) {
      try (InputStream in = loader.getResourceAsStream(String.format(RuleBase.DEFAULTS, id))) {
        if (in == null) {
          continue;
        }
        DefaultsFile read =
            DefaultsFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), id, id);
        assertThat(read.problems()).as(id).isEmpty();
        terms += read.defaults().size();
      }
    }
    assertThat(terms).isEqualTo(RuleBase.defaultPack().defaults().size()).isGreaterThan(40);
  }
}
