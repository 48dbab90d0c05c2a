package io.sharedcx.engine.internal;

import io.sharedcx.authoring.Threshold;
import io.sharedcx.model.Brand;
import io.sharedcx.model.Partner;
import io.sharedcx.model.PartnerRole;
import io.sharedcx.model.Partnership;
import io.sharedcx.model.Party;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Product;
import io.sharedcx.model.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Which partnership's agreement is in force for a party in the facts assessed together (a journey, the
 * portfolio-level facts, a window's metrics), and the thresholds that follow from it. One per run: the
 * partnerships of each party and the thresholds of each party under each partnership are looked up once,
 * so a journey costs a few map lookups per party.
 *
 * <p>The rule, also in docs/ARCHITECTURE.md and docs/INPUT.md:
 *
 * <ol>
 *   <li>The facts concern the brands of the products they name; when they name no product, the brands
 *       among the parties they name.
 *   <li>A party's partnership in force is, in this order: one in which it is the partner of a principal
 *       that is itself a partner named in the facts (a drop-ship supplier under the retailer that sold the
 *       order); one in which it is the partner of a brand the facts concern; one in which it is the
 *       principal of a partner the facts name (a brand, or a retailer with no brand above it in the
 *       facts). Several of the first kind that qualifies: the one with the smallest id.
 *   <li>None such (a carrier that works for another brand, a journey that names no brand): the party's
 *       partnership with the smallest id. A party in no partnership has the pack's defaults.
 * </ol>
 *
 * <p>The same choice, among the partnerships in which a party is the partner, gives the principal it
 * serves in the facts, and so its chain up to a brand ({@link #chain}).
 *
 * <p>A threshold is the term the partnership in force agreed, else the pack's default: a term agreed in
 * another of the party's partnerships never applies. Thresholds carry no partnership, so the defaults stay
 * in working memory whichever partnership is in force; the findings name the partnership.
 */
public final class PartnershipsInForce {
  private static final Comparator<Partnership> BY_ID = Comparator.comparing(Partnership::id);

  private final Portfolio portfolio;
  private final List<Term> defaults;
  private final Map<String, List<Partnership>> byParty = new HashMap<>();
  private final Map<String, List<Threshold>> thresholds = new HashMap<>();
  private final Map<String, Partnership> byId = new HashMap<>();
  private final Set<String> brandIds = new HashSet<>();

  /**
   * Starts the lookups of one run.
   *
   * @param portfolio the parties and their partnerships
   * @param defaults the pack's default terms
   */
  public PartnershipsInForce(Portfolio portfolio, List<Term> defaults) {
    this.portfolio = portfolio;
    this.defaults = defaults;
    for (Partnership p : portfolio.partnerships()) {
      byParty.computeIfAbsent(p.principal(), k -> new ArrayList<>()).add(p);
      byParty.computeIfAbsent(p.partner(), k -> new ArrayList<>()).add(p);
    }
    byParty.values().forEach(own -> own.sort(BY_ID));
    portfolio.partnerships().forEach(p -> byId.put(p.id(), p));
    portfolio.brands().forEach(b -> brandIds.add(b.id()));
  }

  /**
   * The brands that facts naming {@code products} and {@code parties} concern: the products' brands, else
   * the brands among the parties.
   */
  public Set<String> brands(Set<String> products, Set<String> parties) {
    Set<String> brands = new TreeSet<>();
    Map<String, Product> known = portfolio.productsById();
    for (String id : products) {
      Product product = known.get(id);
      if (product != null) {
        brands.add(product.brand());
      }
    }
    if (brands.isEmpty()) {
      for (String party : parties) {
        if (isBrand(party)) {
          brands.add(party);
        }
      }
    }
    return brands;
  }

  private boolean isBrand(String party) {
    return brandIds.contains(party);
  }

  /**
   * The partnership in force for {@code party} in facts that concern {@code brands} and name
   * {@code parties}; null when the party is in no partnership.
   */
  public @Nullable Partnership partnership(String party, Set<String> brands, Set<String> parties) {
    List<Partnership> own = partnershipsOf(party);
    if (own.isEmpty()) {
      return null;
    }
    Partnership served = served(own, party, brands, parties);
    if (served != null) {
      return served;
    }
    for (Partnership p : own) {
      if (p.principal().equals(party) && parties.contains(p.partner())) {
        return p;
      }
    }
    return own.get(0);
  }

  /**
   * The partnership in which {@code party} serves a principal in these facts: under a partner the facts
   * name, else under a brand they concern; null when none of its principals is either.
   */
  private @Nullable Partnership served(
      List<Partnership> own, String party, Set<String> brands, Set<String> parties) {
    for (Partnership p : own) {
      if (p.partner().equals(party) && !isBrand(p.principal()) && parties.contains(p.principal())) {
        return p;
      }
    }
    for (Partnership p : own) {
      if (p.partner().equals(party) && brands.contains(p.principal())) {
        return p;
      }
    }
    return null;
  }

  /**
   * The principal {@code party} serves in these facts: as {@link #partnership} chooses among the
   * partnerships in which it is the partner, else the one of those with the smallest id; null when it is
   * nobody's partner.
   */
  public @Nullable Partnership upstream(String party, Set<String> brands, Set<String> parties) {
    List<Partnership> own = partnershipsOf(party);
    Partnership served = served(own, party, brands, parties);
    if (served != null) {
      return served;
    }
    for (Partnership p : own) {
      if (p.partner().equals(party)) {
        return p;
      }
    }
    return null;
  }

  /**
   * {@code party} and the principals above it in these facts, nearest first: a drop-ship supplier, the
   * retailer it serves, the brand the retailer serves. Partnerships never form a circle (the portfolio
   * rejects one); the walk stops at a party it has met all the same.
   */
  public List<String> chain(String party, Set<String> brands, Set<String> parties) {
    List<String> chain = new ArrayList<>(3);
    chain.add(party);
    Partnership up = upstream(party, brands, parties);
    while (up != null && !chain.contains(up.principal())) {
      chain.add(up.principal());
      up = upstream(up.principal(), brands, parties);
    }
    return chain;
  }

  /**
   * The party that faces the customer for {@code party} in these facts: the nearest of its chain that is
   * a brand or plays retailer or marketplace (a supplier's retailer, a carrier's brand); null when none.
   */
  public @Nullable String customerFacing(List<String> chain) {
    for (String party : chain) {
      Party known = portfolio.party(party).orElse(null);
      if (known instanceof Brand
          || known instanceof Partner partner
              && (partner.plays(PartnerRole.RETAILER) || partner.plays(PartnerRole.MARKETPLACE))) {
        return party;
      }
    }
    return null;
  }

  /** The brand at the top of {@code chain}; null when the chain ends at a partner. */
  public @Nullable String brandAtTop(List<String> chain) {
    String top = chain.get(chain.size() - 1);
    return isBrand(top) ? top : null;
  }

  /** The partnership with {@code id}; null when none. */
  public @Nullable Partnership byId(@Nullable String id) {
    return id == null ? null : byId.get(id);
  }

  /** The portfolio whose partnerships these are. */
  public Portfolio portfolio() {
    return portfolio;
  }

  /**
   * The thresholds in force for {@code party} under {@code partnership} (null: the pack's defaults), one
   * per default term, in the order of the defaults. A default is the same instance under every
   * partnership of the party, so changing partnership changes only the agreed terms in working memory.
   */
  public List<Threshold> thresholds(String party, @Nullable Partnership partnership) {
    List<Threshold> byDefault =
        thresholds.computeIfAbsent(
            party, k -> defaults.stream().map(d -> Agreements.byDefault(party, d)).toList());
    if (partnership == null || partnership.agreement().terms().isEmpty()) {
      return byDefault;
    }
    return thresholds.computeIfAbsent(
        party + "\u0000" + partnership.id(),
        k -> {
          List<Threshold> agreed = new ArrayList<>(byDefault);
          for (int i = 0; i < defaults.size(); i++) {
            Term fallback = defaults.get(i);
            Optional<Term> term = partnership.agreement().term(fallback.standard(), fallback.key());
            if (term.isPresent()) {
              agreed.set(i, Agreements.threshold(party, term.get(), fallback));
            }
          }
          return List.copyOf(agreed);
        });
  }

  /** The party's partnerships, smallest id first. */
  List<Partnership> partnershipsOf(String party) {
    return byParty.getOrDefault(party, List.of());
  }
}
