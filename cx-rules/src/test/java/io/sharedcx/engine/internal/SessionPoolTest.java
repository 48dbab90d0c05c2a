package io.sharedcx.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Portfolio;
import io.sharedcx.rules.Given;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

class SessionPoolTest {

  @Test
  void release_afterARealJourney_givesBackAnEmptySession() {
    Portfolio portfolio =
        Given.journey()
            .with(
                Given.order("o1", "site", 0).build(),
                Given.shipment("s1", "o1", "gourmet", 72).packingSlipPresent(false).build())
            .portfolio();
    RuleBase pack = RuleBase.defaultPack();
    SessionPool pool = new SessionPool(pack.kieBase());
    KieSession session = pool.borrow();
    session.setGlobal("findings", new RecordedFindings("j0"));
    JourneyFacts.of(portfolio, portfolio.journeys().get(0), pack.defaults())
        .forEach(session::insert);
    session.fireAllRules();
    assertThat(session.getFactCount()).isGreaterThan(5);

    pool.release(session);

    KieSession again = pool.borrow();
    assertThat(again.getFactCount()).isZero();
    again.setGlobal("findings", new RecordedFindings("j1"));
    assertThat(again.fireAllRules()).isZero();
  }
}
