package io.sharedcx.verifier;

import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Evidence;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Expectations on the findings of a {@link StandardVerifier}: each narrows the violations under test
 * (fires, against, citing) or checks a recommendation, and fails with the expected and actual findings.
 */
public final class Verification {
  private final List<String> standards;
  private final Assessment assessment;
  private final List<Violation> selected;
  private final List<String> expectations;

  Verification(List<String> standards, Assessment assessment) {
    this(standards, assessment, assessment.violations(), List.of());
  }

  private Verification(List<String> standards, Assessment assessment, List<Violation> selected,
      List<String> expectations) {
    this.standards = standards;
    this.assessment = assessment;
    this.selected = selected;
    this.expectations = expectations;
  }

  /** The assessment, for anything the expectations do not cover. */
  public Assessment assessment() {
    return assessment;
  }

  /** Expects no violation at all. */
  public Verification firesNothing() {
    return check("no violation", assessment.violations().isEmpty(), assessment.violations());
  }

  /** Expects exactly {@code times} violations (of the selection so far). */
  public Verification fires(int times) {
    return check("exactly " + times + " violation(s)", selected.size() == times, selected);
  }

  /** Keeps the violations against {@code party}, expecting at least one. */
  public Verification against(String party) {
    List<Violation> matching = selected.stream().filter(v -> v.responsibleParty().equals(party)).toList();
    return narrow("against " + party, matching);
  }

  /** Keeps the violations whose evidence includes every one of {@code factIds}, expecting at least one. */
  public Verification citing(String... factIds) {
    List<Violation> matching = selected.stream()
        .filter(v -> List.of(factIds).stream().allMatch(v::cites)).toList();
    return narrow("citing " + String.join(", ", factIds), matching);
  }

  /** Keeps the violations whose message or responsibility contains {@code text}, expecting at least one. */
  public Verification saying(String text) {
    List<Violation> matching = selected.stream()
        .filter(v -> v.message().contains(text) || v.responsibility().contains(text)).toList();
    return narrow("saying \"" + text + "\"", matching);
  }

  /** Expects a recommendation answering one of the selected violations whose action contains {@code text}. */
  public Verification recommends(String text) {
    List<Recommendation> answering = new ArrayList<>();
    for (Violation v : selected) {
      answering.addAll(assessment.recommendationsFor(v));
    }
    boolean found = answering.stream().anyMatch(r -> r.action().contains(text));
    if (!found) {
      throw new AssertionError(describe("a recommendation containing \"" + text + "\"", selected)
          + "\nRecommendations answering them:" + (answering.isEmpty() ? " none"
              : answering.stream().map(r -> "\n  - " + r.owner() + " (accountable " + r.accountableParty() + "): "
                  + r.action()).collect(Collectors.joining())));
    }
    return this;
  }

  private Verification narrow(String expectation, List<Violation> matching) {
    List<String> next = new ArrayList<>(expectations);
    next.add(expectation);
    Verification narrowed = new Verification(standards, assessment, matching, next);
    if (matching.isEmpty()) {
      throw new AssertionError(narrowed.describe("a violation", assessment.violations()));
    }
    return narrowed;
  }

  private Verification check(String what, boolean ok, List<Violation> actual) {
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
    out.append(" from ").append(standards).append(", but found ").append(actual.size()).append(" violation(s)");
    out.append(actual.isEmpty() ? "." : ":");
    for (Violation v : actual) {
      out.append("\n  - ").append(v.standard()).append(" ").append(v.severity()).append(" against ")
          .append(v.responsibleParty()).append(" (").append(v.responsibility()).append("): ").append(v.message())
          .append(" [evidence ").append(v.evidence().stream().map(Evidence::toString)
              .collect(Collectors.joining(", "))).append("; rule \"").append(v.rule()).append("\"]");
    }
    return out.toString();
  }
}
