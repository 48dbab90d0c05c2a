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

  /**
   * {@return the violations: journey by journey in the order assessed, each journey's by standard
   * and id}
   */
  public abstract List<Violation> violations();

  /**
   * {@return the recommendations: journey by journey in the order assessed, each journey's by
   * standard and id}
   */
  public abstract List<Recommendation> recommendations();

  /** {@return the ids of the standards that ran} */
  public abstract Set<String> standardsRun();

  /** {@return the ids of the journeys assessed} */
  public abstract List<String> journeysAssessed();

  /** {@return the journeys that could not be assessed, with the reason} */
  public abstract List<Failure> failures();

  /**
   * {@return the deadlines the time-bound standards set, each with its status as of the assessment's
   * instant}: journey by journey in the order assessed, each journey's by id.
   */
  public abstract List<Obligation> obligations();

  /** {@return the open obligations that need action now, per party and kind ({@link Alarm#of})} */
  public abstract List<Alarm> alarms();

  /**
   * {@return the instant it was assessed as of ({@code engine.assess(portfolio, asOf)})}; null when each
   * journey was judged as of its own observation.
   */
  public abstract @Nullable Instant asOf();

  /**
   * {@return the earliest instant at which an obligation's status changes with nothing new known (the
   * least {@link Obligation#nextChangeAt()})}; null when every obligation is settled. Assess again then.
   */
  public abstract @Nullable Instant nextChangeAt();

  /**
   * {@return the violations of one standard}
   *
   * @param standard a standard id
   */
  public List<Violation> violationsOf(String standard) {
    return violations().stream()
        .filter(v -> v.standard().equals(standard))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the violations a party is responsible for}
   *
   * @param party a party id
   */
  public List<Violation> violationsAgainst(String party) {
    return violations().stream()
        .filter(v -> v.responsibleParty().equals(party))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the recommendations that answer a violation}
   *
   * @param violation one of this assessment's violations
   */
  public List<Recommendation> recommendationsFor(Violation violation) {
    return recommendations().stream()
        .filter(r -> r.answers().contains(violation.id()))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return a new, empty builder} */
  public static Assessment.Builder builder() {
    return new Assessment.Builder();
  }

  /** Builds an {@link Assessment}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
