package io.sharedcx.engine.internal;

import com.google.common.collect.Iterables;
import io.sharedcx.authoring.AgreedCategory;
import io.sharedcx.model.Feed;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.PurchaseOrder;
import io.sharedcx.model.Term;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.Failure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * The facts an assessment inserts: a journey and its touchpoints, portfolio-level facts, and the
 * thresholds {@link Agreements} resolves for their parties.
 */
public final class JourneyFacts {
  /** The pseudo journey id under which portfolio-level failures are recorded. */
  public static final String PORTFOLIO_LEVEL = "(portfolio)";

  private JourneyFacts() {}

  /** The journey and those of its touchpoints and products that some rule of {@code ruleBase} can match. */
  public static List<Object> touchpointFacts(Journey journey, RuleBase ruleBase) {
    List<Object> facts = new ArrayList<>(journey.touchpoints().size() + 1);
    add(facts, journey, ruleBase);
    for (Touchpoint t : journey.touchpoints()) {
      add(facts, t, ruleBase);
    }
    return facts;
  }

  /** Every fact of a journey, thresholds included, unfiltered: what a plain embedding would insert. */
  static List<Object> of(Portfolio portfolio, Journey journey, List<Term> defaults) {
    List<Object> facts = new ArrayList<>();
    facts.add(journey);
    facts.addAll(journey.touchpoints());
    for (String party : parties(journey)) {
      facts.addAll(Agreements.thresholds(portfolio, party, defaults));
    }
    return facts;
  }

  /** Whether the portfolio has facts assessed outside any journey: feeds, purchase orders, stock audits. */
  public static boolean hasPortfolioLevelFacts(Portfolio portfolio) {
    return !Iterables.isEmpty(portfolioLevel(portfolio));
  }

  /** The facts assessed outside any journey that some rule can match. */
  public static List<Object> portfolioLevelFacts(Portfolio portfolio, RuleBase ruleBase) {
    List<Object> facts = new ArrayList<>();
    portfolioLevel(portfolio).forEach(f -> add(facts, f, ruleBase));
    return facts;
  }

  /** Every fact assessed outside any journey: feeds, purchase orders, stock audits. */
  private static Iterable<Object> portfolioLevel(Portfolio portfolio) {
    return Iterables.concat(portfolio.feeds(), portfolio.purchaseOrders(), portfolio.stockAudits());
  }

  /**
   * The classes of the facts an assessment of {@code portfolio} may insert from it, unfiltered: its
   * journeys, their touchpoints, its products, its portfolio-level facts, and agreed categories when an
   * agreement maps categories (what {@link PortfolioReach} asks of a portfolio).
   */
  static Set<Class<?>> types(Portfolio portfolio) {
    Set<Class<?>> types = new HashSet<>();
    for (Journey journey : portfolio.journeys()) {
      types.add(journey.getClass());
      for (Touchpoint touchpoint : journey.touchpoints()) {
        types.add(touchpoint.getClass());
      }
    }
    portfolio.products().forEach(p -> types.add(p.getClass()));
    portfolioLevel(portfolio).forEach(f -> types.add(f.getClass()));
    if (portfolio.partnerships().stream().anyMatch(p -> !p.agreement().categoryMap().isEmpty())) {
      types.add(AgreedCategory.class);
    }
    return types;
  }

  private static void add(List<Object> facts, Object fact, RuleBase ruleBase) {
    if (ruleBase.matches(fact.getClass())) {
      facts.add(fact);
    }
  }

  /** Every party a journey names: touchpoint owners and the parties they reference. */
  public static Set<String> parties(Journey journey) {
    Set<String> parties = new TreeSet<>();
    for (Touchpoint t : journey.touchpoints()) {
      parties.add(t.party());
      parties.addAll(t.partyReferences().values());
    }
    return parties;
  }

  /** Every product a journey names. */
  public static Set<String> products(Journey journey) {
    Set<String> products = new TreeSet<>();
    for (Touchpoint t : journey.touchpoints()) {
      products.addAll(t.productReferences());
    }
    return products;
  }

  /** Every product the given facts name. */
  public static Set<String> products(List<Object> facts) {
    Set<String> products = new TreeSet<>();
    for (Object fact : facts) {
      if (fact instanceof Touchpoint t) {
        products.addAll(t.productReferences());
      } else if (fact instanceof PurchaseOrder po) {
        products.add(po.product());
      }
    }
    return products;
  }

  /** Every party the given portfolio-level facts (and touchpoints) name. */
  public static Set<String> parties(List<Object> facts) {
    Set<String> parties = new TreeSet<>();
    for (Object fact : facts) {
      if (fact instanceof Feed feed) {
        parties.add(feed.party());
      } else if (fact instanceof PurchaseOrder po) {
        parties.add(po.supplier());
        parties.add(po.buyer());
        if (po.carrier() != null) {
          parties.add(po.carrier());
        }
      } else if (fact instanceof Touchpoint t) {
        parties.add(t.party());
        parties.addAll(t.partyReferences().values());
      }
    }
    return parties;
  }

  /** A journey's failure, naming the rule and standard when a rule threw. */
  public static Failure failure(String journeyId, RuntimeException e) {
    var failure = Failure.builder().journey(journeyId);
    Throwable cause = e;
    if (e instanceof RuleError re) {
      failure.rule(re.rule());
      failure.standard(re.standard());
    } else if (e instanceof ConsequenceException ce && ce.getMatch() != null) {
      failure.rule(ce.getMatch().getRule().getName());
      String standard = RuleMetadata.value(ce.getMatch().getRule(), "standard");
      if (standard != null) {
        failure.standard(standard);
      }
      cause = e.getCause() == null ? e : e.getCause();
    }
    // A failure names its journey: a run's own message, which names it too, goes without it.
    String message =
        cause instanceof RunFailure run
            ? run.detail()
            : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return failure.message(message).build();
  }
}
