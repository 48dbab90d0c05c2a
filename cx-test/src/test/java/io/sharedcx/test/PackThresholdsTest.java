package io.sharedcx.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.engine.StandardInfo;
import io.sharedcx.model.Term;
import io.sharedcx.model.finding.AppliedThreshold;
import io.sharedcx.model.finding.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every standard of the pack with a default threshold shows it on a violation of its own scenario file
 * ({@code <ID>.test.json}): the violation lists the threshold with the value, unit and source in force.
 */
class PackThresholdsTest {
  static final CxEngine PACK = CxEngine.builder().build();

  static Stream<StandardInfo> standardsWithThresholds() {
    return PACK.standards().values().stream().filter(s -> !s.defaults().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standardsWithThresholds")
  void everyStandardWithAThreshold_showsItOnATestedViolation(StandardInfo standard) {
    Path file =
        PackScenariosTest.PACK.resolve(standard.theme()).resolve(standard.id() + ".test.json");
    Map<String, Term> defaults =
        standard.defaults().stream().collect(Collectors.toMap(Term::key, t -> t));

    List<AppliedThreshold> shown = new ArrayList<>();
    for (Scenario scenario : Scenario.read(file)) {
      CxEngine engine =
          scenario.standards().isEmpty()
              ? PACK
              : CxEngine.builder().only(scenario.standards().toArray(String[]::new)).build();
      List<Violation> violations =
          scenario.window().isPresent()
              ? engine.assessWindow(scenario.portfolio(), scenario.window().get()).violations()
              : engine.assess(scenario.portfolio()).violations();
      for (Violation v : violations) {
        for (AppliedThreshold t : v.thresholds()) {
          if (t.standard().equals(standard.id())) {
            shown.add(t);
          }
        }
      }
    }

    assertThat(shown)
        .as("thresholds of %s on the violations of %s", standard.id(), file)
        .isNotEmpty();
    for (AppliedThreshold t : shown) {
      Term byDefault = defaults.get(t.key());
      assertThat(byDefault).as("a default for %s/%s", t.standard(), t.key()).isNotNull();
      assertThat(t.unit()).isEqualTo(byDefault.unit());
      if (!t.agreed()) {
        assertThat(t.value()).isEqualTo(byDefault.asDouble());
        assertThat(t.provenance()).isEqualTo(byDefault.provenance());
      }
    }
  }
}
