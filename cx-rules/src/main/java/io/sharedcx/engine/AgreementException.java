package io.sharedcx.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A portfolio's agreements do not fit the engine's standards, so assessing it would give findings that
 * look sound and are not (an unknown standard id would scope a partner out of every other standard; an
 * unknown key would leave the default in force). Lists every problem, not just the first.
 * {@link CxEngine#checkAgreements} finds the same problems without throwing.
 */
public final class AgreementException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<AgreementProblem> problems;

  /**
   * Reports {@code problems}.
   *
   * @param problems at least one problem
   */
  public AgreementException(List<AgreementProblem> problems) {
    super(
        problems.size()
            + " agreement problem(s):\n"
            + problems.stream().map(AgreementProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** {@return the problems, in the order of the partnerships and of their agreements} */
  public List<AgreementProblem> problems() {
    return problems;
  }
}
