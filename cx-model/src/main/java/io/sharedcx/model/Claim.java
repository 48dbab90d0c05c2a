package io.sharedcx.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A return, refund, guarantee claim or chargeback the customer raised on an order; the touchpoint's
 * party is the one that received it. */
@Value.Immutable
@JsonTypeName("claim")
@JsonSerialize(as = ImmutableClaim.class)
@JsonDeserialize(as = ImmutableClaim.class)
public abstract class Claim extends Touchpoint {
  Claim() {} // only the generated implementation extends it

  /** {@return the order claimed on} */
  public abstract String order();

  /** {@return what kind of claim} */
  public abstract ClaimType type();

  /** {@return the customer's reason} */
  public abstract ComplaintReason reason();

  /** {@return the party at fault, if known} */
  public abstract @Nullable String about();

  @Override
  public final TouchpointKind kind() {
    return TouchpointKind.CLAIM;
  }

  @Override
  public final Map<String, String> touchpointReferences() {
    return Checks.refs("order", order());
  }

  @Override
  @Value.Lazy
  public Map<String, String> partyReferences() {
    return Checks.refs("about", about());
  }

  /** {@return a new, empty builder} */
  public static Claim.Builder builder() {
    return new Claim.Builder();
  }

  /** Builds a {@link Claim}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableClaim.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkCommon("Claim");
    Checks.id("Claim", "order", order());
  }
}
