package io.sharedcx.report;

import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Failure;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/** What a file's or a run's parts added up to. */
final class Counts {
  long assessed;
  long failed;
  long violations;
  long recommendations;
  final Set<String> standardsRun = new TreeSet<>();

  void add(Assessment part) {
    assessed += part.journeysAssessed().size();
    Set<String> failedJourneys = new HashSet<>();
    for (Failure f : part.failures()) {
      failedJourneys.add(f.journey());
    }
    failed += failedJourneys.size();
    violations += part.violations().size();
    recommendations += part.recommendations().size();
    standardsRun.addAll(part.standardsRun());
  }

  void add(Counts file) {
    assessed += file.assessed;
    failed += file.failed;
    violations += file.violations;
    recommendations += file.recommendations;
    standardsRun.addAll(file.standardsRun);
  }

  String sentence() {
    return String.format(
        "%,d journey(s) assessed, %,d failed, %,d violation(s), %,d recommendation(s)",
        assessed, failed, violations, recommendations);
  }
}
