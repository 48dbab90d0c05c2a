package io.sharedcx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.test.SyntheticPortfolios;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessEachTest {

  @Test
  void assessEach_givesTheSameFindingsAsAssess_andAccountsForEveryJourney() {
    SyntheticPortfolios generator = new SyntheticPortfolios(5);
    Portfolio portfolio = generator.portfolio(500);
    CxEngine engine = CxEngine.builder().build();
    List<Violation> streamed = new ArrayList<>();
    BatchResult result =
        engine.assessEach(
            generator.parties(), generator.journeys(500), a -> streamed.addAll(a.violations()));
    Assessment whole = engine.assess(portfolio);
    assertThat(result.read()).isEqualTo(500);
    assertThat(result.assessed() + result.failed()).isEqualTo(result.read());
    assertThat(result.violations()).isEqualTo(whole.violations().size()).isPositive();
    assertThat(streamed).containsExactlyInAnyOrderElementsOf(whole.violations());
  }
}
