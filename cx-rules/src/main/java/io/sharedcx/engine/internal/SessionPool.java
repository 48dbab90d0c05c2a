package io.sharedcx.engine.internal;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Reuses stateful sessions across journeys through Drools' own session pool: a session is borrowed,
 * filled, fired, and disposed, which resets it and returns it to the pool. Reuse beats a new stateless
 * session per journey (see the performance notes) and keeps each journey's facts apart.
 */
public final class SessionPool {
  private final KieSessionsPool pool;

  /** A pool of sessions of {@code kieBase}. */
  public SessionPool(KieBase kieBase) {
    this.pool = kieBase.newKieSessionsPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
  }

  /** An empty session, reused when one is idle. */
  public KieSession borrow() {
    return pool.newKieSession();
  }

  /**
   * Gives the session back: disposing a pooled session resets it (facts, agenda, memories) and returns
   * it to the pool, whether its run went well or not.
   */
  public void release(KieSession session) {
    session.dispose();
  }
}
