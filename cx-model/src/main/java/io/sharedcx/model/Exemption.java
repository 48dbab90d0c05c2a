package io.sharedcx.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A standard set aside in advance for one party, within a scope and for a time, with who approved it and
 * why: a flood closing a supplier's warehouse for a week, a carrier lane suspended by a strike. A
 * violation inside its scope and time stays in the results, marked exempted, and no longer counts in the
 * adjusted figures.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExemption.class)
@JsonDeserialize(as = ImmutableExemption.class)
public abstract class Exemption {
  /** The longest an exemption may run: a year, a leap day included. */
  public static final Duration MAX_VALIDITY = Duration.ofDays(366);

  Exemption() {} // only the generated implementation extends it

  /** {@return its id, unique among the exemptions} */
  public abstract String id();

  /** {@return the party it exempts: violations must be that party's to be exempted} */
  public abstract String party();

  /** {@return the standard it sets aside, e.g. {@code SHIP-ON-TIME-DISPATCH}} */
  public abstract String standard();

  /**
   * {@return the product it is narrowed to, if any: only violations citing a fact about that product
   * (an order line, a parcel, an offer) are exempted}
   */
  public abstract @Nullable String product();

  /**
   * {@return the lane it is narrowed to, named by its carrier, if any: only violations citing a parcel
   * carried by that carrier are exempted}
   */
  public abstract @Nullable String carrier();

  /**
   * {@return the node it is narrowed to, if any: only violations citing a parcel packed by that node (a
   * warehouse or supplier's party id) are exempted}
   */
  public abstract @Nullable String node();

  /** {@return from when it holds (inclusive): a violation is exempted when it happened in its time} */
  public abstract Instant validFrom();

  /** {@return until when it holds (exclusive); at most {@link #MAX_VALIDITY} after {@link #validFrom()}} */
  public abstract Instant validUntil();

  /** {@return who approved it, e.g. the brand's partner manager} */
  public abstract String approvedBy();

  /** {@return when it was approved} */
  public abstract Instant approvedAt();

  /** {@return why, in one sentence, e.g. "warehouse closed by the flood of 12 March"} */
  public abstract String reason();

  /**
   * {@return whether it holds at {@code at}}
   *
   * @param at an instant
   */
  public boolean holdsAt(Instant at) {
    return !at.isBefore(validFrom()) && at.isBefore(validUntil());
  }

  /** {@return a new, empty builder} */
  public static Exemption.Builder builder() {
    return new Exemption.Builder();
  }

  /** Builds an {@link Exemption}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableExemption.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("Exemption", "id", id());
    Checks.id("Exemption", "party", party());
    Checks.id("Exemption", "standard", standard());
    if (product() != null) {
      Checks.id("Exemption", "product", product());
    }
    if (carrier() != null) {
      Checks.id("Exemption", "carrier", carrier());
    }
    if (node() != null) {
      Checks.id("Exemption", "node", node());
    }
    Checks.text("Exemption", "approvedBy", approvedBy());
    Checks.text("Exemption", "reason", reason());
    if (!validUntil().isAfter(validFrom())) {
      throw new ModelException(
          "Exemption", "validUntil", validUntil(), "an instant after validFrom " + validFrom());
    }
    Duration validity = Duration.between(validFrom(), validUntil());
    if (validity.compareTo(MAX_VALIDITY) > 0) {
      throw new ModelException(
          "Exemption",
          "validUntil",
          validUntil(),
          "at most 366 days after validFrom "
              + validFrom()
              + " (an exemption runs a year at most; got "
              + validity.toDays()
              + " days): agree a new exemption for the next year");
    }
  }
}
