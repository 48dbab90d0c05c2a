package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.sharedcx.model.ModelException;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A deadline a time-bound standard sets for one party on one subject (an order, a parcel, a complaint,
 * a feed), and where it stands as of an instant. Stated by the standard's own deadline rule; when its
 * status is {@link ObligationStatus#VIOLATED} the standard's rules make exactly one violation of it,
 * named in {@link #violation()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableObligation.class)
@JsonDeserialize(as = ImmutableObligation.class)
public abstract class Obligation {
  Obligation() {} // only the generated implementation extends it

  /**
   * {@return A stable id, the same at every instant: standard, party, subject and the deadline rule's id}
   */
  public abstract String id();

  /** {@return the standard that sets the deadline} */
  public abstract String standard();

  /** {@return the id ({@code @id}) of the deadline rule that states it} */
  public abstract String ruleId();

  /**
   * {@return what kind of subject it is about: order, shipment, complaint, serviceContact, feed..}
   */
  public abstract String subjectKind();

  /** {@return the id of the subject} */
  public abstract String subject();

  /** {@return the party that owes it, and that acts on it} */
  public abstract String party();

  /** {@return the journey it belongs to; null for portfolio-level facts such as feeds} */
  public abstract @Nullable String journey();

  /** {@return what its open obligations are called in an alarm, e.g. "orders due to ship"} */
  public abstract String alarm();

  /**
   * {@return the instant its status is judged at: the assessment's as-of instant, or the journey's observation}
   */
  public abstract Instant asOf();

  /** {@return when it must be met: met after this instant it is late} */
  public abstract Instant dueAt();

  /** {@return from when, not yet met, it is at risk} */
  public abstract Instant atRiskFrom();

  /** {@return when it was met, if it was met by {@link #asOf()}} */
  public abstract @Nullable Instant metAt();

  /** {@return where it stands as of {@link #asOf()}} */
  public abstract ObligationStatus status();

  /**
   * {@return the id of the violation its standard made of it; set exactly when it is {@link ObligationStatus#VIOLATED}}
   */
  public abstract @Nullable String violation();

  /** {@return whether it is still to be met: pending or at risk} */
  public boolean isOpen() {
    return status().isOpen();
  }

  /**
   * {@return the first instant after {@link #asOf()} at which its status, judged then with nothing new known, is
   * different: its at-risk point while pending, the millisecond after its deadline while at risk; null
   * once settled. A stream runner sets a timer there}
   */
  public @Nullable Instant nextChangeAt() {
    if (status() == ObligationStatus.PENDING) {
      return atRiskFrom().isAfter(asOf()) && !atRiskFrom().isAfter(dueAt())
          ? atRiskFrom()
          : dueAt().plusMillis(1);
    }
    if (status() == ObligationStatus.AT_RISK) {
      return dueAt().plusMillis(1);
    }
    return null;
  }

  /**
   * {@return the earliest {@link #nextChangeAt()} of {@code obligations}: when to judge them again; null when
   * all are settled} An assessment's {@code nextChangeAt} is this of its obligations.
   *
   * @param obligations the obligations
   */
  public static @Nullable Instant nextChangeOf(java.util.Collection<Obligation> obligations) {
    Instant next = null;
    for (Obligation o : obligations) {
      Instant change = o.nextChangeAt();
      if (change != null && (next == null || change.isBefore(next))) {
        next = change;
      }
    }
    return next;
  }

  /** {@return starts a builder} */
  public static Obligation.Builder builder() {
    return new Obligation.Builder();
  }

  /** Builds an {@link Obligation}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableObligation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if ((status() == ObligationStatus.VIOLATED) != (violation() != null)) {
      throw new ModelException(
          "Obligation",
          "violation",
          String.valueOf(violation()),
          "a violation id exactly when the status is VIOLATED (status "
              + status()
              + "). Maybe link the violation its standard made, or none");
    }
    boolean met = status() == ObligationStatus.MET || status() == ObligationStatus.MET_LATE;
    if (metAt() != null && metAt().isAfter(asOf())
        || met && metAt() == null
        || isOpen() && metAt() != null) {
      throw new ModelException(
          "Obligation",
          "metAt",
          String.valueOf(metAt()),
          "a time at or before asOf ("
              + asOf()
              + "), given exactly when the status is MET or MET_LATE and possibly when VIOLATED (status "
              + status()
              + ")");
    }
  }
}
