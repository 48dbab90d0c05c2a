package io.sharedcx.test;

import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Violation;
import java.util.List;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on an {@link Assessment}; start them with {@link CxAssertions#assertThat(Assessment)}. */
public final class AssessmentAssert extends AbstractObjectAssert<AssessmentAssert, Assessment> {
  AssessmentAssert(Assessment actual) {
    super(actual, AssessmentAssert.class);
  }

  /**
   * Verifies at least one violation of {@code standard}, and narrows the assertions to them.
   *
   * @param standard the standard id
   * @return assertions on that standard's violations (a list assertion: {@code extracting}, {@code hasSize}...)
   */
  public ViolationsAssert hasViolation(String standard) {
    isNotNull();
    List<Violation> of = actual.violationsOf(standard);
    if (of.isEmpty()) {
      failWithMessage(
          "Expected a violation of %s but found: %s",
          standard, FindingText.list(actual.violations()));
    }
    return new ViolationsAssert(of, standard);
  }

  /**
   * Verifies there is no violation of {@code standard}.
   *
   * @param standard the standard id
   * @return this
   */
  public AssessmentAssert hasNoViolation(String standard) {
    isNotNull();
    if (!actual.violationsOf(standard).isEmpty()) {
      failWithMessage(
          "Expected no violation of %s but found: %s",
          standard, FindingText.list(actual.violationsOf(standard)));
    }
    return this;
  }

  /**
   * Verifies there is no violation at all.
   *
   * @return this
   */
  public AssessmentAssert hasNoViolations() {
    isNotNull();
    if (!actual.violations().isEmpty()) {
      failWithMessage(
          "Expected no violations but found: %s", FindingText.list(actual.violations()));
    }
    return this;
  }

  /**
   * Verifies every journey was assessed: none failed.
   *
   * @return this
   */
  public AssessmentAssert hasNoFailures() {
    isNotNull();
    if (!actual.failures().isEmpty()) {
      failWithMessage(
          "Expected every journey to be assessed but %d failed: %s",
          actual.failures().size(), actual.failures());
    }
    return this;
  }

  /**
   * Moves on to all the violations, as a list assertion.
   *
   * @return assertions on every violation
   */
  public ViolationsAssert violations() {
    isNotNull();
    return new ViolationsAssert(actual.violations(), null);
  }
}
