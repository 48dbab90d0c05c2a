package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A violation with where it stands after exemptions and disputes, and what put it there. */
@Value.Immutable
@JsonSerialize(as = ImmutableAdjustedViolation.class)
@JsonDeserialize(as = ImmutableAdjustedViolation.class)
public abstract class AdjustedViolation {
  AdjustedViolation() {} // only the generated implementation extends it

  /** {@return the violation, unchanged} */
  public abstract Violation violation();

  /** {@return where it stands} */
  public abstract ViolationStanding standing();

  /** {@return the exemption that covers it, when {@link ViolationStanding#EXEMPTED}} */
  public abstract @Nullable String exemption();

  /** {@return the dispute that decided its standing, if one did} */
  public abstract @Nullable String dispute();

  /** {@return a new, empty builder} */
  public static AdjustedViolation.Builder builder() {
    return new AdjustedViolation.Builder();
  }

  /** Builds an {@link AdjustedViolation}; every setter returns this builder. */
  public static final class Builder extends ImmutableAdjustedViolation.Builder {
    Builder() {}
  }
}
