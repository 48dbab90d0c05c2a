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

  /** {@return the fact's id} */
  @Value.Parameter
  public abstract String id();

  /** {@return the fact's kind, e.g. {@code shipment}, {@code complaint}, {@code violation}} */
  @Value.Parameter
  public abstract String kind();

  /**
   * {@return evidence for the fact {@code id} of {@code kind}}
   *
   * @param id the fact's id
   * @param kind the fact's kind, e.g. {@code shipment}
   */
  public static Evidence of(String id, String kind) {
    return ImmutableEvidence.of(id, kind);
  }

  @Override
  public String toString() {
    return kind() + ":" + id();
  }
}
