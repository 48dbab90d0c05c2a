package io.sharedcx.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Condition;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.rules.Given;
import org.junit.jupiter.api.Test;

/** The firing limit stops runaway rules, not large legitimate journeys. */
class FiringLimitTest {

  @Test
  void firingLimit_growsWithTheJourney_soAHugeLegitimateJourneyIsFullyAssessed() {
    Given given = Given.journey().with(Given.order("o1", "shop", 0).build());
    int parcels = 5_100;
    for (int i = 0; i < parcels; i++) {
      given.with(Given.shipment("s" + i, "o1", "packer", 1).condition(Condition.DAMAGED).build());
    }
    Assessment a = CxEngine.builder().build().assess(given.portfolio());
    assertThat(a.failures()).isEmpty();
    assertThat(a.violationsOf("PROMISE-PACKAGING-PROTECTIVE")).hasSize(parcels);
  }
}
