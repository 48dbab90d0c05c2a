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
  WIDGET,
  /**
   * A price tag or display on a store's shelf: what a shopper in the store sees, not an advertisement
   * (a minimum advertised price does not govern it unless the agreement says so).
   */
  SHELF
}
