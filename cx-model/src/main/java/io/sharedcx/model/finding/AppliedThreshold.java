package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.sharedcx.model.Provenance;
import io.sharedcx.model.Unit;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A threshold that decided a finding, as it was in force for one party: e.g.
 * {@code SERVICE-COMPLAINT-RELAY / maxHours = 12 HOURS for gourmet, agreed in partnership brand-gourmet
 * ("service annex, clause 3")}. A violation lists the thresholds its rule matched; a window metric the
 * target, minimum sample and early-warning ratio it was judged with.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAppliedThreshold.class)
@JsonDeserialize(as = ImmutableAppliedThreshold.class)
public abstract class AppliedThreshold {
  AppliedThreshold() {} // only the generated implementation extends it

  /** {@return the standard the threshold belongs to, e.g. {@code SERVICE-COMPLAINT-RELAY}} */
  public abstract String standard();

  /** {@return the threshold's key within the standard, e.g. {@code maxHours}} */
  public abstract String key();

  /** {@return the party it was in force for} */
  public abstract String party();

  /** {@return the number} */
  public abstract double value();

  /**
   * {@return what the number measures, as the standard's default declares it; absent when no default declares one}
   */
  public abstract @Nullable Unit unit();

  /** {@return agreed or default, with the named source} */
  public abstract Provenance provenance();

  /**
   * {@return the partnership whose agreement was in force for the party: for an agreed value, the one that agreed
   * it; absent when the party is in no partnership}
   */
  public abstract @Nullable String partnership();

  /** {@return whether the partners agreed the value (else it is the pack's default)} */
  public boolean agreed() {
    return provenance().origin() == Provenance.Origin.AGREED;
  }

  /** {@return starts a builder} */
  public static AppliedThreshold.Builder builder() {
    return new AppliedThreshold.Builder();
  }

  /** Builds an {@link AppliedThreshold}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableAppliedThreshold.Builder {
    Builder() {}
  }
}
