package io.sharedcx.test;

import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a {@link StandardTester} found for the facts given, and the expectations on it: each narrows the
 * violations under test (fires, against, citing, saying) or checks a recommendation, and fails with the
 * expected and the actual findings. Immutable: every narrowing returns a new outcome.
 */
public final class Outcome {
  private final List<String> standards;
  private final Assessment assessment;
  private final List<Violation> selected;
  private final List<String> expectations;

  Outcome(List<String> standards, Assessment assessment) {
    this(standards, assessment, assessment.violations(), List.of());
  }

  private Outcome(
      List<String> standards,
      Assessment assessment,
      List<Violation> selected,
      List<String> expectations) {
    this.standards = standards;
    this.assessment = assessment;
    this.selected = selected;
    this.expectations = expectations;
  }

  /**
   * The assessment, for anything the expectations do not cover.
   *
   * @return the assessment of the standards under test
   */
  public Assessment assessment() {
    return assessment;
  }

  /**
   * Expects no violation at all.
   *
   * @return this outcome
   */
  public Outcome firesNothing() {
    return check("no violation", assessment.violations().isEmpty(), assessment.violations());
  }

  /**
   * Expects exactly {@code times} violations (of the selection so far).
   *
   * @param times the number expected
   * @return this outcome
   */
  public Outcome fires(int times) {
    return check("exactly " + times + " violation(s)", selected.size() == times, selected);
  }

  /**
   * Keeps the violations against {@code party}, expecting at least one.
   *
   * @param party the responsible party's id
   * @return the narrowed outcome
   */
  public Outcome against(String party) {
    List<Violation> matching =
        selected.stream().filter(v -> v.responsibleParty().equals(party)).toList();
    return narrow("against " + party, matching);
  }

  /**
   * Keeps the violations whose evidence includes every one of {@code factIds}, expecting at least one.
   *
   * @param factIds fact ids, e.g. {@code "s1"}
   * @return the narrowed outcome
   */
  public Outcome citing(String... factIds) {
    List<Violation> matching =
        selected.stream().filter(v -> List.of(factIds).stream().allMatch(v::cites)).toList();
    return narrow("citing " + String.join(", ", factIds), matching);
  }

  /**
   * Keeps the violations whose message or responsibility contains {@code text}, expecting at least one.
   *
   * @param text part of the message or of the responsibility
   * @return the narrowed outcome
   */
  public Outcome saying(String text) {
    List<Violation> matching =
        selected.stream()
            .filter(v -> v.message().contains(text) || v.responsibility().contains(text))
            .toList();
    return narrow("saying \"" + text + "\"", matching);
  }

  /**
   * Expects a recommendation answering one of the selected violations whose action contains {@code text}.
   *
   * @param text part of the recommended action
   * @return this outcome
   */
  public Outcome recommends(String text) {
    List<Recommendation> answering = new ArrayList<>();
    for (Violation v : selected) {
      answering.addAll(assessment.recommendationsFor(v));
    }
    boolean found = answering.stream().anyMatch(r -> r.action().contains(text));
    if (!found) {
      throw new AssertionError(
          describe("a recommendation containing \"" + text + "\"", selected)
              + "\nRecommendations answering them:"
              + (answering.isEmpty()
                  ? " none"
                  : answering.stream()
                      .map(
                          r ->
                              "\n  - "
                                  + r.owner()
                                  + " (accountable "
                                  + r.accountableParty()
                                  + "): "
                                  + r.action())
                      .collect(Collectors.joining())));
    }
    return this;
  }

  private Outcome narrow(String expectation, List<Violation> matching) {
    List<String> next = new ArrayList<>(expectations);
    next.add(expectation);
    Outcome narrowed = new Outcome(standards, assessment, matching, next);
    if (matching.isEmpty()) {
      throw new AssertionError(narrowed.describe("a violation", assessment.violations()));
    }
    return narrowed;
  }

  private Outcome check(String what, boolean ok, List<Violation> actual) {
    if (!ok) {
      throw new AssertionError(describe(what, actual));
    }
    return this;
  }

  private String describe(String what, List<Violation> actual) {
    StringBuilder out = new StringBuilder("Expected ").append(what);
    if (!expectations.isEmpty()) {
      out.append(" ").append(String.join(", ", expectations));
    }
    out.append(" from ")
        .append(standards)
        .append(", but found ")
        .append(actual.size())
        .append(" violation(s)");
    out.append(actual.isEmpty() ? "." : ":");
    for (Violation v : actual) {
      out.append("\n  - ").append(FindingText.of(v));
    }
    return out.toString();
  }
}
