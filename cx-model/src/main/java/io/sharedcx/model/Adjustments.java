package io.sharedcx.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * What the parties agreed or raised about the findings, beside the portfolio: exemptions agreed in
 * advance and disputes raised against violations. Read from its own file ({@code adjustments.json}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdjustments.class)
@JsonDeserialize(as = ImmutableAdjustments.class)
public abstract class Adjustments {
  Adjustments() {} // only the generated implementation extends it

  /** {@return the exemptions agreed in advance} */
  public abstract List<Exemption> exemptions();

  /** {@return the disputes raised against violations} */
  public abstract List<Dispute> disputes();

  /** {@return no exemptions and no disputes} */
  public static Adjustments none() {
    return builder().build();
  }

  /** {@return a new, empty builder} */
  public static Adjustments.Builder builder() {
    return new Adjustments.Builder();
  }

  /** Builds {@link Adjustments}, checking them when built; every setter returns this builder. */
  public static final class Builder extends ImmutableAdjustments.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.unique(
        "Adjustments", "exemptions.id", () -> exemptions().stream().map(Exemption::id).iterator());
    Checks.unique(
        "Adjustments", "disputes.id", () -> disputes().stream().map(Dispute::id).iterator());
  }
}
