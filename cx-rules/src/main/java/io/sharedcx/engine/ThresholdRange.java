package io.sharedcx.engine;

import io.sharedcx.model.Unit;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The values a threshold may take: its unit, and the bounds that unit and the standard allow. A
 * {@link Unit#FRACTION} lies from 0 to 1, a {@link Unit#COUNT} is a whole number of at least 0, hours,
 * days, money and factors are at least 0, a {@link Unit#CELSIUS} temperature lies from -60 to 60; a standard's defaults file may narrow that (a window target
 * that would judge every party alike is left out, for instance).
 *
 * @param unit what the number measures
 * @param min the lowest value allowed, or null when there is none
 * @param minIncluded whether {@code min} itself is allowed
 * @param max the highest value allowed, or null when there is none
 * @param maxIncluded whether {@code max} itself is allowed
 */
public record ThresholdRange(
    Unit unit,
    @Nullable BigDecimal min,
    boolean minIncluded,
    @Nullable BigDecimal max,
    boolean maxIncluded) {

  /**
   * The range a unit allows on its own.
   *
   * @param unit the unit
   * @return from 0 to 1 for a fraction, from -60 to 60 for a temperature, at least 0 for the others
   */
  public static ThresholdRange of(Unit unit) {
    if (unit == Unit.CELSIUS) {
      return new ThresholdRange(unit, BigDecimal.valueOf(-60), true, BigDecimal.valueOf(60), true);
    }
    return new ThresholdRange(
        unit, BigDecimal.ZERO, true, unit == Unit.FRACTION ? BigDecimal.ONE : null, true);
  }

  /**
   * Whether {@code value} is allowed: within the bounds, and a whole number for a count.
   *
   * @param value the number
   * @return true when a threshold may take it
   */
  public boolean contains(BigDecimal value) {
    if (unit == Unit.COUNT && value.stripTrailingZeros().scale() > 0) {
      return false;
    }
    if (min != null) {
      int c = value.compareTo(min);
      if (c < 0 || (c == 0 && !minIncluded)) {
        return false;
      }
    }
    if (max != null) {
      int c = value.compareTo(max);
      return c < 0 || (c == 0 && maxIncluded);
    }
    return true;
  }

  /**
   * The range in words, e.g. {@code from 0 to 1}, {@code above 0, below 1}, {@code a whole number, at
   * least 1}.
   */
  @Override
  public String toString() {
    String low = min == null ? null : (minIncluded ? "at least " : "above ") + min.toPlainString();
    String high = max == null ? null : (maxIncluded ? "at most " : "below ") + max.toPlainString();
    String bounds;
    if (low != null && high != null) {
      bounds =
          minIncluded && maxIncluded
              ? "from " + min.toPlainString() + " to " + max.toPlainString()
              : low + ", " + high;
    } else if (low != null) {
      bounds = low;
    } else if (high != null) {
      bounds = high;
    } else {
      bounds = "any value";
    }
    return unit == Unit.COUNT ? "a whole number, " + bounds : bounds;
  }
}
