package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One carrier, node or product behind a window metric's failures, ranked by its contribution: the share
 * of the metric's failed cases it was part of. A case can name several products, so the product shares
 * of one metric can add up to more than 1.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDriver.class)
@JsonDeserialize(as = ImmutableDriver.class)
public abstract class Driver {
  Driver() {} // only the generated implementation extends it

  /** {@return carrier, node or product} */
  public abstract DriverDimension dimension();

  /** {@return the carrier's, node's or product's id} */
  public abstract String value();

  /** {@return the failed cases it was part of} */
  public abstract long failed();

  /**
   * {@return all cases it was part of, failed or not: its own failure rate is {@code failed / cases}}
   */
  public abstract long cases();

  /** {@return its contribution: {@code failed} divided by all the metric's failed cases, 0 to 1} */
  public abstract double share();

  /** {@return starts a builder} */
  public static Driver.Builder builder() {
    return new Driver.Builder();
  }

  @Value.Check
  void check() {
    if (failed() < 0 || cases() < failed()) {
      throw new io.sharedcx.model.ModelException(
          "Driver", "failed", failed(), "between 0 and cases (" + cases() + ")");
    }
  }

  /** Builds a {@link Driver}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableDriver.Builder {
    Builder() {}
  }
}
