package io.sharedcx.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.engine.WindowOptions;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.HealthBand;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.MetricStatus;
import io.sharedcx.model.finding.Window;
import io.sharedcx.model.finding.WindowAssessment;
import io.sharedcx.model.json.CxJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled month of orders ({@value #FILE}, the month as known at noon on 22 March) judged as the README's
 * {@code cx window --periods 6} does: four-day periods, the last one still open, so every established
 * partner's metric has a trend line, a trend, a burn rate, an overall beside its accountable rate, and a
 * projection. Rewrite the file after a change to the example with {@code -Dexample.write=true}.
 */
class MonthOfOrdersTest {
  static final String FILE = "src/main/resources/io/sharedcx/examples/month-of-orders.json";

  /** The README's window: 19 to 23 March, with the five four-day periods before it. */
  static final Window LAST_PERIOD =
      Window.of(Instant.parse("2026-03-19T00:00:00Z"), Instant.parse("2026-03-23T00:00:00Z"));

  static Portfolio month;
  static WindowAssessment assessment;

  @BeforeAll
  static void assess() throws IOException {
    Portfolio generated = PortfolioExample.portfolio(400, PortfolioExample.OBSERVED);
    if (Boolean.getBoolean("example.write")) {
      Files.writeString(Path.of(FILE), CxJson.write(generated) + "\n", StandardCharsets.UTF_8);
    }
    month = CxJson.readPortfolio(Path.of(FILE));
    assessment =
        CxEngine.builder().build().assessWindow(month, LAST_PERIOD, WindowOptions.periods(6));
  }

  static MetricResult metric(String party, String standard) {
    return assessment.metrics().stream()
        .filter(m -> m.party().equals(party) && m.standard().equals(standard))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void file_isTheGeneratedMonthAsKnownOn22March() {
    assertThat(month)
        .as("%s is stale: rewrite it with -Dexample.write=true", FILE)
        .isEqualTo(PortfolioExample.portfolio(400, PortfolioExample.OBSERVED));
    assertThat(month.journeys()).allMatch(j -> PortfolioExample.OBSERVED.equals(j.observedAt()));
  }

  @Test
  void json_readsBackEqual() {
    assertThat(CxJson.read(CxJson.write(assessment), "month", WindowAssessment.class))
        .isEqualTo(assessment);
  }

  @Test
  void everyMetric_hasSixPeriodsEndingWithTheWindow() {
    assertThat(assessment.metrics()).isNotEmpty();
    for (MetricResult m : assessment.metrics()) {
      assertThat(m.history()).as(m.standard() + " " + m.party()).hasSize(6);
      assertThat(m.history().get(5).window()).isEqualTo(LAST_PERIOD);
      assertThat(m.history().get(0).window().from())
          .isEqualTo(Instant.parse("2026-02-27T00:00:00Z"));
    }
  }

  @Test
  void failingPartner_lateShipments_burnFasterThanAllowed_andAreProjectedBad() {
    MetricResult late = metric(PortfolioExample.FAILING, "SHIP-ON-TIME-DISPATCH");
    assertThat(late.burnRate()).isGreaterThan(2.0);
    assertThat(late.breachAt()).isBefore(LAST_PERIOD.to());
    assertThat(late.projection()).isNotNull();
    assertThat(late.projection().knownUntil()).isEqualTo(PortfolioExample.OBSERVED);
    assertThat(late.projection().status()).isEqualTo(MetricStatus.BAD);
    assertThat(late.previous()).isNotNull();
  }

  @Test
  void failingPartner_cancelsOrders_accountableAndOverallRatesAgreeWithoutBuyerCancellations() {
    MetricResult cancels = metric(PortfolioExample.FAILING, "ACCESS-CANCEL-RATE");
    assertThat(cancels.rate()).isNotNull();
    // the example's cancellations are all the seller's: nothing excused, the two rates agree
    assertThat(cancels.overallRate()).isEqualTo(cancels.rate());
  }

  @Test
  void healthyPartner_isSteady_andFailingPartnerMustStopNewOrders() {
    assertThat(metric(PortfolioExample.HEALTHY, "ACCESS-CANCEL-RATE").trend())
        .isEqualTo(io.sharedcx.model.finding.Trend.STEADY);
    assertThat(metric(PortfolioExample.FAILING, "ACCESS-CANCEL-RATE").trend())
        .isEqualTo(io.sharedcx.model.finding.Trend.WORSENING);
    var failing = assessment.scorecard(PortfolioExample.FAILING).orElseThrow().health();
    var healthy = assessment.scorecard(PortfolioExample.HEALTHY).orElseThrow().health();
    assertThat(failing.band()).isEqualTo(HealthBand.STOP_NEW_ORDERS);
    // the healthy partner breached its late-shipment limit in this period: a review, not a stop
    assertThat(healthy.band()).isEqualTo(HealthBand.REVIEW);
    assertThat(healthy.score()).isGreaterThan(failing.score());
  }
}
