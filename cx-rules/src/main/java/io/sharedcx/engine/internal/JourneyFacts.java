package io.sharedcx.engine.internal;

import io.sharedcx.engine.Threshold;
import io.sharedcx.model.Feed;
import io.sharedcx.model.Journey;
import io.sharedcx.model.PurchaseOrder;
import io.sharedcx.model.StockCheck;
import io.sharedcx.model.Partnership;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Term;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.Failure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.runtime.rule.ConsequenceException;

/** The facts one journey's assessment inserts: the journey, its touchpoints, its products and its thresholds. */
public final class JourneyFacts {
  private JourneyFacts() {}

  /** The facts for {@code journey}, with thresholds for every party it names. */
  public static List<Object> of(Portfolio portfolio, Journey journey, List<Term> defaults) {
    List<Object> facts = new ArrayList<>(journey.touchpoints().size() * 2 + 8);
    facts.add(journey);
    Set<String> parties = new TreeSet<>();
    Set<String> products = new TreeSet<>();
    for (Touchpoint t : journey.touchpoints()) {
      facts.add(t);
      parties.add(t.party());
      parties.addAll(t.partyReferences().values());
      products.addAll(t.productReferences());
    }
    addProductsAndThresholds(portfolio, parties, products, defaults, facts);
    return facts;
  }

  /** The pseudo journey id under which portfolio-level failures are recorded. */
  public static final String PORTFOLIO_LEVEL = "(portfolio)";

  /** Whether the portfolio has facts assessed outside any journey: feeds, purchase orders, stock audits. */
  public static boolean hasPortfolioLevelFacts(Portfolio portfolio) {
    return !portfolio.feeds().isEmpty() || !portfolio.purchaseOrders().isEmpty() || !portfolio.stockAudits().isEmpty();
  }

  /** The facts assessed outside any journey, with thresholds for every party they name. */
  public static List<Object> portfolioLevel(Portfolio portfolio, List<Term> defaults) {
    List<Object> facts = new ArrayList<>();
    Set<String> parties = new TreeSet<>();
    Set<String> products = new TreeSet<>();
    for (Feed feed : portfolio.feeds()) {
      facts.add(feed);
      parties.add(feed.party());
    }
    for (PurchaseOrder po : portfolio.purchaseOrders()) {
      facts.add(po);
      parties.add(po.supplier());
      parties.add(po.buyer());
      if (po.carrier() != null) {
        parties.add(po.carrier());
      }
      products.add(po.product());
    }
    for (StockCheck audit : portfolio.stockAudits()) {
      facts.add(audit);
      parties.add(audit.party());
      products.add(audit.product());
    }
    addProductsAndThresholds(portfolio, parties, products, defaults, facts);
    return facts;
  }

  private static void addProductsAndThresholds(Portfolio portfolio, Set<String> parties, Set<String> products,
      List<Term> defaults, List<Object> facts) {
    portfolio.products().stream().filter(p -> products.contains(p.id())).forEach(facts::add);
    for (String party : parties) {
      for (Term term : defaults) {
        facts.add(threshold(portfolio, party, parties, term));
      }
    }
  }

  /**
   * The threshold in force for {@code party}: the term agreed in one of its partnerships with another
   * party of this journey (the partnership with the smallest id wins when several agree one), else in
   * any of its partnerships, else the pack's default.
   */
  static Threshold threshold(Portfolio portfolio, String party, Set<String> journeyParties, Term fallback) {
    List<Partnership> partnerships = new ArrayList<>(portfolio.partnershipsOf(party));
    partnerships.sort(Comparator.comparing((Partnership p) -> !journeyParties.contains(other(p, party)))
        .thenComparing(Partnership::id));
    for (Partnership partnership : partnerships) {
      Optional<Term> agreed = partnership.agreement().term(fallback.standard(), fallback.key());
      if (agreed.isPresent()) {
        Term term = agreed.get();
        return new Threshold(term.standard(), term.key(), party, term.asDouble(), term.provenance());
      }
    }
    return new Threshold(fallback.standard(), fallback.key(), party, fallback.asDouble(), fallback.provenance());
  }

  private static String other(Partnership p, String party) {
    return p.brand().equals(party) ? p.partner() : p.brand();
  }

  /** A journey's failure, naming the rule and standard when a rule threw. */
  public static Failure failure(Journey journey, RuntimeException e) {
    return failure(journey.id(), e);
  }

  /** A failure of the journey (or {@link #PORTFOLIO_LEVEL}) {@code journeyId}, naming the rule and standard when a rule threw. */
  public static Failure failure(String journeyId, RuntimeException e) {
    var failure = Failure.builder().journey(journeyId);
    Throwable cause = e;
    if (e instanceof ConsequenceException ce && ce.getMatch() != null) {
      failure.rule(ce.getMatch().getRule().getName());
      Object standard = ce.getMatch().getRule().getMetaData().get("standard");
      if (standard != null) {
        failure.standard(standard.toString().replace("\"", ""));
      }
      cause = e.getCause() == null ? e : e.getCause();
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return failure.message(message).build();
  }
}
