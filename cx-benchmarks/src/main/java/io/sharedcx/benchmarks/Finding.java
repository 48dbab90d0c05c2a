package io.sharedcx.benchmarks;

import io.sharedcx.model.finding.Evidence;
import io.sharedcx.model.finding.Violation;
import java.util.List;

/**
 * A violation reduced to what the engine and the reference must agree on.
 *
 * @param journey the journey
 * @param standard the standard id
 * @param party the responsible party
 * @param evidence the evidence ids, in citation order
 */
public record Finding(String journey, String standard, String party, List<String> evidence) {

  /** The finding an engine violation stands for. */
  public static Finding of(Violation v) {
    return new Finding(
        v.journey(),
        v.standard(),
        v.responsibleParty(),
        v.evidence().stream().map(Evidence::id).toList());
  }
}
