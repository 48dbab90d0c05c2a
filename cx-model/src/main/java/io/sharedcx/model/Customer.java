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
  /** The customer's id, unique in a portfolio. */
  public abstract String id();

  /** An optional display name. */
  public abstract @Nullable String name();

  /** Starts a builder. */
  public static ImmutableCustomer.Builder builder() {
    return ImmutableCustomer.builder();
  }

  @Value.Check
  void check() {
    Checks.id("Customer", "id", id());
    if (name() != null) {
      Checks.text("Customer", "name", name());
    }
  }
}
