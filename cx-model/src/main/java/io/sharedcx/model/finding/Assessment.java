package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The result of assessing journeys against a standard pack: the violations and recommendations found,
 * the standards that ran, and every journey accounted for (assessed or failed).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAssessment.class)
@JsonDeserialize(as = ImmutableAssessment.class)
public abstract class Assessment {
  Assessment() {} // only the generated implementation extends it

  /** The violations: journey by journey in the order assessed, each journey's by standard and id. */
  public abstract List<Violation> violations();

  /** The recommendations: journey by journey in the order assessed, each journey's by standard and id. */
  public abstract List<Recommendation> recommendations();

  /** The ids of the standards that ran. */
  public abstract Set<String> standardsRun();

  /** The ids of the journeys assessed. */
  public abstract List<String> journeysAssessed();

  /** The journeys that could not be assessed, with the reason. */
  public abstract List<Failure> failures();

  /**
   * The deadlines the time-bound standards set, each with its status as of the assessment's instant:
   * journey by journey in the order assessed, each journey's by id.
   */
  public abstract List<Obligation> obligations();

  /** The open obligations that need action now, per party and kind ({@link Alarm#of}). */
  public abstract List<Alarm> alarms();

  /**
   * The instant it was assessed as of ({@code engine.assess(portfolio, asOf)}); null when each journey
   * was judged as of its own observation.
   */
  public abstract @Nullable Instant asOf();

  /**
   * The earliest instant at which an obligation's status changes with nothing new known (the least
   * {@link Obligation#nextChangeAt()}); null when every obligation is settled. Assess again then.
   */
  public abstract @Nullable Instant nextChangeAt();

  /** The violations of one standard. */
  public List<Violation> violationsOf(String standard) {
    return violations().stream()
        .filter(v -> v.standard().equals(standard))
        .collect(ImmutableList.toImmutableList());
  }

  /** The violations a party is responsible for. */
  public List<Violation> violationsAgainst(String party) {
    return violations().stream()
        .filter(v -> v.responsibleParty().equals(party))
        .collect(ImmutableList.toImmutableList());
  }

  /** The recommendations that answer a violation. */
  public List<Recommendation> recommendationsFor(Violation violation) {
    return recommendations().stream()
        .filter(r -> r.answers().contains(violation.id()))
        .collect(ImmutableList.toImmutableList());
  }

  /** Starts a builder. */
  public static Assessment.Builder builder() {
    return new Assessment.Builder();
  }

  /** Builds an {@link Assessment}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
