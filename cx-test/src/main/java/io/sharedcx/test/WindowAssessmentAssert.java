package io.sharedcx.test;

import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.Scorecard;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.finding.WindowAssessment;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.ObjectAssert;

/**
 * Assertions on a {@link WindowAssessment}; start them with {@link CxAssertions#assertThat(WindowAssessment)}.
 *
 * <pre>{@code
 * assertThat(window).metric("SHIP-ON-TIME-DISPATCH", "p1").hasStatus(MetricStatus.BAD).hasCounts(10, 100);
 * assertThat(window).hasViolation("SHIP-ON-TIME-DISPATCH").against("p1");
 * }</pre>
 */
public final class WindowAssessmentAssert
    extends AbstractObjectAssert<WindowAssessmentAssert, WindowAssessment> {
  WindowAssessmentAssert(WindowAssessment actual) {
    super(actual, WindowAssessmentAssert.class);
  }

  /**
   * Verifies the window has a metric of {@code standard} for {@code party}, and moves on to it.
   *
   * @param standard the window standard's id
   * @param party the party measured
   * @return assertions on that metric
   */
  public MetricAssert metric(String standard, String party) {
    isNotNull();
    Optional<MetricResult> metric = find(standard, party);
    if (metric.isEmpty()) {
      failWithMessage(
          "Expected a metric of %s for %s but found: %s",
          standard, party, FindingText.metrics(actual.metrics()));
    }
    return new MetricAssert(metric.orElseThrow());
  }

  /**
   * Verifies there is no metric of {@code standard} for {@code party} (the standard does not apply to it).
   *
   * @param standard the window standard's id
   * @param party the party
   * @return this
   */
  public WindowAssessmentAssert hasNoMetric(String standard, String party) {
    isNotNull();
    find(standard, party)
        .ifPresent(
            m ->
                failWithMessage(
                    "Expected no metric of %s for %s but found: %s",
                    standard, party, FindingText.of(m)));
    return this;
  }

  /**
   * Verifies at least one window violation of {@code standard}, and narrows the assertions to them.
   *
   * @param standard the standard id
   * @return assertions on that standard's window violations
   */
  public ViolationsAssert hasViolation(String standard) {
    isNotNull();
    List<Violation> of =
        actual.violations().stream().filter(v -> v.standard().equals(standard)).toList();
    if (of.isEmpty()) {
      failWithMessage(
          "Expected a window violation of %s but found: %s",
          standard, FindingText.list(actual.violations()));
    }
    return new ViolationsAssert(of, standard);
  }

  /**
   * Verifies there is no window violation of {@code standard}.
   *
   * @param standard the standard id
   * @return this
   */
  public WindowAssessmentAssert hasNoViolation(String standard) {
    isNotNull();
    List<Violation> of =
        actual.violations().stream().filter(v -> v.standard().equals(standard)).toList();
    if (!of.isEmpty()) {
      failWithMessage(
          "Expected no window violation of %s but found: %s", standard, FindingText.list(of));
    }
    return this;
  }

  /**
   * Moves on to all the window violations, as a list assertion.
   *
   * @return assertions on every window violation
   */
  public ViolationsAssert violations() {
    isNotNull();
    return new ViolationsAssert(actual.violations(), null);
  }

  /**
   * Verifies {@code party} has a scorecard, and moves on to it.
   *
   * @param party the partner
   * @return assertions on its scorecard ({@code extracting(Scorecard::standing)}...)
   */
  public ObjectAssert<Scorecard> scorecard(String party) {
    isNotNull();
    Optional<Scorecard> card = actual.scorecard(party);
    if (card.isEmpty()) {
      failWithMessage(
          "Expected a scorecard of %s but found scorecards of: %s",
          party, actual.scorecards().stream().map(Scorecard::party).toList());
    }
    return new ObjectAssert<>(card.orElseThrow());
  }

  private Optional<MetricResult> find(String standard, String party) {
    return actual.metrics().stream()
        .filter(m -> m.standard().equals(standard) && m.party().equals(party))
        .findFirst();
  }
}
