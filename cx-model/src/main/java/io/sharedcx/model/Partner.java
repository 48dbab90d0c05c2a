package io.sharedcx.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.immutables.value.Value;

/** A partner that delivers part of a brand's customer experience, in one or more roles. */
@Value.Immutable
@JsonSerialize(as = ImmutablePartner.class)
@JsonDeserialize(as = ImmutablePartner.class)
public abstract class Partner implements Party {
  Partner() {} // only the generated implementation extends it

  /** {@return the roles this partner plays, at least one} */
  public abstract Set<PartnerRole> roles();

  /**
   * {@return whether this partner plays {@code role}}
   *
   * @param role a role
   */
  public boolean plays(PartnerRole role) {
    return roles().contains(role);
  }

  /** {@return a new, empty builder} */
  public static Partner.Builder builder() {
    return new Partner.Builder();
  }

  /** Builds a {@link Partner}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutablePartner.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("Partner", "id", id());
    Checks.text("Partner", "name", name());
    Checks.nonEmpty(
        "Partner",
        "roles",
        roles(),
        "role (RETAILER, MARKETPLACE, DROP_SHIP_SUPPLIER, FULFILMENT, CARRIER, PLATFORM or SERVICE_DESK)");
  }
}
