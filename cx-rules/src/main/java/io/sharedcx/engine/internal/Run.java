package io.sharedcx.engine.internal;

import io.sharedcx.authoring.Findings;
import io.sharedcx.authoring.Threshold;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Product;
import io.sharedcx.model.finding.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.ObjectFilter;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One assessment run over many journeys of one portfolio, in one pooled session: the thresholds of the
 * parties are inserted once and stay; each journey's facts are inserted, fired and deleted again, so no
 * journey sees another's facts. A journey that fails leaves the session in an unknown state: the run
 * then returns it to the pool (which resets it) and continues on a fresh one. Not thread-safe: one run
 * per thread.
 */
public final class Run implements AutoCloseable {
  private final Portfolio portfolio;
  private final RuleBase ruleBase;
  private final SessionPool sessions;
  private final AgendaFilter filter;
  private final int firingLimit;
  private final Set<String> primed = new HashSet<>();
  private final Set<String> primedProducts = new HashSet<>();
  private final java.util.Map<String, Boolean> applies = new java.util.HashMap<>();
  /** Facts that stay for the whole run: thresholds and products. */
  private static final ObjectFilter PER_JOURNEY = fact -> !(fact instanceof Threshold) && !(fact instanceof Product);

  private KieSession session;
  private long kept;

  /**
   * Starts a run.
   *
   * @param portfolio the parties and partnerships the journeys name (its journeys are not read)
   */
  public Run(Portfolio portfolio, RuleBase ruleBase, SessionPool sessions, AgendaFilter filter, int firingLimit) {
    this.portfolio = portfolio;
    this.ruleBase = ruleBase;
    this.sessions = sessions;
    this.filter = filter;
    this.firingLimit = firingLimit;
  }

  /** Assesses one journey. */
  public RecordedFindings journey(Journey journey) {
    return fire(journey.id(), "journey " + journey.id(), JourneyFacts.touchpointFacts(journey, ruleBase),
        JourneyFacts.parties(journey), JourneyFacts.products(journey));
  }

  /** Assesses the facts that belong to no journey: feeds, purchase orders, stock audits. */
  public RecordedFindings portfolioLevel() {
    List<Object> facts = JourneyFacts.portfolioLevelFacts(portfolio, ruleBase);
    return fire(null, "portfolio-level facts", facts, JourneyFacts.parties(facts), JourneyFacts.products(facts));
  }

  /** Assesses arbitrary facts (window metrics, complaint clusters, violations) with thresholds for {@code parties}. */
  public RecordedFindings facts(String what, List<Object> facts, Set<String> parties) {
    return fire(null, what, facts, parties, JourneyFacts.products(facts));
  }

  private RecordedFindings fire(String journey, String what, List<Object> facts, Set<String> parties, Set<String> products) {
    if (session == null) {
      session = sessions.borrow();
      primed.clear();
      primedProducts.clear();
      kept = 0;
    }
    boolean ok = false;
    try {
      for (String party : parties) {
        if (primed.add(party)) {
          for (Object threshold : Agreements.thresholds(portfolio, party, ruleBase.defaults())) {
            session.insert(threshold);
            kept++;
          }
        }
      }
      if (ruleBase.matches(Product.class)) {
        for (String id : products) {
          Product product = portfolio.productsById().get(id);
          if (product != null && primedProducts.add(id)) {
            session.insert(product);
            kept++;
          }
        }
      }
      RecordedFindings findings = new RecordedFindings(journey, this::applies);
      session.setGlobal("findings", findings);
      List<FactHandle> handles = new ArrayList<>(facts.size() + 8);
      for (Object fact : facts) {
        handles.add(session.insert(fact));
      }
      int fired = session.fireAllRules(filter, firingLimit);
      if (fired >= firingLimit) {
        throw new IllegalStateException(what + ": rules fired " + fired
            + " times, the firing limit; a rule probably re-triggers itself. Maybe check rules that insert facts"
            + " their own conditions match, or raise CxEngine.Builder.firingLimit.");
      }
      // Everything but the thresholds goes: the journey's facts and whatever its rules inserted. The
      // violations are looked up directly; a scan finds anything else a custom rule may have inserted.
      for (Violation violation : findings.violations()) {
        FactHandle handle = session.getFactHandle(violation);
        if (handle != null) {
          handles.add(handle);
        }
      }
      for (FactHandle handle : handles) {
        session.delete(handle);
      }
      if (session.getFactCount() != kept) {
        for (FactHandle handle : new ArrayList<FactHandle>(session.getFactHandles(PER_JOURNEY))) {
          session.delete(handle);
        }
      }
      ok = true;
      return findings;
    } finally {
      if (!ok) {
        close();
      }
    }
  }

  private boolean applies(String standard, String party) {
    // Looked up once per run for each standard and party: a portfolio may have thousands of partnerships.
    return applies.computeIfAbsent(standard + "\u0000" + party,
        key -> Agreements.applies(portfolio, standard, party));
  }

  /** Returns the session to the pool. */
  @Override
  public void close() {
    if (session != null) {
      sessions.release(session);
      session = null;
    }
  }
}
