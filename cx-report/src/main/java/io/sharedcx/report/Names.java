package io.sharedcx.report;

import io.sharedcx.model.Party;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Product;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The display names of a portfolio's parties and products, so a report can show a name beside each id,
 * e.g. {@code QuickShip Logistics (quickship)}. An id the portfolio does not name is shown alone. Every
 * name and id is escaped (see {@link Printable}).
 *
 * <pre>{@code
 * Names names = Names.of(portfolio);
 * names.party("quickship");   // QuickShip Logistics (quickship)
 * names.party("unknown");     // unknown
 * }</pre>
 */
public final class Names {
  /** No names: every id is shown alone. */
  public static final Names NONE = new Names(Map.of(), Map.of());

  private final Map<String, String> parties;
  private final Map<String, String> products;

  private Names(Map<String, String> parties, Map<String, String> products) {
    this.parties = parties;
    this.products = products;
  }

  /**
   * {@return the names of the brands, partners and products of {@code portfolio}}
   *
   * @param portfolio a portfolio (its journeys are not read)
   */
  public static Names of(Portfolio portfolio) {
    Map<String, String> parties = new HashMap<>();
    for (Party party : portfolio.parties().values()) {
      parties.put(party.id(), party.name());
    }
    Map<String, String> products = new HashMap<>();
    for (Product product : portfolio.products()) {
      products.put(product.id(), product.name());
    }
    return new Names(Map.copyOf(parties), Map.copyOf(products));
  }

  /**
   * {@return these names and then those of {@code other} for the ids these do not name}
   *
   * @param other more names, e.g. of the next file of a run
   */
  public Names and(Names other) {
    Map<String, String> parties = new HashMap<>(other.parties);
    parties.putAll(this.parties);
    Map<String, String> products = new HashMap<>(other.products);
    products.putAll(this.products);
    return new Names(Map.copyOf(parties), Map.copyOf(products));
  }

  /**
   * {@return the party's name, if the portfolio names it}
   *
   * @param id a party id
   */
  public Optional<String> partyName(String id) {
    return Optional.ofNullable(parties.get(id));
  }

  /**
   * {@return the product's name, if the portfolio names it}
   *
   * @param id a product id
   */
  public Optional<String> productName(String id) {
    return Optional.ofNullable(products.get(id));
  }

  /**
   * {@return the party as {@code Name (id)}, or its id alone when it has no other name; escaped}
   *
   * @param id a party id
   */
  public String party(String id) {
    return display(parties.get(id), id);
  }

  /**
   * {@return the product as {@code Name (id)}, or its id alone when it has no other name; escaped}
   *
   * @param id a product id
   */
  public String product(String id) {
    return display(products.get(id), id);
  }

  private static String display(String name, String id) {
    if (name == null || name.equals(id)) {
      return Printable.escape(id);
    }
    return Printable.escape(name) + " (" + Printable.escape(id) + ")";
  }
}
