package io.sharedcx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharedcx.engine.internal.RuleBase;
import io.sharedcx.model.Complaint;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Order;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Window;
import io.sharedcx.model.json.CxJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A first small assessment runs on a KieBase of only the rules its portfolio's facts can reach, and
 * finds exactly what the whole pack finds. The portfolios are those of every standard's scenario file;
 * each is assessed on a rule base no other has built, as in a new process.
 */
class ReachingTest {
  private static final Path SCENARIOS = Path.of("src/test/resources/io/sharedcx/rules");
  private static final Window WIDE =
      Window.of(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"));

  /** Every scenario's portfolio, by file and scenario name. */
  private static final Map<String, Portfolio> PORTFOLIOS = new TreeMap<>();

  /** An engine whose rule base has its whole KieBase built, so it never builds a part. */
  private static CxEngine whole;

  @BeforeAll
  static void readTheScenariosAndBuildTheWholePack() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(SCENARIOS)) {
      walk.filter(f -> f.toString().endsWith(".test.json")).sorted().forEach(files::add);
    }
    for (Path file : files) {
      for (JsonNode scenario : json.readTree(file.toFile()).path("scenarios")) {
        String name = file.getFileName() + ": " + scenario.path("name").asText();
        PORTFOLIOS.put(name, CxJson.readPortfolio(scenario.path("portfolio").toString(), name));
      }
    }
    RuleBase pack = RuleBase.loadDefaultPack();
    pack.matches(Journey.class); // reads, so builds, its whole KieBase
    assertThat(pack.isBuilt()).isTrue();
    whole = CxEngine.over(pack);
  }

  @Test
  void everyScenarioPortfolioFindsWhatTheWholePackFinds() {
    int onPart = 0;
    for (Map.Entry<String, Portfolio> scenario : PORTFOLIOS.entrySet()) {
      Portfolio portfolio = scenario.getValue();
      RuleBase fresh = RuleBase.loadDefaultPack();
      boolean part = fresh.reaching(portfolio) != fresh;
      CxEngine engine = CxEngine.over(fresh);
      assertThat(engine.assess(portfolio)).as(scenario.getKey()).isEqualTo(whole.assess(portfolio));
      assertThat(engine.assessWindow(portfolio, WIDE))
          .as("%s, window", scenario.getKey())
          .isEqualTo(whole.assessWindow(portfolio, WIDE));
      assertThat(fresh.isBuilt())
          .as("%s: whether the whole pack's KieBase was built", scenario.getKey())
          .isEqualTo(!part);
      onPart += part ? 1 : 0;
    }
    assertThat(PORTFOLIOS).hasSizeGreaterThan(50);
    assertThat(onPart).as("portfolios assessed on part of the pack").isGreaterThan(50);
  }

  @Test
  void aPortfolioReachingMoreGetsTheWholePackFromThenOn() {
    Portfolio orders = first(p -> has(p, Order.class) && !has(p, Complaint.class));
    Portfolio complaints = first(p -> has(p, Complaint.class));
    RuleBase fresh = RuleBase.loadDefaultPack();
    RuleBase part = fresh.reaching(orders);
    assertThat(part).isNotSameAs(fresh);
    assertThat(fresh.reaching(orders)).isSameAs(part);
    assertThat(fresh.reaching(complaints)).isSameAs(fresh);
    assertThat(fresh.reaching(orders)).isSameAs(fresh);
    Assessment assessed = CxEngine.over(fresh).assess(complaints);
    assertThat(fresh.isBuilt()).isTrue();
    assertThat(assessed).isEqualTo(whole.assess(complaints));
  }

  @Test
  void aRuleBaseWhoseWholeKieBaseIsBuiltIsAlwaysItself() {
    RuleBase fresh = RuleBase.loadDefaultPack();
    fresh.matches(Journey.class);
    assertThat(fresh.reaching(first(p -> has(p, Order.class)))).isSameAs(fresh);
  }

  private static Portfolio first(java.util.function.Predicate<Portfolio> wanted) {
    return PORTFOLIOS.values().stream().filter(wanted).findFirst().orElseThrow();
  }

  private static boolean has(Portfolio portfolio, Class<? extends Touchpoint> kind) {
    return portfolio.journeys().stream()
        .flatMap(j -> j.touchpoints().stream())
        .anyMatch(kind::isInstance);
  }
}
