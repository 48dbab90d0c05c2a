package io.sharedcx.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A parcel for an order as it reached the customer: who packed it, who carried it, and what was
 * found on arrival. */
@Value.Immutable
@JsonTypeName("shipment")
@JsonSerialize(as = ImmutableShipment.class)
@JsonDeserialize(as = ImmutableShipment.class)
public abstract class Shipment extends Touchpoint {
  private static final BigDecimal MIN_CELSIUS = BigDecimal.valueOf(-60);
  private static final BigDecimal MAX_CELSIUS = BigDecimal.valueOf(60);

  Shipment() {} // only the generated implementation extends it

  /** {@return the order it belongs to} */
  public abstract String order();

  /** {@return the party that picked and packed it} */
  public abstract String packedBy();

  /** {@return the carrier, if known} */
  public abstract @Nullable String carrier();

  /** {@return the products in the parcel} */
  public abstract List<String> products();

  /** {@return when it was handed to the carrier, if known} */
  public abstract @Nullable Instant shippedAt();

  /** {@return the tracking number uploaded, if any} */
  public abstract @Nullable String trackingNumber();

  /** {@return whether the tracking number was valid for the carrier; null if not checked} */
  public abstract @Nullable Boolean trackingValid();

  /** {@return the carrier's first scan, if it happened} */
  public abstract @Nullable Instant firstScanAt();

  /** {@return whether the packing met the brand's packaging spec; null if not known} */
  public abstract @Nullable Boolean packagingSpecMet();

  /** {@return its condition on arrival} */
  @Value.Default
  public Condition condition() {
    return Condition.UNKNOWN;
  }

  /** {@return whether a packing slip or order note was in the parcel; null if not known} */
  public abstract @Nullable Boolean packingSlipPresent();

  /** {@return for a gift order, whether the gift note was in the parcel; null if not known} */
  public abstract @Nullable Boolean giftNotePresent();

  /**
   * {@return when the carrier scanned a handling exception (the parcel damaged, dropped or crushed in
   * its care), if it did}
   */
  public abstract @Nullable Instant handlingExceptionAt();

  /** {@return how the parcel was protected against heat; null if not recorded} */
  public abstract @Nullable HeatProtection heatProtection();

  /**
   * {@return the highest temperature at the destination, in degrees Celsius, forecast or observed
   * while the parcel was out for delivery; null if not known}
   */
  public abstract @Nullable BigDecimal destinationTemperatureC();

  /** {@return whether the parcel carried another seller's branding, slips or inserts} */
  @Value.Default
  public boolean foreignBranding() {
    return false;
  }

  /** {@return what was wrong with the contents against the order and its description} */
  @Value.Default
  public ContentIssue contentIssue() {
    return ContentIssue.NONE;
  }

  /** {@return whether the parcel arrived damaged or melted} */
  public boolean isDamaged() {
    return condition() == Condition.DAMAGED || condition() == Condition.MELTED;
  }

  /** {@return whether the packing slip or order note was found missing} */
  public boolean isSlipMissing() {
    return Boolean.FALSE.equals(packingSlipPresent());
  }

  /** {@return whether the gift note was found missing from the parcel} */
  public boolean isGiftNoteMissing() {
    return Boolean.FALSE.equals(giftNotePresent());
  }

  /** {@return whether the carrier recorded a handling exception on the parcel} */
  public boolean isHandlingException() {
    return handlingExceptionAt() != null;
  }

  /** {@return whether the parcel was recorded as packed with no protection against heat} */
  public boolean isHeatUnprotected() {
    return heatProtection() == HeatProtection.NONE;
  }

  /**
   * Whether the destination was at or above a temperature.
   *
   * @param celsius the temperature, in degrees Celsius
   * @return whether the destination temperature is known and at or above {@code celsius}
   */
  public boolean isDestinationAtLeast(double celsius) {
    return destinationTemperatureC() != null && destinationTemperatureC().doubleValue() >= celsius;
  }

  /** {@return whether the parcel arrived melted after being packed with no protection against heat} */
  public boolean isMeltedUnprotected() {
    return condition() == Condition.MELTED && isHeatUnprotected();
  }

  /** {@return whether the packing was found not to meet the brand's spec} */
  public boolean isSpecMissed() {
    return Boolean.FALSE.equals(packagingSpecMet());
  }

  /**
   * {@return whether the parcel kept every promise the customer can see: intact, noted, as
   * described, unbranded by others}
   */
  public boolean isUpToStandard() {
    return !isDamaged()
        && !isSlipMissing()
        && !foreignBranding()
        && contentIssue() == ContentIssue.NONE;
  }

  @Override
  public final TouchpointKind kind() {
    return TouchpointKind.SHIPMENT;
  }

  @Override
  public final Map<String, String> touchpointReferences() {
    return Checks.refs("order", order());
  }

  @Override
  @Value.Lazy
  public Map<String, String> partyReferences() {
    return Checks.refs("packedBy", packedBy(), "carrier", carrier());
  }

  @Override
  @Value.Lazy
  public Set<String> productReferences() {
    return ImmutableSet.copyOf(products());
  }

  /** {@return a new, empty builder} */
  public static Shipment.Builder builder() {
    return new Shipment.Builder();
  }

  /** Builds a {@link Shipment}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableShipment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkCommon("Shipment");
    Checks.id("Shipment", "order", order());
    Checks.id("Shipment", "packedBy", packedBy());
    products().forEach(p -> Checks.id("Shipment", "products", p));
    if (shippedAt() != null && shippedAt().isAfter(at())) {
      throw new ModelException(
          "Shipment",
          "shippedAt",
          shippedAt(),
          "a time at or before the parcel arrived (" + at() + ")");
    }
    if (destinationTemperatureC() != null
        && (destinationTemperatureC().compareTo(MIN_CELSIUS) < 0
            || destinationTemperatureC().compareTo(MAX_CELSIUS) > 0)) {
      throw new ModelException(
          "Shipment",
          "destinationTemperatureC",
          destinationTemperatureC(),
          "a temperature in degrees Celsius between "
              + MIN_CELSIUS
              + " and "
              + MAX_CELSIUS
              + " (convert Fahrenheit: (F - 32) / 1.8)");
    }
    if (handlingExceptionAt() != null && handlingExceptionAt().isAfter(at())) {
      throw new ModelException(
          "Shipment",
          "handlingExceptionAt",
          handlingExceptionAt(),
          "a time at or before the parcel arrived (" + at() + ")");
    }
  }
}
