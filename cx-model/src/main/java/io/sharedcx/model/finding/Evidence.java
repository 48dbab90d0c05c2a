package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A fact a finding rests on, by id and kind (e.g. {@code s-choc}, {@code shipment}). */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidence.class)
@JsonDeserialize(as = ImmutableEvidence.class)
public abstract class Evidence {
  Evidence() {} // only the generated implementation extends it

  /** The fact's id. */
  @Value.Parameter
  public abstract String id();

  /** The fact's kind, e.g. {@code shipment}, {@code complaint}, {@code violation}. */
  @Value.Parameter
  public abstract String kind();

  /** Evidence for the fact {@code id} of {@code kind}. */
  public static Evidence of(String id, String kind) {
    return ImmutableEvidence.of(id, kind);
  }

  @Override
  public String toString() {
    return kind() + ":" + id();
  }
}
