package io.sharedcx.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharedcx.benchmarks.JarComparison.Evaluator;
import io.sharedcx.benchmarks.JarComparison.Side;
import org.junit.jupiter.api.Test;

class JarComparisonTest {
  @Test
  void aClassPathAloneRunsTheEngine() {
    assertThat(Side.of("old/benchmarks.jar:extra/classes"))
        .isEqualTo(new Side("old/benchmarks.jar:extra/classes", Evaluator.ENGINE));
  }

  @Test
  void aSuffixNamesTheNaiveEmbeddingTheReferenceOrTheAssessorTakingWindowCases() {
    assertThat(Side.of("b.jar#naive")).isEqualTo(new Side("b.jar", Evaluator.NAIVE));
    assertThat(Side.of("b.jar#Reference")).isEqualTo(new Side("b.jar", Evaluator.REFERENCE));
    assertThat(Side.of("b.jar#engine")).isEqualTo(new Side("b.jar", Evaluator.ENGINE));
    assertThat(Side.of("b.jar#cases")).isEqualTo(new Side("b.jar", Evaluator.CASES));
  }

  @Test
  void anUnknownSuffixIsNamedWithWhatToUse() {
    assertThatThrownBy(() -> Side.of("b.jar#drools"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown evaluator 'drools' in b.jar#drools: use #engine, #naive, #reference or #cases");
  }
}
