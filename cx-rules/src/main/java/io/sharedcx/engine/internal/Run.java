package io.sharedcx.engine.internal;

import io.sharedcx.authoring.AgreedCategory;
import io.sharedcx.authoring.Threshold;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Partnership;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Product;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.ObjectFilter;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One assessment run over many journeys of one portfolio, in one pooled session: the thresholds and
 * products of the parties are inserted once and stay while the partnership in force for each party stays
 * the same (see {@link PartnershipsInForce}); a journey that concerns another of a party's partnerships
 * swaps that party's thresholds for the ones agreed there. Each journey's facts are inserted, fired and
 * deleted again, so no journey sees another's facts. Rules cannot change what the run keeps: whatever a
 * rule inserts is deleted after its journey, and a threshold or product a rule deletes is inserted again,
 * so results never depend on the order of journeys. A journey that fails (an exception, or an
 * {@link Error} other than the JVM's fatal ones) leaves the session in an unknown state: the run then
 * returns it to the pool (which resets it) and continues on a fresh one. Not thread-safe: one run per
 * thread.
 */
public final class Run implements AutoCloseable {
  private final Portfolio portfolio;
  private final RuleBase ruleBase;
  private final SessionPool sessions;
  private final AgendaFilter filter;
  private final int firingLimit;
  private final PartnershipsInForce inForce;

  /** The thresholds now in working memory, by party: one of {@link #inForce}'s cached lists. */
  private final java.util.Map<String, List<Threshold>> primed = new java.util.HashMap<>();

  private final Set<String> primedProducts = new HashSet<>();

  /** Whether a standard applies to a party, by standard, then party. */
  private final java.util.Map<String, java.util.Map<String, Boolean>> applies =
      new java.util.HashMap<>();

  /** Facts that stay for the whole run: thresholds and products. */
  private static final ObjectFilter PER_JOURNEY =
      fact -> !(fact instanceof Threshold) && !(fact instanceof Product);

  /** The firing limit holds for each started block of this many facts of a journey. */
  public static final int FACTS_PER_LIMIT = 500;

  private KieSession session;
  private long kept;
  private final Guard guard = new Guard();

  /**
   * Starts a run.
   *
   * @param portfolio the parties and partnerships the journeys name (its journeys are not read)
   */
  public Run(
      Portfolio portfolio,
      RuleBase ruleBase,
      SessionPool sessions,
      AgendaFilter filter,
      int firingLimit) {
    this.portfolio = portfolio;
    this.ruleBase = ruleBase;
    this.sessions = sessions;
    this.filter = filter;
    this.firingLimit = firingLimit;
    this.inForce = new PartnershipsInForce(portfolio, ruleBase.defaults());
  }

  /** Assesses one journey. */
  public RecordedFindings journey(Journey journey) {
    return fire(
        journey.id(),
        journey.observedUntil(),
        "journey " + journey.id(),
        JourneyFacts.touchpointFacts(journey, ruleBase),
        JourneyFacts.parties(journey),
        JourneyFacts.products(journey));
  }

  /** Assesses the facts that belong to no journey: feeds, purchase orders, stock audits. */
  public RecordedFindings portfolioLevel() {
    List<Object> facts = JourneyFacts.portfolioLevelFacts(portfolio, ruleBase);
    return fire(
        null,
        null,
        "portfolio-level facts",
        facts,
        JourneyFacts.parties(facts),
        JourneyFacts.products(facts));
  }

  /** Assesses arbitrary facts (window metrics, complaint clusters, violations) with thresholds for {@code parties}. */
  public RecordedFindings facts(String what, List<Object> facts, Set<String> parties) {
    return fire(null, null, what, facts, parties, JourneyFacts.products(facts));
  }

  private RecordedFindings fire(
      @Nullable String journey,
      @Nullable Instant judgedAt,
      String what,
      List<Object> facts,
      Set<String> parties,
      Set<String> products) {
    if (session == null) {
      session = sessions.borrow();
      session.addEventListener((RuleRuntimeEventListener) guard);
      session.addEventListener((org.kie.api.event.rule.AgendaEventListener) guard);
      primed.clear();
      primedProducts.clear();
      kept = 0;
    }
    guard.clear();
    try {
      return assess(what, journey, judgedAt, facts, parties, products);
    } catch (OutOfMemoryError e) {
      OutOfMemoryError clear =
          new OutOfMemoryError(
              "out of memory while assessing "
                  + what
                  + " (max heap "
                  + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                  + " MB): the run stops. Maybe give the JVM more"
                  + " heap (-Xmx) or assess large files as a stream.");
      clear.initCause(e);
      throw clear;
    } catch (VirtualMachineError e) {
      if (!(e instanceof StackOverflowError)) {
        throw e;
      }
      throw new RuleError(what, guard.ruleName(), guard.standard(), e);
    } catch (Error e) {
      throw new RuleError(what, guard.ruleName(), guard.standard(), e);
    } finally {
      guard.clear();
    }
  }

  private RecordedFindings assess(
      String what,
      @Nullable String journey,
      @Nullable Instant judgedAt,
      List<Object> facts,
      Set<String> parties,
      Set<String> products) {
    boolean ok = false;
    try {
      Set<String> brands = inForce.brands(products, parties);
      java.util.Map<String, String> partnerships = new java.util.HashMap<>();
      List<AgreedCategory> categories = List.of();
      for (String party : parties) {
        Partnership partnership = inForce.partnership(party, brands, parties);
        if (partnership != null) {
          partnerships.put(party, partnership.id());
          if (!partnership.agreement().categoryMap().isEmpty()
              && ruleBase.matches(AgreedCategory.class)) {
            categories = agreedCategories(categories, party, partnership, products);
          }
        }
        prime(party, inForce.thresholds(party, partnership));
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
      RecordedFindings findings =
          new RecordedFindings(
                  journey,
                  this::applies,
                  (party, subject) ->
                      partnershipOf(
                          journey == null ? subject : null, party, brands, parties, partnerships),
                  new FindingChain(
                      inForce,
                      facts,
                      brands,
                      parties,
                      party -> partnershipOf(null, party, brands, parties, partnerships)))
              .partiesOf(portfolio.parties()::containsKey)
              .unviolatedDeadlinesMatched(ruleBase.matchesUnviolatedDeadlines())
              .judgedAt(judgedAt);
      session.setGlobal("findings", findings);
      List<FactHandle> handles = new ArrayList<>(facts.size() + 8);
      for (Object fact : facts) {
        handles.add(session.insert(fact));
      }
      for (AgreedCategory category : categories) {
        handles.add(session.insert(category));
      }
      // A big journey legitimately fires more: the limit grows with its facts.
      long blocks = Math.max(1, (facts.size() + FACTS_PER_LIMIT - 1) / FACTS_PER_LIMIT);
      int limit = (int) Math.min(Integer.MAX_VALUE, firingLimit * blocks);
      int fired;
      guard.firing = true;
      try {
        fired = session.fireAllRules(filter, limit);
      } finally {
        guard.firing = false;
      }
      if (fired >= limit) {
        throw new RunFailure(
            what,
            "rules fired "
                + fired
                + " times, the firing limit for its "
                + facts.size()
                + " facts; a rule probably re-triggers itself."
                + " Maybe check rules that insert facts their own conditions match, or raise the firing limit.",
            null);
      }
      // Everything but the thresholds and products goes: the journey's facts and whatever its rules
      // inserted (violations included); what a rule deleted of the run's own facts comes back.
      handles.addAll(guard.inserted);
      // Most journeys' rules delete nothing. Asking the empty identity set would still make and
      // store each handle's identity hash.
      boolean ruleDeleted = !guard.deleted.isEmpty();
      for (FactHandle handle : handles) {
        if (!ruleDeleted || !guard.deleted.contains(handle)) {
          session.delete(handle);
        }
      }
      for (Object fact : guard.deletedKept) {
        session.insert(fact);
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

  /**
   * Adds to {@code found} the categories {@code partnership} maps the master categories of {@code
   * products} to, for {@code party}'s listings: only where the party is the partner, whose category tree
   * the map names.
   */
  private List<AgreedCategory> agreedCategories(
      List<AgreedCategory> found, String party, Partnership partnership, Set<String> products) {
    if (!partnership.partner().equals(party)) {
      return found;
    }
    List<AgreedCategory> out = found.isEmpty() ? new ArrayList<>(2) : found;
    for (String id : products) {
      Product product = portfolio.productsById().get(id);
      String master = product == null ? null : product.category();
      String mapped = master == null ? null : partnership.agreement().categoryMap().get(master);
      if (mapped != null) {
        out.add(new AgreedCategory(party, id, master, mapped, partnership.id()));
      }
    }
    return out;
  }

  /**
   * Puts {@code thresholds} in working memory for {@code party}, in place of those it had: only the ones
   * that differ (the terms agreed in one partnership and not the other) are deleted and inserted.
   */
  private void prime(String party, List<Threshold> thresholds) {
    List<Threshold> current = primed.get(party);
    if (current == thresholds) {
      return;
    }
    for (int i = 0; i < thresholds.size(); i++) {
      Threshold old = current == null ? null : current.get(i);
      Threshold wanted = thresholds.get(i);
      if (old == wanted) {
        continue;
      }
      if (old != null) {
        FactHandle handle = session.getFactHandle(old);
        if (handle != null) {
          session.delete(handle);
          kept--;
        }
      }
      session.insert(wanted);
      kept++;
    }
    primed.put(party, thresholds);
  }

  /**
   * The partnership a window case of {@code party} counts under: in a journey, the one in force for the
   * journey; outside journeys (purchase orders, stock audits), the one its subject alone concerns, so a
   * brand's purchase orders to two retailers count under each retailer's agreement.
   */
  private @Nullable String partnershipOf(
      @Nullable Object subject,
      String party,
      Set<String> brands,
      Set<String> parties,
      java.util.Map<String, String> partnerships) {
    if (subject != null && !(subject instanceof String)) {
      List<Object> one = List.of(subject);
      Set<String> named = JourneyFacts.parties(one);
      Partnership p =
          inForce.partnership(party, inForce.brands(JourneyFacts.products(one), named), named);
      return p == null ? null : p.id();
    }
    if (partnerships.containsKey(party)) {
      return partnerships.get(party);
    }
    Partnership p = inForce.partnership(party, brands, parties);
    return p == null ? null : p.id();
  }

  /**
   * Watches what rules do to working memory while one journey fires: the facts they insert and delete,
   * and which rule fires (named when it throws an {@link Error}). A consequence that inserts through
   * {@code kcontext.getKieRuntime()} (as {@link RecordedFindings} does) raises an event that names no
   * rule, so what counts is whether the session is firing, not the event's rule: missing those inserts
   * sent every journey with a finding through a scan of all the session's facts.
   */
  private static final class Guard extends DefaultAgendaEventListener
      implements RuleRuntimeEventListener {
    final List<FactHandle> inserted = new ArrayList<>();
    final Set<FactHandle> deleted = Collections.newSetFromMap(new IdentityHashMap<>());
    final List<Object> deletedKept = new ArrayList<>();
    boolean firing;
    org.kie.api.definition.rule.Rule rule;

    void clear() {
      inserted.clear();
      deleted.clear();
      deletedKept.clear();
      firing = false;
      rule = null;
    }

    String ruleName() {
      return rule == null ? null : rule.getName();
    }

    String standard() {
      return rule == null ? null : RuleMetadata.value(rule, RuleMetadata.STANDARD);
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
      // Only the rule is kept: its name and standard are read when it throws, not at every firing.
      rule = event.getMatch().getRule();
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
      if (firing || event.getRule() != null) {
        inserted.add(event.getFactHandle());
      }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
      // Facts are immutable values: an update changes nothing the run keeps.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
      if (firing || event.getRule() != null) {
        deleted.add(event.getFactHandle());
        Object old = event.getOldObject();
        if (old instanceof Threshold || old instanceof Product) {
          deletedKept.add(old);
        }
      }
    }
  }

  private boolean applies(String standard, String party) {
    // Looked up once per run for each standard and party: a portfolio may have thousands of
    // partnerships. Two lookups, not one on a key made of both: this runs for every finding.
    return applies
        .computeIfAbsent(standard, key -> new java.util.HashMap<>())
        .computeIfAbsent(party, key -> Agreements.applies(portfolio, standard, party));
  }

  /** Returns the session to the pool. */
  @Override
  public void close() {
    if (session != null) {
      session.removeEventListener((RuleRuntimeEventListener) guard);
      session.removeEventListener((org.kie.api.event.rule.AgendaEventListener) guard);
      sessions.release(session);
      session = null;
    }
  }
}
