package io.sharedcx.model;

/** Anyone who delivers part of a customer's experience: a brand or one of its partners. */
public interface Party {
  /** {@return the party's id, unique among all parties of a portfolio} */
  String id();

  /** {@return the party's display name} */
  String name();
}
