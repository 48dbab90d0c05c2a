package io.sharedcx.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.internal.JourneyFacts;
import io.sharedcx.engine.internal.RuleBase;
import io.sharedcx.engine.internal.SessionPool;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.generate.SyntheticPortfolios;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

class SessionPoolTest {

  @Test
  void release_afterARealJourney_emptiesAndReusesTheSession() {
    Portfolio portfolio = new SyntheticPortfolios(42).portfolio(5);
    RuleBase pack = RuleBase.defaultPack();
    SessionPool pool = new SessionPool(pack.kieBase());
    KieSession session = pool.borrow();
    session.setGlobal("findings", new Findings("j0"));
    JourneyFacts.of(portfolio, portfolio.journeys().get(0), pack.defaults()).forEach(session::insert);
    session.fireAllRules();
    assertThat(session.getFactCount()).isGreaterThan(5);

    pool.release(session, true);

    assertThat(pool.idle()).isEqualTo(1);
    assertThat(session.getFactCount()).isZero();
    assertThat(pool.borrow()).isSameAs(session);
  }

  @Test
  void release_notClean_disposesTheSession() {
    SessionPool pool = new SessionPool(RuleBase.defaultPack().kieBase());
    pool.release(pool.borrow(), false);
    assertThat(pool.idle()).isZero();
  }
}
