package io.sharedcx.benchmarks;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.test.SyntheticPortfolios;
import java.lang.management.ManagementFactory;

/**
 * Run in a fresh JVM: builds the engine with the default pack, assesses one journey, and prints the
 * milliseconds from JVM start to that first assessment. {@link StartupTimer} runs it several times.
 */
public final class StartupProbe {
  private StartupProbe() {}

  /**
   * Prints {@code startup-ms <n>}.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    var journey = new SyntheticPortfolios(1).portfolio(1);
    Assessment assessment = CxEngine.builder().build().assess(journey);
    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println("startup-ms " + ms + " violations " + assessment.violations().size());
  }
}
