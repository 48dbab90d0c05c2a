package io.sharedcx.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A brand and a partner, and the agreement between them on the standards they share. */
@Value.Immutable
@JsonSerialize(as = ImmutablePartnership.class)
@JsonDeserialize(as = ImmutablePartnership.class)
public abstract class Partnership {
  Partnership() {} // only the generated implementation extends it

  /** {@return the partnership's id, unique in a portfolio} */
  public abstract String id();

  /** {@return the brand's party id} */
  public abstract String brand();

  /** {@return the partner's party id} */
  public abstract String partner();

  /**
   * {@return what they agreed; by default, every standard of the pack with its default thresholds}
   */
  @Value.Default
  public Agreement agreement() {
    return Agreement.defaults();
  }

  /** {@return a new, empty builder} */
  public static Partnership.Builder builder() {
    return new Partnership.Builder();
  }

  /** Builds a {@link Partnership}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutablePartnership.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("Partnership", "id", id());
    Checks.id("Partnership", "brand", brand());
    Checks.id("Partnership", "partner", partner());
    if (brand().equals(partner())) {
      throw new ModelException(
          "Partnership", "partner", partner(), "a partner other than the brand itself");
    }
  }
}
