package io.sharedcx.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** An offer as the customer saw it: a seller's product with price and stock as shown, and when
 * that stock data was last refreshed. When the touchpoint's party is not the seller (a brand's buy button
 * or where-to-buy widget), the offer is a referral. */
@Value.Immutable
@JsonTypeName("offer")
@JsonSerialize(as = ImmutableOffer.class)
@JsonDeserialize(as = ImmutableOffer.class)
public abstract class Offer extends Touchpoint {
  Offer() {} // only the generated implementation extends it

  /** {@return the product offered} */
  public abstract String product();

  /** {@return the party that sells it (for a referral, the partner the customer is sent to)} */
  public abstract String seller();

  /** {@return the price shown, if any} */
  public abstract @Nullable BigDecimal price();

  /** {@return the stock shown} */
  @Value.Default
  public StockShown stock() {
    return StockShown.UNKNOWN;
  }

  /** {@return where the offer was shown} */
  @Value.Default
  public OfferSurface surface() {
    return OfferSurface.PAGE;
  }

  /** {@return when the price behind this offer was last refreshed, if known} */
  public abstract @Nullable Instant priceAsOf();

  /** {@return critical attributes as the listing shows them (size, count, weight...), by name} */
  public abstract Map<String, String> attributes();

  /**
   * The category the listing is shown in, in the seller's own category tree, e.g. {@code Toys & Games >
   * Building Toys}.
   *
   * @return the listing's category, if observed
   */
  public abstract @Nullable String category();

  /** {@return how many images the listing shows, if known} */
  public abstract @Nullable Integer imageCount();

  /** {@return when the stock data behind this offer was last refreshed, if known} */
  public abstract @Nullable Instant stockDataAsOf();

  /**
   * {@return whether another party (usually the brand) shows this offer and sends the customer to
   * the seller}
   */
  public boolean isReferral() {
    return !party().equals(seller());
  }

  /** {@return whether the offer showed the product as available} */
  public boolean isShownInStock() {
    return stock() == StockShown.IN_STOCK || stock() == StockShown.LOW_STOCK;
  }

  /**
   * {@return hours between the stock data's refresh and the moment the offer was shown, or -1 if
   * unknown}
   */
  public long stockDataAgeHours() {
    Instant asOf = stockDataAsOf();
    return asOf == null ? -1 : Duration.between(asOf, at()).toHours();
  }

  @Override
  public final TouchpointKind kind() {
    return TouchpointKind.OFFER;
  }

  @Override
  @Value.Lazy
  public Map<String, String> partyReferences() {
    return Checks.refs("seller", seller());
  }

  @Override
  @Value.Lazy
  public Set<String> productReferences() {
    return ImmutableSet.of(product());
  }

  /** {@return a new, empty builder} */
  public static Offer.Builder builder() {
    return new Offer.Builder();
  }

  /** Builds an {@link Offer}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableOffer.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkCommon("Offer");
    Checks.id("Offer", "product", product());
    Checks.id("Offer", "seller", seller());
    Checks.notNegative("Offer", "price", price());
    if (category() != null) {
      Checks.text("Offer", "category", category());
    }
    if (imageCount() != null) {
      Checks.notNegative("Offer", "imageCount", imageCount());
    }
    if (stockDataAsOf() != null && stockDataAsOf().isAfter(at())) {
      throw new ModelException(
          "Offer",
          "stockDataAsOf",
          stockDataAsOf(),
          "a time at or before the offer was shown (" + at() + ")");
    }
  }
}
