package io.sharedcx.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Iterables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * Everything an assessment needs, assembled and cross-checked: the brands and partners, their
 * partnerships, the products and customers, and the journeys. Every id a journey names must resolve
 * here; the error for a dangling id names it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePortfolio.class)
@JsonDeserialize(as = ImmutablePortfolio.class)
public abstract class Portfolio {
  Portfolio() {} // only the generated implementation extends it

  /** {@return the brands} */
  public abstract List<Brand> brands();

  /** {@return the partners} */
  public abstract List<Partner> partners();

  /**
   * {@return the partnerships: each joins a principal (a brand, or a partner with partners of its own) and
   * a partner, so that partnerships chain from a brand to a retailer to the retailer's supplier}
   */
  public abstract List<Partnership> partnerships();

  /** {@return the products the journeys name} */
  public abstract List<Product> products();

  /** {@return the customers} */
  public abstract List<Customer> customers();

  /** {@return data feeds the parties keep, as observed; assessed outside any journey} */
  public abstract List<Feed> feeds();

  /** {@return purchase orders between suppliers and retailers; assessed outside any journey} */
  public abstract List<PurchaseOrder> purchaseOrders();

  /**
   * {@return stock checks outside any journey (shelf audits, inventory snapshots of core products)}
   */
  public abstract List<StockCheck> stockAudits();

  /**
   * {@return the journeys to assess; last, so that a written portfolio can be read back as a
   * stream}
   */
  public abstract List<Journey> journeys();

  /** {@return every party (brands, then partners), by id} */
  @Value.Lazy
  public Map<String, Party> parties() {
    return Stream.concat(brands().stream(), partners().stream())
        .collect(ImmutableMap.toImmutableMap(Party::id, Function.identity()));
  }

  /**
   * {@return the party with {@code id}, if any}
   *
   * @param id a party id
   */
  public Optional<Party> party(String id) {
    return Optional.ofNullable(parties().get(id));
  }

  /**
   * {@return the partnerships a party takes part in, as principal or as partner}
   *
   * @param partyId a party id
   */
  public List<Partnership> partnershipsOf(String partyId) {
    return partnerships().stream().filter(p -> p.joins(partyId)).collect(Collectors.toList());
  }

  /** {@return a new, empty builder} */
  public static Portfolio.Builder builder() {
    return new Portfolio.Builder();
  }

  /** Builds a {@link Portfolio}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutablePortfolio.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.unique(
        "Portfolio",
        "parties.id",
        Iterables.concat(
            Iterables.transform(brands(), Brand::id),
            Iterables.transform(partners(), Partner::id)));
    Checks.unique(
        "Portfolio", "partnerships.id", Iterables.transform(partnerships(), Partnership::id));
    Checks.unique("Portfolio", "products.id", Iterables.transform(products(), Product::id));
    Checks.unique("Portfolio", "customers.id", Iterables.transform(customers(), Customer::id));
    Set<String> journeyIds = new java.util.HashSet<>();
    for (int i = 0; i < journeys().size(); i++) {
      String id = journeys().get(i).id();
      if (!journeyIds.add(id)) {
        throw new ModelException(
                "Portfolio",
                "journeys.id",
                id,
                "unique ids, but '" + id + "' occurs more than once")
            .within("journeys[" + i + "]");
      }
    }
    Checks.unique(
        "Portfolio",
        "touchpoints.id",
        Iterables.concat(
            Iterables.concat(
                Iterables.transform(
                    journeys(), j -> Iterables.transform(j.touchpoints(), Touchpoint::id))),
            Iterables.transform(stockAudits(), StockCheck::id)));
    Checks.unique("Portfolio", "feeds.id", Iterables.transform(feeds(), Feed::id));
    Checks.unique(
        "Portfolio", "purchaseOrders.id", Iterables.transform(purchaseOrders(), PurchaseOrder::id));

    Set<String> brandIds = ids(brands(), Brand::id);
    Set<String> partyIds = parties().keySet();
    Set<String> productIds = ids(products(), Product::id);
    Set<String> customerIds = ids(customers(), Customer::id);
    checkPartnerships(partyIds);
    for (Product p : products()) {
      Checks.known("Product", "brand", p.brand(), brandIds, "brand");
    }
    for (Feed f : feeds()) {
      Checks.known("Feed", "party", f.party(), partyIds, "party");
    }
    for (PurchaseOrder po : purchaseOrders()) {
      Checks.known("PurchaseOrder", "supplier", po.supplier(), partyIds, "party");
      Checks.known("PurchaseOrder", "buyer", po.buyer(), partyIds, "party");
      Checks.known("PurchaseOrder", "carrier", po.carrier(), partyIds, "party");
      Checks.known("PurchaseOrder", "product", po.product(), productIds, "product");
    }
    for (StockCheck s : stockAudits()) {
      Checks.known("StockCheck", "party", s.party(), partyIds, "party");
      Checks.known("StockCheck", "product", s.product(), productIds, "product");
    }
    for (int i = 0; i < journeys().size(); i++) {
      try {
        checkReferences(journeys().get(i), partyIds, productIds, customerIds);
      } catch (ModelException e) {
        throw e.within("journeys[" + i + "]");
      }
    }
  }

  /**
   * Checks that every party, product and customer {@code journey} names is in this portfolio, for
   * journeys read apart from it (a stream).
   *
   * @param journey a journey of this portfolio's parties
   * @throws ModelException naming the first dangling id
   */
  public void requireKnown(Journey journey) {
    checkReferences(journey, parties().keySet(), productIds(), customerIds());
  }

