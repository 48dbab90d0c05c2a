package io.sharedcx.verifier;

import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Evidence;
import io.sharedcx.model.finding.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on assessments: {@code assertThat(assessment).hasViolation("ID").against("partner")}.
 * Needs AssertJ on the test class path (cx-rules declares it optional).
 */
public final class CxAssertions {
  private CxAssertions() {}

  /** Starts assertions on an assessment. */
  public static AssessmentAssert assertThat(Assessment actual) {
    return new AssessmentAssert(actual);
  }

  /** Assertions on an assessment. */
  public static final class AssessmentAssert extends AbstractAssert<AssessmentAssert, Assessment> {
    AssessmentAssert(Assessment actual) {
      super(actual, AssessmentAssert.class);
    }

    /** Verifies at least one violation of {@code standard}, and narrows the assertions to them. */
    public ViolationsAssert hasViolation(String standard) {
      isNotNull();
      List<Violation> of = actual.violationsOf(standard);
      if (of.isEmpty()) {
        failWithMessage("Expected a violation of %s but found: %s", standard, list(actual.violations()));
      }
      return new ViolationsAssert(actual, of, standard);
    }

    /** Verifies there is no violation of {@code standard}. */
    public AssessmentAssert hasNoViolation(String standard) {
      isNotNull();
      if (!actual.violationsOf(standard).isEmpty()) {
        failWithMessage("Expected no violation of %s but found: %s", standard, list(actual.violationsOf(standard)));
      }
      return this;
    }

    /** Verifies there is no violation at all. */
    public AssessmentAssert hasNoViolations() {
      isNotNull();
      if (!actual.violations().isEmpty()) {
        failWithMessage("Expected no violations but found: %s", list(actual.violations()));
      }
      return this;
    }
  }

  /** Assertions on the violations of one standard. */
  public static final class ViolationsAssert extends AbstractAssert<ViolationsAssert, List<Violation>> {
    private final Assessment assessment;
    private final String standard;

    ViolationsAssert(Assessment assessment, List<Violation> actual, String standard) {
      super(actual, ViolationsAssert.class);
      this.assessment = assessment;
      this.standard = standard;
    }

    /** Verifies one of them is against {@code party}, and narrows to those. */
    public ViolationsAssert against(String party) {
      List<Violation> matching = actual.stream().filter(v -> v.responsibleParty().equals(party)).toList();
      if (matching.isEmpty()) {
        failWithMessage("Expected a violation of %s against %s but found: %s", standard, party, list(actual));
      }
      return new ViolationsAssert(assessment, matching, standard);
    }

    /** Verifies how many there are. */
    public ViolationsAssert times(int count) {
      if (actual.size() != count) {
        failWithMessage("Expected %d violation(s) of %s but found %d: %s", count, standard, actual.size(), list(actual));
      }
      return this;
    }

    /** Verifies one of them cites every one of {@code factIds}. */
    public ViolationsAssert citing(String... factIds) {
      if (actual.stream().noneMatch(v -> List.of(factIds).stream().allMatch(v::cites))) {
        failWithMessage("Expected a violation of %s citing %s but found: %s", standard, List.of(factIds), list(actual));
      }
      return this;
    }
  }

  static String list(List<Violation> violations) {
    if (violations.isEmpty()) {
      return "none";
    }
    return violations.stream().map(v -> "\n  - " + v.standard() + " " + v.severity() + " against "
        + v.responsibleParty() + ": " + v.message() + " [evidence "
        + v.evidence().stream().map(Evidence::toString).collect(Collectors.joining(", ")) + "]")
        .collect(Collectors.joining());
  }
}
