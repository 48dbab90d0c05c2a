package io.sharedcx.test;

import io.sharedcx.model.finding.Evidence;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.report.ViolationText;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one way the kit writes a finding into a failure message: every field a reader needs to see why;
 * violations as the report writes them ({@link ViolationText#oneLine}).
 */
final class FindingText {
  private FindingText() {}

  /** One violation: standard, severity, party, why that party, what happened, evidence and rule. */
  static String of(Violation v) {
    return ViolationText.oneLine(v);
  }

  /** The evidence of a violation, e.g. {@code shipment:s1, order:o1}. */
  static String evidence(Violation v) {
    return v.evidence().stream().map(Evidence::toString).collect(Collectors.joining(", "));
  }

  /** Violations one to a line, each starting {@code "\n  - "}; "none" when there are none. */
  static String list(List<Violation> violations) {
    if (violations.isEmpty()) {
      return "none";
    }
    return violations.stream().map(v -> "\n  - " + of(v)).collect(Collectors.joining());
  }

  /** One metric: standard, party, status, counts, rate and target. */
  static String of(MetricResult m) {
    return m.standard()
        + " of "
        + m.party()
        + " "
        + m.status()
        + " ("
        + m.numerator()
        + "/"
        + m.denominator()
        + (m.rate() == null ? "" : " = " + percent(m.rate()))
        + ", target "
        + m.comparison().toString().toLowerCase(Locale.ROOT).replace('_', ' ')
        + " "
        + percent(m.target())
        + ", min sample "
        + m.minSample()
        + ")";
  }

  /** Metrics one to a line, each starting {@code "\n  - "}; "none" when there are none. */
  static String metrics(List<MetricResult> metrics) {
    if (metrics.isEmpty()) {
      return "none";
    }
    return metrics.stream().map(m -> "\n  - " + of(m)).collect(Collectors.joining());
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
  }
}
