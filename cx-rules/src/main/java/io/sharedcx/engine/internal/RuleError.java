package io.sharedcx.engine.internal;

import org.jspecify.annotations.Nullable;

/**
 * A rule threw an {@link Error} that is not one of the JVM's fatal ones (an {@code AssertionError}, a
 * {@code StackOverflowError}, ...): carried as an exception so that it fails only its journey.
 */
public final class RuleError extends RunFailure {
  private static final long serialVersionUID = 1L;

  private final @Nullable String rule;
  private final @Nullable String standard;

  RuleError(String what, @Nullable String rule, @Nullable String standard, Error cause) {
    super(
        what,
        (rule == null ? "a rule" : "rule '" + rule + "'")
            + " threw "
            + cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
            + ". Maybe fix the rule; the other journeys were assessed.",
        cause);
    this.rule = rule;
    this.standard = standard;
  }

  /** The rule that was firing, if known. */
  public @Nullable String rule() {
    return rule;
  }

  /** The standard of the rule that was firing, if known. */
  public @Nullable String standard() {
    return standard;
  }
}
