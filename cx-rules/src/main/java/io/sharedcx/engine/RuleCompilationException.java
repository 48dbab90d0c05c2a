package io.sharedcx.engine;

import java.util.List;
import java.util.stream.Collectors;

/** Rules did not compile: every problem found, not just the first, each with file, line, column and a hint. */
public final class RuleCompilationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<RuleProblem> problems;

  /**
   * Reports {@code problems}.
   *
   * @param problems at least one problem
   */
  public RuleCompilationException(List<RuleProblem> problems) {
    super(
        problems.size()
            + " rule problem(s):\n"
            + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** {@return the problems, in file and line order} */
  public List<RuleProblem> problems() {
    return problems;
  }
}
