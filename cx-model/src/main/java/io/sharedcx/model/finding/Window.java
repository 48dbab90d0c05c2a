package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import org.immutables.value.Value;

/** A time window [from, to) over which window metrics are computed. */
@Value.Immutable
@JsonSerialize(as = ImmutableWindow.class)
@JsonDeserialize(as = ImmutableWindow.class)
public abstract class Window {
  Window() {} // only the generated implementation extends it

  /** {@return the window's start, inclusive} */
  @Value.Parameter
  public abstract Instant from();

  /** {@return the window's end, exclusive} */
  @Value.Parameter
  public abstract Instant to();

  /**
   * {@return whether {@code at} falls in the window}
   *
   * @param at a moment
   */
  public boolean contains(Instant at) {
    return at != null && !at.isBefore(from()) && at.isBefore(to());
  }

  /**
   * {@return the window [from, to)}
   *
   * @param from the start, inclusive
   * @param to the end, exclusive
   */
  public static Window of(Instant from, Instant to) {
    return ImmutableWindow.of(from, to);
  }

  @Value.Check
  void check() {
    if (!to().isAfter(from())) {
      throw new io.sharedcx.model.ModelException(
          "Window", "to", to(), "a time after from (" + from() + ")");
    }
  }
}
