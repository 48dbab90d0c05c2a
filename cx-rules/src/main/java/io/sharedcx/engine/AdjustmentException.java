package io.sharedcx.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Exemptions or disputes do not fit the assessment they are applied to: a dispute names a violation the
 * assessment does not have, an exemption names a party or standard that does not exist. Lists every
 * problem, not just the first; nothing is adjusted then.
 */
public final class AdjustmentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<AdjustmentProblem> problems;

  /**
   * Reports {@code problems}.
   *
   * @param problems at least one problem
   */
  public AdjustmentException(List<AdjustmentProblem> problems) {
    super(
        problems.size()
            + " adjustment problem(s):\n"
            + problems.stream().map(AdjustmentProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** {@return the problems, exemptions first, each list in its file's order} */
  public List<AdjustmentProblem> problems() {
    return problems;
  }
}
