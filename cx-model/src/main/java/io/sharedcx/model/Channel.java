package io.sharedcx.model;

/** Where a touchpoint happens. */
public enum Channel {
  /** A web site. */
  WEB,
  /** A mobile app. */
  APP,
  /** A physical store. */
  STORE,
  /** An email. */
  EMAIL,
  /** A phone call. */
  PHONE,
  /** A chat or messaging conversation. */
  CHAT,
  /** A social-media platform. */
  SOCIAL,
  /** A marketplace's site or app. */
  MARKETPLACE,
  /** A parcel at the customer's door. */
  PARCEL,
  /** Anything else. */
  OTHER
}
