package io.sharedcx.report;

import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Failure;
import io.sharedcx.model.finding.WindowAssessment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The journeys that could not be assessed, for people: each as one {@code FAILED} line with the
 * journey, the rule and standard when known, and what went wrong, every value from input escaped (see
 * {@link Printable}); and those of an assessment and of its window together, each journey once. The
 * assessment, window, adjudication and HTML reports show failures this way.
 */
public final class Failures {
  private Failures() {}

  /**
   * {@return the failure on one line, ending with a line separator}
   *
   * @param f the failure
   */
  public static String line(Failure f) {
    return String.format(
        "FAILED    journey %s%s: %s%n",
        Printable.escape(f.journey()),
        f.rule() == null
            ? ""
            : " in rule '"
                + Printable.escape(f.rule())
                + "' ("
                + Printable.escape(f.standard())
                + ")",
        Printable.escape(f.message()));
  }

  /**
   * {@return the failures of {@code assessment}, then those of {@code window} whose journey failed only
   * in the window's pass (a window case rule threw), each journey once}
   *
   * @param assessment the journeys' assessment
   * @param window the window assessment of the same portfolio
   */
  public static List<Failure> of(Assessment assessment, WindowAssessment window) {
    Map<String, Failure> byJourney = new LinkedHashMap<>();
    assessment.failures().forEach(f -> byJourney.putIfAbsent(f.journey(), f));
    window.failures().forEach(f -> byJourney.putIfAbsent(f.journey(), f));
    return List.copyOf(byJourney.values());
  }
}
