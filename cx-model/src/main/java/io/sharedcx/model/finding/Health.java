package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.sharedcx.model.Provenance;
import java.time.Instant;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A partner's health score with memory, after Amazon's Account Health Rating: each violation costs points
 * by its severity until it ages out after the agreed number of days, whether it fell in the window or
 * before it; the score falls in a band that says what to do. The formula and its numbers are in
 * docs/HEALTH.md and {@code io/sharedcx/rules/health.json}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHealth.class)
@JsonDeserialize(as = ImmutableHealth.class)
public abstract class Health {
  Health() {} // only the generated implementation extends it

  /**
   * {@return the instant the score is taken at: the window's end. Violations age from their time to it}
   */
  public abstract Instant asOf();

  /** {@return the score, 0 to the start value of the health defaults (100)} */
  public abstract int score();

  /** {@return the band the score falls in} */
  public abstract HealthBand band();

  /** {@return what the band calls for, in one sentence} */
  public abstract String action();

  /** {@return the points deducted, by standard (journey violations capped per standard)} */
  public abstract Map<String, Integer> pointsByStandard();

  /** {@return the violations that still cost points at {@link #asOf()}} */
  public abstract int violationsCounted();

  /** {@return the violations before {@link #asOf()} that aged out and cost nothing} */
  public abstract int violationsAgedOut();

  /** {@return where the points, ages and bands come from} */
  public abstract Provenance source();

  /** {@return starts a builder} */
  public static Health.Builder builder() {
    return new Health.Builder();
  }

  /** Builds a {@link Health}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableHealth.Builder {
    Builder() {}
  }
}
