package io.sharedcx.model;

/** Where an offer or price was shown. */
public enum OfferSurface {
  /** A product page. */
  PAGE,
  /** An advertisement. */
  AD,
  /** The cart or checkout. */
  CART,
  /** A product or price feed. */
  FEED,
  /** An email. */
  EMAIL,
  /** A where-to-buy widget or buy button. */
  WIDGET
}
