package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A shared standard was broken: which standard, how badly, which party is responsible and why that
 * party, and the facts that show it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableViolation.class)
@JsonDeserialize(as = ImmutableViolation.class)
public abstract class Violation {
  Violation() {} // only the generated implementation extends it

  /**
   * {@return a stable id, derived from the standard, the responsible party, the evidence and the
   * rule}
   */
  public abstract String id();

  /** {@return the standard's id, e.g. {@code PROMISE-PACKAGING-PROTECTIVE}} */
  public abstract String standard();

  /** {@return the standard's title} */
  public abstract String title();

  /** {@return how bad it is} */
  public abstract Severity severity();

  /** {@return the party that must answer for it} */
  public abstract String responsibleParty();

  /**
   * {@return the party the customer dealt with (the seller of record of the order concerned, else the
   * nearest retailer, marketplace or brand above the responsible party in its chain of partnerships); the
   * one who acts for the customer; the responsible party itself when it faces the customer; null when
   * unknown}
   */
  public abstract @Nullable String customerFacingParty();

  /**
   * {@return the brand whose promise it was: the brand of the products it concerns, else the brand at the
   * top of the responsible party's chain of partnerships; null when none}
   */
  public abstract @Nullable String brand();

  /**
   * {@return the partnership whose agreement was in force for the responsible party (with the party it
   * serves, e.g. a retailer and its drop-ship supplier); null when the party is in none}
   */
  public abstract @Nullable String partnership();

  /**
   * {@return why that party, in one sentence (e.g. "packed without the brand's packaging spec")}
   */
  public abstract String responsibility();

  /** {@return what happened, in one sentence a person can act on} */
  public abstract String message();

  /** {@return the facts it rests on} */
  public abstract List<Evidence> evidence();

  /**
   * {@return the thresholds that decided it}: those its rule matched (each with its value, unit, whether
   * agreed or the pack's default, its source and the partnership whose agreement was in force), or for a
   * window metric that missed its target, the target and minimum sample it was judged with. Empty when
   * the rule compares with no threshold.
   */
  public abstract List<AppliedThreshold> thresholds();

  /** {@return the journey it was found in, if any} */
  public abstract @Nullable String journey();

  /** {@return when it happened (the latest evidence), if known} */
  public abstract @Nullable Instant at();

  /**
   * An estimate attached to the finding, labelled as such, e.g. the silent dissatisfied customers behind
   * complaints (complaints times an iceberg factor); absent for most findings.
   *
   * @return the estimate, or null
   */
  public abstract @Nullable Long estimate();

  /**
   * {@return what {@link #estimate()} estimates and how, e.g. "estimated silent dissatisfied
   * customers (complaints x 26)"}
   */
  public abstract @Nullable String estimateLabel();

  /** {@return the rule that found it} */
  public abstract String rule();

  /**
   * The id of the kind of rule that found it: the rule's {@code @id(...)}, unique within its standard,
   * else its name. Rules that react to violations select on this, never on the display name.
   *
   * @return the rule-kind id
   */
  @Value.Default
  public String ruleId() {
    return rule();
  }

  /**
   * {@return whether this violation cites the fact {@code factId} as evidence}
   *
   * @param factId a fact's id, e.g. {@code s1}
   */
  public boolean cites(String factId) {
    for (Evidence e : evidence()) {
      if (e.id().equals(factId)) {
        return true;
      }
    }
    return false;
  }

  /** {@return a new, empty builder} */
  public static Violation.Builder builder() {
    return new Violation.Builder();
  }

  /** Builds a {@link Violation}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }
}
