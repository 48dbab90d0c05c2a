package io.sharedcx.test;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import java.util.List;

/**
 * Tests chosen standards in isolation: only their rules fire. Give facts, then state what must be found.
 *
 * <pre>{@code
 * StandardTester packaging = StandardTester.of("PROMISE-PACKAGING-PROTECTIVE");
 * packaging.given(portfolio)
 *     .fires(1).against("gourmet").citing("s-choc")
 *     .recommends("packaging spec");
 * packaging.given(compliantPortfolio).firesNothing();
 * }</pre>
 *
 * A failed expectation throws an {@link AssertionError} that lists what was expected and every finding
 * that was actually made, with its fields. Build one per standard and share it: it is immutable and the
 * engine behind it is compiled once.
 */
public final class StandardTester {
  private final CxEngine engine;
  private final List<String> standards;

  private StandardTester(CxEngine engine, List<String> standards) {
    this.engine = engine;
    this.standards = List.copyOf(standards);
  }

  /**
   * A tester of the default pack's {@code standards}.
   *
   * @param standards the standard ids to run, at least one
   * @return the tester
   * @throws IllegalArgumentException naming the pack's standards when an id is unknown
   */
  public static StandardTester of(String... standards) {
    return of(CxEngine.builder(), standards);
  }

  /**
   * A tester of {@code standards} from an engine builder that may carry custom rules.
   *
   * @param builder the engine's builder (custom rules, replacement pack)
   * @param standards the standard ids to run, at least one
   * @return the tester
   * @throws IllegalArgumentException naming the known standards when an id is unknown
   */
  public static StandardTester of(CxEngine.Builder builder, String... standards) {
    if (standards.length == 0) {
      throw new IllegalArgumentException("StandardTester.of(): name at least one standard id");
    }
    return new StandardTester(builder.only(standards).build(), List.of(standards));
  }

  /**
   * Assesses {@code portfolio} with only the chosen standards.
   *
   * @param portfolio the facts
   * @return the outcome, on which expectations are stated
   * @throws AssertionError when a journey could not be assessed
   */
  public Outcome given(Portfolio portfolio) {
    Assessment assessment = engine.assess(portfolio);
    if (!assessment.failures().isEmpty()) {
      throw new AssertionError(
          "Assessing the given facts with " + standards + " failed: " + assessment.failures());
    }
    return new Outcome(standards, assessment);
  }
}
