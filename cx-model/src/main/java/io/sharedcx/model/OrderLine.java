package io.sharedcx.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** One line of an order: a product and a quantity. */
@Value.Immutable
@JsonSerialize(as = ImmutableOrderLine.class)
@JsonDeserialize(as = ImmutableOrderLine.class)
public abstract class OrderLine {
  OrderLine() {} // only the generated implementation extends it

  /** The product ordered. */
  public abstract String product();

  /** How many, at least one. */
  public abstract int quantity();

  /** A line for {@code quantity} units of {@code product}. */
  public static OrderLine of(String product, int quantity) {
    return ImmutableOrderLine.builder().product(product).quantity(quantity).build();
  }

  @Value.Check
  void check() {
    Checks.id("OrderLine", "product", product());
    Checks.positive("OrderLine", "quantity", quantity());
  }
}
