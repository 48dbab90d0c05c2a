package io.sharedcx.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.test.SyntheticPortfolios;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class StandardCostTest {
  private static final SortedSet<String> TWO =
      new TreeSet<>(List.of("DELIVERY-ON-TIME", "SHIP-ON-TIME-DISPATCH"));

  @Test
  void eachStandardGetsARowWithTheFindingsItMakes() {
    Portfolio portfolio = new SyntheticPortfolios(7).portfolio(40);
    Assessment both = CxEngine.builder().only(TWO.toArray(String[]::new)).build().assess(portfolio);

    List<StandardCost.Row> rows = StandardCost.measure(portfolio, TWO, 3);

    assertThat(rows)
        .extracting(StandardCost.Row::standard)
        .containsExactlyInAnyOrder("DELIVERY-ON-TIME", "SHIP-ON-TIME-DISPATCH", StandardCost.NONE);
    assertThat(rows).isSortedAccordingTo((a, b) -> Double.compare(a.ratio(), b.ratio()));
    for (StandardCost.Row row : rows) {
      assertThat(row.low()).isLessThanOrEqualTo(row.ratio());
      assertThat(row.high()).isGreaterThanOrEqualTo(row.ratio());
      assertThat(row.violations())
          .isEqualTo(
              both.violations().stream().filter(v -> v.standard().equals(row.standard())).count());
      assertThat(row.obligations())
          .isEqualTo(
              both.obligations().stream().filter(o -> o.standard().equals(row.standard())).count());
      assertThat(row.recommendations())
          .isEqualTo(
              both.recommendations().stream()
                  .filter(r -> r.standard().equals(row.standard()))
                  .count());
    }
    assertThat(rows.stream().mapToLong(StandardCost.Row::obligations).sum()).isPositive();
    StandardCost.Row none =
        rows.stream().filter(r -> r.standard().equals(StandardCost.NONE)).findFirst().orElseThrow();
    assertThat(none.violations() + none.recommendations() + none.obligations()).isZero();
  }

  @Test
  void noRoundsIsRefusedWithWhatToGive() {
    Portfolio portfolio = new SyntheticPortfolios(7).portfolio(2);
    assertThatThrownBy(() -> StandardCost.measure(portfolio, TWO, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rounds must be 1 or more, not 0")
        .hasMessageContaining("Maybe give 15");
  }
}
