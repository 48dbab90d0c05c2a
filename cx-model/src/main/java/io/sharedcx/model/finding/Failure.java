package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A journey that could not be assessed, and why; it is counted, never dropped. */
@Value.Immutable
@JsonSerialize(as = ImmutableFailure.class)
@JsonDeserialize(as = ImmutableFailure.class)
public abstract class Failure {
  Failure() {} // only the generated implementation extends it

  /** {@return the journey that failed} */
  public abstract String journey();

  /** {@return the standard whose rule failed, if known} */
  public abstract @Nullable String standard();

  /** {@return the rule that failed, if known} */
  public abstract @Nullable String rule();

  /** {@return what went wrong and what to do} */
  public abstract String message();

  /** {@return a new, empty builder} */
  public static Failure.Builder builder() {
    return new Failure.Builder();
  }

  /** Builds a {@link Failure}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableFailure.Builder {
    Builder() {}
  }
}
