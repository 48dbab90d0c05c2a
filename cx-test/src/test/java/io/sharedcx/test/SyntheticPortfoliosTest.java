package io.sharedcx.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Shipment;
import io.sharedcx.model.json.CxJson;
import org.junit.jupiter.api.Test;

class SyntheticPortfoliosTest {

  @Test
  void portfolio_isValid_andJourneysHave5To30Touchpoints() {
    Portfolio p = new SyntheticPortfolios(7).portfolio(2_000);
    assertThat(p.journeys()).hasSize(2_000);
    assertThat(p.journeys()).allSatisfy(j -> assertThat(j.touchpoints()).hasSizeBetween(5, 30));
    assertThat(p.journeys().stream().mapToLong(j -> j.touchpoints(Shipment.class).size()).sum())
        .isPositive();
  }

  @Test
  void sameSeed_sameJourneys_otherSeed_otherJourneys() {
    Journey a = new SyntheticPortfolios(7).journey(123);
    assertThat(new SyntheticPortfolios(7).journey(123)).isEqualTo(a);
    assertThat(new SyntheticPortfolios(8).journey(123)).isNotEqualTo(a);
  }

  @Test
  void portfolio_roundTripsThroughJson() {
    Portfolio p = new SyntheticPortfolios(3).portfolio(200);
    assertThat(CxJson.readPortfolio(CxJson.write(p), "synthetic")).isEqualTo(p);
  }
}
