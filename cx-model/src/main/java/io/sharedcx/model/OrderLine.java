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

  /** {@return the product ordered} */
  public abstract String product();

  /** {@return how many, at least one} */
  public abstract int quantity();

  /**
   * {@return a line for {@code quantity} units of {@code product}}
   *
   * @param product the product id
   * @param quantity how many units, at least one
   */
  public static OrderLine of(String product, int quantity) {
    return ImmutableOrderLine.builder().product(product).quantity(quantity).build();
  }

  @Value.Check
  void check() {
    Checks.id("OrderLine", "product", product());
    Checks.positive("OrderLine", "quantity", quantity());
  }
}
