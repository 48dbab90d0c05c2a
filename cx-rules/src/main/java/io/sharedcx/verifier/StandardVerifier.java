package io.sharedcx.verifier;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import java.util.List;

/**
 * Checks chosen standards in isolation: only their rules fire. Give facts, then state what must be found.
 *
 * <pre>{@code
 * StandardVerifier verifier = StandardVerifier.forStandards("PROMISE-PACKAGING-PROTECTIVE");
 * verifier.given(portfolio)
 *     .fires(1).against("gourmet").citing("s-choc")
 *     .recommends("packaging spec");
 * verifier.given(compliantPortfolio).firesNothing();
 * }</pre>
 *
 * A failed expectation throws an {@link AssertionError} that lists what was expected and every finding
 * that was actually made, with its fields.
 */
public final class StandardVerifier {
  private final CxEngine engine;
  private final List<String> standards;

  private StandardVerifier(CxEngine engine, List<String> standards) {
    this.engine = engine;
    this.standards = List.copyOf(standards);
  }

  /**
   * A verifier of the default pack's {@code standards}.
   *
   * @param standards the standard ids to run, at least one
   * @return the verifier
   * @throws IllegalArgumentException naming the pack's standards when an id is unknown
   */
  public static StandardVerifier forStandards(String... standards) {
    return forStandards(CxEngine.builder(), standards);
  }

  /**
   * A verifier of {@code standards} from an engine builder that may carry custom rules.
   *
   * @param builder the engine's builder (custom rules, replacement pack)
   * @param standards the standard ids to run, at least one
   * @return the verifier
   */
  public static StandardVerifier forStandards(CxEngine.Builder builder, String... standards) {
    if (standards.length == 0) {
      throw new IllegalArgumentException("forStandards(): name at least one standard id");
    }
    return new StandardVerifier(builder.only(standards).build(), List.of(standards));
  }

  /** Assesses {@code portfolio} with only the chosen standards; the returned verification states expectations. */
  public Verification given(Portfolio portfolio) {
    Assessment assessment = engine.assess(portfolio);
    if (!assessment.failures().isEmpty()) {
      throw new AssertionError("Assessing the given facts with " + standards + " failed: " + assessment.failures());
    }
    return new Verification(standards, assessment);
  }
}
