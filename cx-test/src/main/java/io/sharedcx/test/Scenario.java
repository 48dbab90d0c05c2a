package io.sharedcx.test;

import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.MetricStatus;
import io.sharedcx.model.finding.Window;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One case of a scenario test file ({@code *.test.json}): facts in the portfolio input format, the
 * standards to run, and the findings expected, by standard, responsible party and, optionally, evidence.
 * With a window the case judges the portfolio over it and compares the window violations, and can expect
 * metric statuses. The file format is described in docs/SCENARIO-TESTS.md.
 */
public final class Scenario {
  private final String name;
  private final String source;
  private final List<String> standards;
  private final Portfolio portfolio;
  private final @Nullable Window window;
  private final List<ExpectedFinding> expected;
  private final List<ExpectedMetric> metrics;
  private final boolean exhaustive;

  /** Every standard id the case names, where it names it: the runner checks them against the rules loaded. */
  final List<Located> references;

  Scenario(
      String name,
      String source,
      List<String> standards,
      Portfolio portfolio,
      @Nullable Window window,
      List<ExpectedFinding> expected,
      List<ExpectedMetric> metrics,
      boolean exhaustive,
      List<Located> references) {
    this.name = name;
    this.source = source;
    this.references = List.copyOf(references);
    this.standards = List.copyOf(standards);
    this.portfolio = portfolio;
    this.window = window;
    this.expected = List.copyOf(expected);
    this.metrics = List.copyOf(metrics);
    this.exhaustive = exhaustive;
  }

  /**
   * Reads every case of a scenario test file.
   *
   * @param file a {@code *.test.json} file
   * @return its cases, in file order
   * @throws ScenarioException naming the file, line, column and field of the first problem
   */
  public static List<Scenario> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ScenarioException(file.toString(), -1, -1, "cannot read: " + e.getMessage(), e);
    }
    return read(text, file.toString());
  }

  /**
   * Reads every case of a scenario test document.
   *
   * @param json the document
   * @param source its name in messages, e.g. the file
   * @return its cases, in document order
   * @throws ScenarioException naming the source, line, column and field of the first problem
   */
  public static List<Scenario> read(String json, String source) {
    return new ScenarioReader(json, source).read();
  }

  /** {@return the name shown in PASS and FAIL lines} */
  public String name() {
    return name;
  }

  /** {@return the file or resource the case came from} */
  public String source() {
    return source;
  }

  /** {@return the standards to run; empty for every standard of the engine} */
  public List<String> standards() {
    return standards;
  }

  /** {@return the facts} */
  public Portfolio portfolio() {
    return portfolio;
  }

  /** {@return the window to judge the portfolio over, if this is a window case} */
  public Optional<Window> window() {
    return Optional.ofNullable(window);
  }

  /** {@return the violations expected} */
  public List<ExpectedFinding> expected() {
    return expected;
  }

  /** {@return the window metrics expected (window cases only)} */
  public List<ExpectedMetric> metrics() {
    return metrics;
  }

  /** {@return whether a violation no expectation names fails the case} */
  public boolean exhaustive() {
    return exhaustive;
  }

  /**
   * A violation expected: its standard, the party responsible, how many, and facts each must cite.
   *
   * @param standard the standard id
   * @param party the responsible party
   * @param count how many such violations, at least 0
   * @param evidence fact ids ({@code s1}) or kinds and ids ({@code shipment:s1}) each must cite
   */
  public record ExpectedFinding(String standard, String party, int count, List<String> evidence) {
    /**
     * Copies the evidence.
     *
     * @param standard the standard id
     * @param party the responsible party
     * @param count how many such violations, at least 0
     * @param evidence fact ids or kinds and ids each must cite
     */
    public ExpectedFinding {
      evidence = List.copyOf(evidence);
    }

    /** {@return "STANDARD against PARTY", with " citing ..." when evidence is named} */
    public String describe() {
      return standard
          + " against "
          + party
          + (evidence.isEmpty() ? "" : " citing " + String.join(", ", evidence));
    }
  }

  /**
   * A window metric expected: its standard, the party measured, its status and, optionally, its counts.
   *
   * @param standard the window standard's id
   * @param party the party measured
   * @param status the status expected
   * @param numerator the events counted, or -1 not to check
   * @param denominator the eligible events, or -1 not to check
   */
  public record ExpectedMetric(
      String standard, String party, MetricStatus status, long numerator, long denominator) {
    /** {@return "metric STANDARD of PARTY STATUS", with the counts when they are checked} */
    public String describe() {
      return "metric "
          + standard
          + " of "
          + party
          + " "
          + status
          + (numerator < 0 ? "" : " " + numerator + "/" + denominator);
    }
  }

  /** A value read from the file, with its JSON path and where it was. */
  record Located(String value, String path, int line, int column) {}
}
