package io.sharedcx.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A product (SKU) of a brand, with the attributes that decide how it must be handled. */
@Value.Immutable
@JsonSerialize(as = ImmutableProduct.class)
@JsonDeserialize(as = ImmutableProduct.class)
public abstract class Product {
  Product() {} // only the generated implementation extends it

  /** {@return the product's id (SKU), unique in a portfolio} */
  public abstract String id();

  /** {@return its display name} */
  public abstract String name();

  /** {@return the brand that makes or sells it under its name} */
  public abstract String brand();

  /**
   * Breaks easily: needs protective packaging.
   *
   * @return whether it is fragile
   */
  @Value.Default
  public boolean fragile() {
    return false;
  }

  /**
   * Melts or spoils in heat: needs insulated or seasonal handling.
   *
   * @return whether it is heat-sensitive
   */
  @Value.Default
  public boolean heatSensitive() {
    return false;
  }

  /**
   * The brand's own category of the product in its master data, e.g. {@code Toys > Building sets}. A
   * partnership's {@link Agreement#categoryMap()} says which of the partner's categories a listing of
   * a product in this category belongs in.
   *
   * @return the master category, if the brand gives one
   */
  public abstract @Nullable String category();

  /** {@return the minimum advertised price (MAP) the brand sets, if any} */
  public abstract @Nullable BigDecimal mapPrice();

  /** {@return the manufacturer's suggested retail price, if any} */
  public abstract @Nullable BigDecimal msrp();

  /**
   * {@return the brand's master values of critical attributes (size, count, weight, allergens...),
   * by name}
   */
  public abstract Map<String, String> attributes();

  /** {@return a new, empty builder} */
  public static Product.Builder builder() {
    return new Product.Builder();
  }

  /** Builds a {@link Product}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableProduct.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("Product", "id", id());
    Checks.text("Product", "name", name());
    Checks.id("Product", "brand", brand());
    if (category() != null) {
      Checks.text("Product", "category", category());
    }
    Checks.notNegative("Product", "mapPrice", mapPrice());
    Checks.notNegative("Product", "msrp", msrp());
  }
}
