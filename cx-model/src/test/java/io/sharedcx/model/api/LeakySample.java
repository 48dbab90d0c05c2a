package io.sharedcx.model.api;

import java.util.List;

/** A public type that names a generated implementation, as the API must not. */
public class LeakySample {
  /** A field of the generated type. */
  public ImmutableSample field;

  /** Returns it inside a type argument. */
  public List<? extends ImmutableSample> samples() {
    return List.of();
  }

  /** Takes one. */
  protected void take(ImmutableSample sample) {}

  /** Not part of the surface: private. */
  private ImmutableSample hidden() {
    return null;
  }
}
