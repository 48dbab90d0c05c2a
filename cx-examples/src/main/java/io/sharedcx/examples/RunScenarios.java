package io.sharedcx.examples;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Scorecard;
import io.sharedcx.model.finding.WindowAssessment;
import io.sharedcx.report.TextReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The main job: runs every bundled scenario through the default standard pack and prints the findings,
 * then writes the HTML partner report of the bundled month of orders under target/ and prints its path.
 */
public final class RunScenarios {
  private RunScenarios() {}

  /**
   * Runs the scenarios.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
    Path report =
        MonthReport.write(
            CxEngine.builder().build(), Path.of(System.getProperty("cx.report.dir", "target")));
    System.out.printf("%nReport of the month of orders: %s%n", report.toAbsolutePath());
  }

  static Map<Scenario, Assessment> run(PrintStream out) {
    CxEngine engine = CxEngine.builder().build();
    out.printf("SharedCX: %d standards in the default pack%n", engine.standards().size());
    Map<Scenario, Assessment> results = new EnumMap<>(Scenario.class);
    for (Scenario scenario : Scenario.values()) {
      Assessment assessment = engine.assess(scenario.portfolio());
      results.put(scenario, assessment);
      out.printf("%n== %s (%s)%n   %s%n", scenario.name(), scenario.file(), scenario.summary());
      out.print(TextReport.render(assessment).indent(3));
    }
    WindowAssessment month =
        engine.assessWindow(PortfolioExample.portfolio(400), PortfolioExample.MARCH);
    out.printf(
        "%n== PORTFOLIO (generated): a month of orders for two drop-ship partners and a new one%n");
    for (Scorecard card : month.scorecards()) {
      out.print(TextReport.render(card).indent(3));
    }
    return results;
  }
}
