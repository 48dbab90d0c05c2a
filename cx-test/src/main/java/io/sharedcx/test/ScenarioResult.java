package io.sharedcx.test;

import java.util.List;

/**
 * The outcome of one scenario case: passed, failed with the differences between the expected and the
 * actual findings, or could not run (a bad file, rules that do not compile) with the reason.
 */
public final class ScenarioResult {
  /** How a case ended. */
  public enum Status {
    /** Every expectation was met. */
    PASSED,
    /** Some expectation was not met; {@link #differences()} says which. */
    FAILED,
    /** The case could not run; {@link #error()} says why. */
    ERROR
  }

  private final String name;
  private final String source;
  private final Status status;
  private final List<String> differences;
  private final String found;
  private final String error;

  private ScenarioResult(
      String name,
      String source,
      Status status,
      List<String> differences,
      String found,
      String error) {
    this.name = name;
    this.source = source;
    this.status = status;
    this.differences = List.copyOf(differences);
    this.found = found;
    this.error = error;
  }

  static ScenarioResult checked(Scenario scenario, List<String> differences, String found) {
    return new ScenarioResult(
        scenario.name(),
        scenario.source(),
        differences.isEmpty() ? Status.PASSED : Status.FAILED,
        differences,
        found,
        "");
  }

  static ScenarioResult error(String name, String source, String error) {
    return new ScenarioResult(name, source, Status.ERROR, List.of(), "", error);
  }

  /** {@return the case's name} */
  public String name() {
    return name;
  }

  /** {@return the file or resource the case came from} */
  public String source() {
    return source;
  }

  /** {@return how the case ended} */
  public Status status() {
    return status;
  }

  /** {@return whether the case passed} */
  public boolean passed() {
    return status == Status.PASSED;
  }

  /**
   * {@return the differences, one to a line: {@code - expected X against P x1, found x0} for a finding
   * expected and not made (as often as expected), {@code + unexpected X against P x2} for a finding made
   * and not expected, and the same for metrics; empty when the case passed}
   */
  public List<String> differences() {
    return differences;
  }

  /**
   * {@return the findings actually made, one to a line, for a failure message; empty unless
   * checked}
   */
  public String found() {
    return found;
  }

  /** {@return why the case could not run; empty unless {@link Status#ERROR}} */
  public String error() {
    return error;
  }

  /**
   * {@return the whole story in text: the case, its differences and the findings made, or the
   * error}
   */
  public String report() {
    StringBuilder out =
        new StringBuilder(
                status == Status.PASSED ? "PASS " : status == Status.FAILED ? "FAIL " : "ERROR ")
            .append(name)
            .append(" (")
            .append(source)
            .append(")");
    if (status == Status.ERROR) {
      error.lines().forEach(line -> out.append("\n  ").append(line));
      return out.toString();
    }
    differences.forEach(line -> out.append("\n  ").append(line));
    if (status == Status.FAILED) {
      out.append("\n  found: ").append(found.replace("\n  - ", "\n    - "));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return report();
  }
}
