package io.sharedcx.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A party's challenge of one violation: the reason, the evidence it points to, when it was raised, and
 * where it stands. A reversed violation stays in the results, marked reversed, and no longer counts in
 * the adjusted figures; a dispute raised after the agreement's dispute window is rejected with the
 * reason.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDispute.class)
@JsonDeserialize(as = ImmutableDispute.class)
public abstract class Dispute {
  Dispute() {} // only the generated implementation extends it

  /** {@return its id, unique among the disputes} */
  public abstract String id();

  /** {@return the id of the violation it disputes, as the assessment gave it} */
  public abstract String violation();

  /** {@return the reason code} */
  public abstract DisputeReason reason();

  /** {@return the disputing party's explanation, if given} */
  public abstract @Nullable String explanation();

  /**
   * {@return references to the evidence it rests on (a carrier's delay notice, a corrected scan, a
   * document number); may be empty}
   */
  public abstract List<String> evidence();

  /** {@return the party that raised it} */
  public abstract String raisedBy();

  /** {@return when it was raised} */
  public abstract Instant raisedAt();

  /** {@return where it stands} */
  public abstract DisputeStatus status();

  /** {@return when review started, if it has} */
  public abstract @Nullable Instant reviewedAt();

  /** {@return who took it under review, given with {@link #reviewedAt()}} */
  public abstract @Nullable String reviewedBy();

  /** {@return who decided it (or recorded its expiry), once decided} */
  public abstract @Nullable String decidedBy();

  /** {@return when it was decided (or expired), once decided} */
  public abstract @Nullable Instant decidedAt();

  /** {@return a new, empty builder} */
  public static Dispute.Builder builder() {
    return new Dispute.Builder();
  }

  /** Builds a {@link Dispute}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableDispute.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("Dispute", "id", id());
    Checks.text("Dispute", "violation", violation());
    Checks.id("Dispute", "raisedBy", raisedBy());
    if (explanation() != null) {
      Checks.text("Dispute", "explanation", explanation());
    }
    for (String e : evidence()) {
      Checks.text("Dispute", "evidence", e);
    }
    if ((reviewedAt() == null) != (reviewedBy() == null)) {
      throw new ModelException(
          "Dispute",
          reviewedAt() == null ? "reviewedAt" : "reviewedBy",
          "null",
          "reviewedAt and reviewedBy together: when review started and who took it");
    }
    if (reviewedBy() != null) {
      Checks.text("Dispute", "reviewedBy", reviewedBy());
    }
    if (reviewedAt() != null && reviewedAt().isBefore(raisedAt())) {
      throw new ModelException(
          "Dispute", "reviewedAt", reviewedAt(), "an instant at or after raisedAt " + raisedAt());
    }
    if (status().decided()) {
      if (decidedBy() == null) {
        throw new ModelException(
            "Dispute",
            "decidedBy",
            "null",
            "who decided it: a " + status() + " dispute names the person or party that decided");
      }
      Checks.text("Dispute", "decidedBy", decidedBy());
      if (decidedAt() == null) {
        throw new ModelException(
            "Dispute",
            "decidedAt",
            "null",
            "when it was decided: a " + status() + " dispute has it");
      }
      if (decidedAt().isBefore(raisedAt())) {
        throw new ModelException(
            "Dispute", "decidedAt", decidedAt(), "an instant at or after raisedAt " + raisedAt());
      }
    } else if (decidedBy() != null || decidedAt() != null) {
      throw new ModelException(
          "Dispute",
          "status",
          status(),
          "UPHELD, REVERSED or EXPIRED: decidedBy and decidedAt are given only once it is decided");
    }
  }
}
