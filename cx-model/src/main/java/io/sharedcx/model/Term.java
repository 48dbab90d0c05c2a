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

  /** {@return the standard the threshold belongs to, e.g. {@code SERVICE-COMPLAINT-RELAY}} */
  public abstract String standard();

  /** {@return the threshold's key within the standard, e.g. {@code maxHours}} */
  public abstract String key();

  /** {@return the number} */
  public abstract BigDecimal value();

  /** {@return where the number comes from} */
  public abstract Provenance provenance();

  /**
   * What the number measures. A pack's defaults always declare it; an agreed term may leave it out
   * (the pack's unit applies) or state it, and then it must be the pack's.
   *
   * @return the unit, or null when a term leaves it to the pack
   */
  public abstract @Nullable Unit unit();

  /** {@return the number as a double, for rules} */
  public double asDouble() {
    return value().doubleValue();
  }

  /** {@return a new, empty builder} */
  public static Term.Builder builder() {
    return new Term.Builder();
  }

  /** Builds a {@link Term}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableTerm.Builder {
    Builder() {}
  }

  /**
   * {@return an agreed term}
   *
   * @param standard the standard id, e.g. {@code SERVICE-COMPLAINT-RELAY}
   * @param key the threshold's key, e.g. {@code maxHours}
   * @param value the agreed value, in the unit the pack declares for the key
   * @param source where it was agreed, e.g. a contract clause
   */
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
