package io.sharedcx.report;

import io.sharedcx.model.finding.Alarm;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Obligation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The open obligations of a file's parts assessed as of one instant, kept to print the file's alarms at
 * its end: only open ones are kept, so a streamed file's memory grows with what needs action, not with
 * its journeys.
 */
final class OpenObligations {
  private final List<Obligation> open = new ArrayList<>();
  private Instant asOf;
  private Instant nextChangeAt;

  void add(Assessment part) {
    if (part.asOf() == null) {
      return;
    }
    asOf = part.asOf();
    for (Obligation o : part.obligations()) {
      if (o.isOpen()) {
        open.add(o);
      }
    }
    Instant next = part.nextChangeAt();
    if (next != null && (nextChangeAt == null || next.isBefore(nextChangeAt))) {
      nextChangeAt = next;
    }
  }

  /** Whether the parts were assessed as of an instant (only then do alarms mean anything). */
  boolean asOfAnInstant() {
    return asOf != null;
  }

  /** The instant the parts were assessed as of; null when they were not. */
  Instant asOf() {
    return asOf;
  }

  /** How many obligations are open. */
  int count() {
    return open.size();
  }

  /** The earliest instant an obligation's status changes; null when none will. */
  Instant nextChangeAt() {
    return nextChangeAt;
  }

  /** The alarms of the open obligations. */
  List<Alarm> alarms() {
    return Alarm.of(open);
  }
}
