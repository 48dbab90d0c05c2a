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

  /** The window's start, inclusive. */
  @Value.Parameter
  public abstract Instant from();

  /** The window's end, exclusive. */
  @Value.Parameter
  public abstract Instant to();

  /** Whether {@code at} falls in the window. */
  public boolean contains(Instant at) {
    return at != null && !at.isBefore(from()) && at.isBefore(to());
  }

  /** The window [from, to). */
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
