package io.sharedcx.authoring;

import io.sharedcx.model.finding.ObligationStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A deadline a standard's deadline rule stated during an assessment, with its status as of the
 * assessment's instant: the fact the standard's violation rules match, e.g.
 * {@code $d : Deadline( ruleId == "relay-deadline", status == ObligationStatus.VIOLATED )}, and then
 * report through {@link Findings#breach}. Stated through {@link Findings#deadline}; the result carries
 * it as an {@link io.sharedcx.model.finding.Obligation}.
 *
 * @param id the obligation's stable id
 * @param standard the standard that sets it
 * @param ruleId the {@code @id} of the deadline rule that stated it
 * @param subjectKind the kind of subject: order, shipment, complaint, serviceContact, feed...
 * @param subject the subject's id
 * @param party the party that owes it
 * @param alarm what open ones are called in an alarm (the rule's {@code @alarm})
 * @param asOf the instant its status is judged at
 * @param dueAt when it must be met
 * @param atRiskFrom from when, not yet met, it is at risk
 * @param metAt when it was met, if by {@code asOf}
 * @param status where it stands as of {@code asOf}
 */
public record Deadline(
    String id,
    String standard,
    String ruleId,
    String subjectKind,
    String subject,
    String party,
    String alarm,
    Instant asOf,
    Instant dueAt,
    Instant atRiskFrom,
    @Nullable Instant metAt,
    ObligationStatus status) {

  /**
   * The instant a deadline is judged at: {@code now}, or the recorded fulfilment when the data records
   * one after {@code now}. A fulfilment the data records is known even when a journey says it was
   * observed earlier; as of an instant, facts after it are cut from the journey before the rules run, so
   * this only makes a batch assessment judge every recorded fact, as its window cases count them.
   *
   * @param now the instant of the assessment (the journey's observation, or the as-of instant)
   * @param metAt when it was met, as recorded; null when not
   * @return {@code metAt} when it is after {@code now}, else {@code now}
   */
  public static Instant judgedAt(Instant now, @Nullable Instant metAt) {
    return metAt != null && metAt.isAfter(now) ? metAt : now;
  }

  /**
   * Where an obligation stands as of {@code now}: met (in time, or late) when a fulfilment is recorded,
   * judged at {@link #judgedAt}; else violated once {@code now} is past {@code dueAt}, at risk from
   * {@code atRiskFrom}, pending before.
   *
   * @param now the instant it is judged at
   * @param dueAt when it must be met
   * @param atRiskFrom from when it is at risk
   * @param metAt when it was met, as recorded; null when not (yet) met
   * @param lateIsBreach whether meeting it after {@code dueAt} is a violation ({@code VIOLATED}) or
   *     only late ({@code MET_LATE})
   * @return the status
   */
  public static ObligationStatus statusAt(
      Instant now,
      Instant dueAt,
      Instant atRiskFrom,
      @Nullable Instant metAt,
      boolean lateIsBreach) {
    if (metAt != null) {
      if (!metAt.isAfter(dueAt)) {
        return ObligationStatus.MET;
      }
      return lateIsBreach ? ObligationStatus.VIOLATED : ObligationStatus.MET_LATE;
    }
    if (now.isAfter(dueAt)) {
      return ObligationStatus.VIOLATED;
    }
    return now.isBefore(atRiskFrom) ? ObligationStatus.PENDING : ObligationStatus.AT_RISK;
  }
}
