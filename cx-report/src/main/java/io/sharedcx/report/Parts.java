package io.sharedcx.report;

import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The order findings are written in, whichever path (in memory or streamed) produced them. */
final class Parts {
  private static final Comparator<Violation> VIOLATIONS =
      Comparator.comparing(Violation::standard).thenComparing(Violation::id);
  private static final Comparator<Recommendation> RECOMMENDATIONS =
      Comparator.comparing(Recommendation::standard).thenComparing(Recommendation::id);

  private Parts() {}

  static List<Violation> violations(List<Violation> part) {
    List<Violation> sorted = new ArrayList<>(part);
    sorted.sort(VIOLATIONS);
    return sorted;
  }

  static List<Recommendation> recommendations(List<Recommendation> part) {
    List<Recommendation> sorted = new ArrayList<>(part);
    sorted.sort(RECOMMENDATIONS);
    return sorted;
  }
}
