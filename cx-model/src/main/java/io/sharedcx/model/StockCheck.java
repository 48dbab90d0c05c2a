package io.sharedcx.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.immutables.value.Value;

/** The stock a party really had for a product at a moment: a shelf count, an inventory record, a
 * store visit. */
@Value.Immutable
@JsonTypeName("stockCheck")
@JsonSerialize(as = ImmutableStockCheck.class)
@JsonDeserialize(as = ImmutableStockCheck.class)
public abstract class StockCheck extends Touchpoint {
  StockCheck() {} // only the generated implementation extends it

  /** {@return the product counted} */
  public abstract String product();

  /** {@return units available to sell} */
  public abstract int available();

  @Override
  public final TouchpointKind kind() {
    return TouchpointKind.STOCK_CHECK;
  }

  @Override
  @Value.Lazy
  public Set<String> productReferences() {
    return ImmutableSet.of(product());
  }

  /** {@return a new, empty builder} */
  public static StockCheck.Builder builder() {
    return new StockCheck.Builder();
  }

  /** Builds a {@link StockCheck}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableStockCheck.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkCommon("StockCheck");
    Checks.id("StockCheck", "product", product());
    Checks.notNegative("StockCheck", "available", available());
  }
}
