package io.sharedcx.authoring;

import io.sharedcx.model.finding.Violation;
import java.util.List;

/**
 * The journey violations of one standard by one party in a window, grouped (in one linear pass) so
 * rules can aggregate them without joining every violation with every other. Rules match it as a fact.
 *
 * @param standard the standard
 * @param party the responsible party
 * @param violations the violations, in id order
 */
public record RepeatedViolations(String standard, String party, List<Violation> violations) {

  /**
   * Copies the list so the record stays immutable.
   *
   * @param standard the standard
   * @param party the responsible party
   * @param violations the violations, in id order
   */
  public RepeatedViolations {
    violations = List.copyOf(violations);
  }

  /** {@return how many violations} */
  public int count() {
    return violations.size();
  }
}
