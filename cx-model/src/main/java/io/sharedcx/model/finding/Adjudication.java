package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Findings with exemptions and disputes applied: every violation with its standing, the window metrics
 * raw and adjusted, and the audit trail of what was approved, raised, decided and rejected, in the order
 * it happened. Nothing is dropped: exempted and reversed violations stay, marked as such.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdjudication.class)
@JsonDeserialize(as = ImmutableAdjudication.class)
public abstract class Adjudication {
  Adjudication() {} // only the generated implementation extends it

  /** {@return every violation assessed, each with its standing, in the assessment's order} */
  public abstract List<AdjustedViolation> violations();

  /** {@return the window metrics, raw and adjusted; empty for a journey assessment} */
  public abstract List<AdjustedMetric> metrics();

  /** {@return the audit trail, oldest first; entries are only ever added} */
  public abstract List<AuditEntry> audit();

  /**
   * {@return the window's scorecards as assessed, one per partner; empty for a journey assessment}
   */
  public abstract List<Scorecard> rawScorecards();

  /**
   * {@return the scorecards recomputed from the adjusted figures, as {@link #rawScorecards()} are
   * computed (a partner left with no metric and no violation has none): the score from the violations that still count and the adjusted metrics, the
   * health from the journey violations that still count (those before the window stand as assessed)
   * and the window violations that still count; empty for a journey assessment}
   */
  public abstract List<Scorecard> adjustedScorecards();

  /** {@return the number of violations assessed} */
  public int raw() {
    return violations().size();
  }

  /** {@return the number of violations that still count: neither exempted nor reversed} */
  public int adjusted() {
    return (int) violations().stream().filter(v -> v.standing().counts()).count();
  }

  /** {@return raw violations per responsible party} */
  public Map<String, Integer> rawByParty() {
    Map<String, Integer> byParty = new TreeMap<>();
    for (AdjustedViolation v : violations()) {
      byParty.merge(v.violation().responsibleParty(), 1, Integer::sum);
    }
    return byParty;
  }

  /** {@return violations that still count, per responsible party (0 for a party with none left)} */
  public Map<String, Integer> adjustedByParty() {
    Map<String, Integer> byParty = new TreeMap<>();
    for (AdjustedViolation v : violations()) {
      byParty.merge(v.violation().responsibleParty(), v.standing().counts() ? 1 : 0, Integer::sum);
    }
    return byParty;
  }

  /** {@return a new, empty builder} */
  public static Adjudication.Builder builder() {
    return new Adjudication.Builder();
  }

  /** Builds an {@link Adjudication}; every setter returns this builder. */
  public static final class Builder extends ImmutableAdjudication.Builder {
    Builder() {}
  }
}
