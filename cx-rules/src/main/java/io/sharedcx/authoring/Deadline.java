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
   * Where an obligation stands as of {@code now}: met (in time, or late) when {@code metAt} is at or
   * before {@code now}; else violated once {@code now} is past {@code dueAt}, at risk from
   * {@code atRiskFrom}, pending before.
   *
   * @param now the instant it is judged at
   * @param dueAt when it must be met
   * @param atRiskFrom from when it is at risk
   * @param metAt when it was met; null, or later than {@code now}, when not (yet) met
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
    if (metAt != null && !metAt.isAfter(now)) {
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
