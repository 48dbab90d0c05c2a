package io.sharedcx.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A brand: the maker or the site whose promise the customer trusts, and who sets standards with partners. */
@Value.Immutable
@JsonSerialize(as = ImmutableBrand.class)
@JsonDeserialize(as = ImmutableBrand.class)
public abstract class Brand implements Party {

  /** Starts a builder. */
  public static ImmutableBrand.Builder builder() {
    return ImmutableBrand.builder();
  }

  @Value.Check
  void check() {
    Checks.id("Brand", "id", id());
    Checks.text("Brand", "name", name());
  }
}
