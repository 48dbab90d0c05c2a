package io.sharedcx.model;

/** What a partner does in the customer's journey. */
public enum PartnerRole {
  /** Sells to the customer, online or in stores. */
  RETAILER,
  /** Hosts other sellers' offers. */
  MARKETPLACE,
  /** Ships orders on another party's behalf, from its own stock. */
  DROP_SHIP_SUPPLIER,
  /** Picks, packs and ships from a warehouse (3PL). */
  FULFILMENT,
  /** Carries parcels to the customer. */
  CARRIER,
  /** Runs the technology a journey passes through (where-to-buy widget, social platform). */
  PLATFORM,
  /** Answers customers on another party's behalf. */
  SERVICE_DESK
}
