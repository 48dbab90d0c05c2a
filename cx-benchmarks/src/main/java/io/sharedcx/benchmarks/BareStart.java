package io.sharedcx.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * The bare JVM start {@link StartupTimer} compares with: does nothing but print the milliseconds since
 * JVM start, measured as {@link StartupProbe} measures them.
 */
public final class BareStart {
  private BareStart() {}

  /**
   * Prints {@code startup-ms <n>}.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println("startup-ms " + ms);
  }
}
