package io.sharedcx.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One threshold of one standard, e.g. {@code SERVICE-COMPLAINT-RELAY / maxHours = 24}, with where the
 * number comes from.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTerm.class)
@JsonDeserialize(as = ImmutableTerm.class)
public abstract class Term {
  Term() {} // only the generated implementation extends it

  /** The standard the threshold belongs to, e.g. {@code SERVICE-COMPLAINT-RELAY}. */
  public abstract String standard();

  /** The threshold's key within the standard, e.g. {@code maxHours}. */
  public abstract String key();

  /** The number. */
  public abstract BigDecimal value();

  /** Where the number comes from. */
  public abstract Provenance provenance();

  /**
   * What the number measures. A pack's defaults always declare it; an agreed term may leave it out
   * (the pack's unit applies) or state it, and then it must be the pack's.
   */
  public abstract @Nullable Unit unit();

  /** The number as a double, for rules. */
  public double asDouble() {
    return value().doubleValue();
  }

  /** Starts a builder. */
  public static Term.Builder builder() {
    return new Term.Builder();
  }

  /** Builds a {@link Term}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableTerm.Builder {
    Builder() {}
  }

  /** An agreed term. */
  public static Term agreed(String standard, String key, double value, String source) {
    return builder()
        .standard(standard)
        .key(key)
        .value(BigDecimal.valueOf(value))
        .provenance(Provenance.agreed(source))
        .build();
  }

  @Value.Check
  void check() {
    Checks.id("Term", "standard", standard());
    Checks.id("Term", "key", key());
    Checks.notNegative("Term", "value", value());
  }
}
