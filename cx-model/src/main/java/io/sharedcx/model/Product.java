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

  /** The product's id (SKU), unique in a portfolio. */
  public abstract String id();

  /** Its display name. */
  public abstract String name();

  /** The brand that makes or sells it under its name. */
  public abstract String brand();

  /** Breaks easily: needs protective packaging. */
  @Value.Default
  public boolean fragile() {
    return false;
  }

  /** Melts or spoils in heat: needs insulated or seasonal handling. */
  @Value.Default
  public boolean heatSensitive() {
    return false;
  }

  /** The minimum advertised price (MAP) the brand sets, if any. */
  public abstract @Nullable BigDecimal mapPrice();

  /** The manufacturer's suggested retail price, if any. */
  public abstract @Nullable BigDecimal msrp();

  /** The brand's master values of critical attributes (size, count, weight, allergens...), by name. */
  public abstract Map<String, String> attributes();

  /** Starts a builder. */
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
    Checks.notNegative("Product", "mapPrice", mapPrice());
    Checks.notNegative("Product", "msrp", msrp());
  }
}
