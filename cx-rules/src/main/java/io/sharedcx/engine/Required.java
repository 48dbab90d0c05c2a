package io.sharedcx.engine;

import org.jspecify.annotations.Nullable;

/**
 * Checks the arguments of the engine's public methods, so that a null says which argument of which call
 * and what to pass, rather than where inside the engine it was first used.
 */
final class Required {
  private Required() {}

  /**
   * {@return {@code value}, when it is not null}
   *
   * @param value the argument
   * @param call the call, e.g. {@code assess(portfolio, asOf)}
   * @param name the argument's name in it
   * @param instead what to pass or call instead, as a sentence beginning with "Maybe"
   * @throws NullPointerException saying so
   */
  static <T> T notNull(@Nullable T value, String call, String name, String instead) {
    if (value == null) {
      throw new NullPointerException(call + ": " + name + " is null. " + instead);
    }
    return value;
  }

  /** {@return {@code value}, when it is not null}, with the hint for a portfolio */
  static <T> T portfolio(@Nullable T value, String call, String name) {
    return notNull(
        value,
        call,
        name,
        "Maybe read it with CxJson.readPortfolio, or build it with Portfolio.builder()");
  }
}
