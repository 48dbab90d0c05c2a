package io.sharedcx.engine.internal;

import java.util.ArrayList;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Reuses stateful sessions across journeys: a session is borrowed, filled, fired, emptied and given
 * back. Reuse beats a new stateless session per journey (see the performance notes) and keeps each
 * journey's facts apart. A session that failed mid-way is disposed rather than reused.
 */
public final class SessionPool {
  private final KieBase kieBase;
  private final ConcurrentLinkedQueue<KieSession> idle = new ConcurrentLinkedQueue<>();

  /** How many sessions are idle, ready for reuse. */
  public int idle() {
    return idle.size();
  }

  /** A pool of sessions of {@code kieBase}. */
  public SessionPool(KieBase kieBase) {
    this.kieBase = kieBase;
  }

  /** An empty session, reused when one is idle. */
  public KieSession borrow() {
    KieSession session = idle.poll();
    return session != null ? session : kieBase.newKieSession();
  }

  /** Empties the session and keeps it for reuse, or disposes it when it may hold leftovers. */
  public void release(KieSession session, boolean clean) {
    if (!clean) {
      session.dispose();
      return;
    }
    try {
      // getFactHandles() is a live view: copy it before deleting.
      for (FactHandle handle : new ArrayList<FactHandle>(session.<FactHandle>getFactHandles())) {
        session.delete(handle);
      }
      // Deleting facts can activate rules on "not" patterns; drop those activations unfired.
      session.getAgenda().clear();
      idle.offer(session);
    } catch (RuntimeException e) {
      session.dispose();
    }
  }
}
