package io.sharedcx.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The person whose experience is judged; only an id is needed. */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomer.class)
@JsonDeserialize(as = ImmutableCustomer.class)
public abstract class Customer {
  Customer() {} // only the generated implementation extends it

  /** {@return the customer's id, unique in a portfolio} */
  public abstract String id();

  /** {@return an optional display name} */
  public abstract @Nullable String name();

  /** {@return a new, empty builder} */
  public static Customer.Builder builder() {
    return new Customer.Builder();
  }

  /** Builds a {@link Customer}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableCustomer.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("Customer", "id", id());
    if (name() != null) {
      Checks.text("Customer", "name", name());
    }
  }
}
