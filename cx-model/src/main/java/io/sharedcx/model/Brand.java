package io.sharedcx.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A brand: the maker or the site whose promise the customer trusts, and who sets standards with partners. */
@Value.Immutable
@JsonSerialize(as = ImmutableBrand.class)
@JsonDeserialize(as = ImmutableBrand.class)
public abstract class Brand implements Party {
  Brand() {} // only the generated implementation extends it

  /** {@return a new, empty builder} */
  public static Brand.Builder builder() {
    return new Brand.Builder();
  }

  /** Builds a {@link Brand}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableBrand.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("Brand", "id", id());
    Checks.text("Brand", "name", name());
  }
}
