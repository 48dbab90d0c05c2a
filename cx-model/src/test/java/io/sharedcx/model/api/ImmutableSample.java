package io.sharedcx.model.api;

/** Stands in for a generated implementation, to show the leak check catches one. */
public final class ImmutableSample {}
