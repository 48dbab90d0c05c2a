package io.sharedcx.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Where a threshold comes from: the pack's default (with its public source) or the partners' agreement. */
@Value.Immutable
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
public abstract class Provenance {
  Provenance() {} // only the generated implementation extends it

  /** Whether a number is a default or was agreed. */
  public enum Origin {
    /** The standard pack's default, taken from a named public source. */
    DEFAULT,
    /** Agreed between the brand and the partner. */
    AGREED
  }

  /** {@return default or agreed} */
  public abstract Origin origin();

  /**
   * {@return the named source, e.g. "Amazon Seller Central: contact response time" or
   * "Acme-Igourmet contract s.4"}
   */
  public abstract String source();

  /** {@return when the source was read or the agreement signed} */
  public abstract @Nullable LocalDate asOf();

  /** {@return a link to the source, if public} */
  public abstract @Nullable String url();

  /**
   * {@return a provenance for a number agreed between the partners}
   *
   * @param source where it was agreed, e.g. a contract clause
   */
  public static Provenance agreed(String source) {
    return ImmutableProvenance.builder().origin(Origin.AGREED).source(source).build();
  }

  /**
   * {@return a provenance for a pack default taken from a named source}
   *
   * @param source the named source, e.g. a marketplace's published policy
   */
  public static Provenance byDefault(String source) {
    return ImmutableProvenance.builder().origin(Origin.DEFAULT).source(source).build();
  }

  /** {@return a new, empty builder} */
  public static Provenance.Builder builder() {
    return new Provenance.Builder();
  }

  /** Builds a {@link Provenance}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableProvenance.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.text("Provenance", "source", source());
  }
}