  @Value.Lazy
  Set<String> productIds() {
    return productsById().keySet();
  }

  /** {@return the products, by id} */
  @Value.Lazy
  public Map<String, Product> productsById() {
    return products().stream()
        .collect(ImmutableMap.toImmutableMap(Product::id, Function.identity()));
  }

  @Value.Lazy
  Set<String> customerIds() {
    return ids(customers(), Customer::id);
  }

  private static void checkReferences(
      Journey j, Set<String> partyIds, Set<String> productIds, Set<String> customerIds) {
    Checks.known("Journey", "customer", j.customer(), customerIds, "customer");
    for (Touchpoint t : j.touchpoints()) {
      Checks.known(t, "party", t.party(), partyIds, "party");
      t.partyReferences().forEach((field, id) -> Checks.known(t, field, id, partyIds, "party"));
      for (String product : t.productReferences()) {
        Checks.known(t, "product", product, productIds, "product");
      }
    }
  }

  /**
   * Each partnership joins two known parties, a pair of parties has one partnership (in either
   * direction), and following principals up from any party never comes back to it: a chain runs from a
   * brand down to the partners of its partners.
   */
  private void checkPartnerships(Set<String> partyIds) {
    Map<String, Integer> pairs = new java.util.HashMap<>();
    Map<String, List<Integer>> principalsOf = new java.util.HashMap<>();
    for (int i = 0; i < partnerships().size(); i++) {
      Partnership p = partnerships().get(i);
      String at = "partnerships[" + i + "]";
      try {
        Checks.known("Partnership", "principal", p.principal(), partyIds, "party");
        Checks.known("Partnership", "partner", p.partner(), partyIds, "party");
      } catch (ModelException e) {
        throw e.within(at);
      }
      String pair =
          p.principal().compareTo(p.partner()) < 0
              ? p.principal() + "\u0000" + p.partner()
              : p.partner() + "\u0000" + p.principal();
      Integer before = pairs.putIfAbsent(pair, i);
      if (before != null) {
        Partnership first = partnerships().get(before);
        throw new ModelException(
                "Portfolio",
                "partnerships",
                "Partnership '"
                    + p.id()
                    + "' joins "
                    + p.principal()
                    + " and "
                    + p.partner()
                    + ", who already have partnership '"
                    + first.id()
                    + "' (partnerships["
                    + before
                    + "]); two parties have one partnership, whichever is the principal. Maybe"
                    + " merge the two agreements into '"
                    + first.id()
                    + "'.")
            .within(at);
      }
      principalsOf.computeIfAbsent(p.partner(), k -> new ArrayList<>()).add(i);
    }
    // The last partnership of a circle, in the file's order, is the one reported: it closed it.
    for (int i = partnerships().size() - 1; i >= 0; i--) {
      Partnership p = partnerships().get(i);
      List<String> cycle = cycleFrom(p, principalsOf);
      if (cycle != null) {
        throw new ModelException(
                "Portfolio",
                "partnerships",
                "Partnership '"
                    + p.id()
                    + "' closes a circle of principals: "
                    + String.join(" serves ", cycle)
                    + "; a chain runs from a brand down to the partners of its partners, never back"
                    + " up. Maybe drop '"
                    + p.id()
                    + "' or turn it round (principal "
                    + p.partner()
                    + ", partner "
                    + p.principal()
                    + ").")
            .within("partnerships[" + i + "]");
      }
    }
  }

  /**
   * The parties from {@code start}'s partner up through principals back to it, when they come back
   * ({@code a, b, c, a}: a serves b, b serves c, c serves a); null when they do not.
   */
  private @org.jspecify.annotations.Nullable List<String> cycleFrom(
      Partnership start, Map<String, List<Integer>> principalsOf) {
    java.util.Deque<List<String>> paths = new java.util.ArrayDeque<>();
    paths.push(List.of(start.partner(), start.principal()));
    Set<String> seen = new java.util.HashSet<>();
    while (!paths.isEmpty()) {
      List<String> path = paths.pop();
      String last = path.get(path.size() - 1);
      if (last.equals(start.partner())) {
        return path;
      }
      if (!seen.add(last)) {
        continue;
      }
      for (int i : principalsOf.getOrDefault(last, List.of())) {
        List<String> longer = new ArrayList<>(path);
        longer.add(partnerships().get(i).principal());
        paths.push(longer);
      }
    }
    return null;
  }

  private static <T> Set<String> ids(List<T> values, Function<T, String> id) {
    return values.stream().map(id).collect(Collectors.toSet());
  }
}
