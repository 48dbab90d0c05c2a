package io.sharedcx.test;

import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.WindowAssessment;
import org.assertj.core.api.Assertions;

/**
 * AssertJ's {@link Assertions} plus entry points for SharedCX's results, so one static import serves a
 * whole test:
 *
 * <pre>{@code
 * import static io.sharedcx.test.CxAssertions.assertThat;
 *
 * assertThat(assessment).hasViolation("PROMISE-PACKAGING-PROTECTIVE").against("gourmet").citing("s1");
 * assertThat(assessment).hasViolation("PROMISE-PACKING-SLIP-BRANDING")
 *     .extracting(Violation::responsibleParty).containsExactly("gourmet");
 * assertThat(windowAssessment).metric("SHIP-ON-TIME-DISPATCH", "p1").hasStatus(MetricStatus.BAD);
 * }</pre>
 *
 * Every failure message states what was expected and lists the findings actually made.
 */
public class CxAssertions extends Assertions {
  /** For subclasses that add their own entry points, as this class adds to AssertJ's. */
  protected CxAssertions() {}

  /**
   * Starts assertions on the assessment of journeys.
   *
   * @param actual the assessment
   * @return its assertions
   */
  public static AssessmentAssert assertThat(Assessment actual) {
    return new AssessmentAssert(actual);
  }

  /**
   * Starts assertions on a window assessment: its metrics, window violations and scorecards.
   *
   * @param actual the window assessment
   * @return its assertions
   */
  public static WindowAssessmentAssert assertThat(WindowAssessment actual) {
    return new WindowAssessmentAssert(actual);
  }
}
