package io.sharedcx.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Two parties and the agreement between them on the standards they share: a principal (a brand, or a
 * partner that works with partners of its own, such as a retailer and its drop-ship supplier) and the
 * partner that serves it. Partnerships chain: brand, retailer, the retailer's supplier, each link with
 * its own agreement. JSON input may name the principal {@code "brand"}, the field's name when only a
 * brand could be a principal.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartnership.class)
@JsonDeserialize(as = ImmutablePartnership.class)
public abstract class Partnership {
  Partnership() {} // only the generated implementation extends it

  /** {@return the partnership's id, unique in a portfolio} */
  public abstract String id();

  /**
   * {@return the principal's party id: the brand, or the partner (a retailer, a flash-sale site) that
   * works with this partner on its own account}
   */
  @JsonAlias("brand")
  public abstract String principal();

  /** {@return the partner's party id: the party that serves the principal} */
  public abstract String partner();

  /**
   * {@return the principal's party id; the name from when only a brand could be a principal, kept for
   * callers written then: the same as {@link #principal()}, which may be a partner}
   */
  public final String brand() {
    return principal();
  }

  /**
   * {@return what they agreed; by default, every standard of the pack with its default thresholds}
   */
  @Value.Default
  public Agreement agreement() {
    return Agreement.defaults();
  }

  /**
   * {@return whether {@code party} is one of its two sides}
   *
   * @param party a party id
   */
  public boolean joins(String party) {
    return principal().equals(party) || partner().equals(party);
  }

  /** {@return a new, empty builder} */
  public static Partnership.Builder builder() {
    return new Partnership.Builder();
  }

  /** Builds a {@link Partnership}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutablePartnership.Builder {
    Builder() {}

    /**
     * Sets the principal under the name it had when only a brand could be one.
     *
     * @param brand the principal's party id
     * @return this builder
     */
    public Builder brand(String brand) {
      principal(brand);
      return this;
    }
  }

  @Value.Check
  void check() {
    Checks.id("Partnership", "id", id());
    Checks.id("Partnership", "principal", principal());
    Checks.id("Partnership", "partner", partner());
    if (principal().equals(partner())) {
      throw new ModelException(
          "Partnership",
          "partner",
          partner(),
          "a party other than the principal: '"
              + partner()
              + "' is partnered with itself in partnership '"
              + id()
              + "'. Maybe name the party it works with as principal or partner.");
    }
  }
}
