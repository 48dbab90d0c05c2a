package io.sharedcx.engine.internal;

import io.sharedcx.engine.WindowCase;
import io.sharedcx.model.finding.DriverDimension;
import io.sharedcx.model.finding.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Sums the window cases that the standards' rules emit, per standard, party and partnership in force, for the window and the
 * periods of equal length before it: one pass, constant work per case, nothing about any particular
 * standard. What counts, what is excluded and who is accountable was decided by the rules.
 *
 * <p>Period 0 is the window itself, period {@code k} the {@code k}-th period of the window's length
 * before it. At least two periods are kept (the window and the previous one, for the trend).
 */
public final class WindowTally {
  /** Drivers kept per metric: enough to act on, bounded for large windows. */
  static final int MAX_DRIVERS = 10;

  /** The cases of one standard and party under one partnership. */
  public static final class Count {
    final String standard;
    final String party;
    final @Nullable String partnership;
    final long[] met;
    final long[] failed;
    final long[] excluded;

    /** Failed subjects in the window, then in the look-back (the first few of each). */
    final List<String> drivers = new ArrayList<>();

    final List<String> lookBackDrivers = new ArrayList<>();

    /** By dimension and id: {failed, cases} in the window, and in the look-back. */
    final Map<String, long[]> dimensions = new HashMap<>();

    final Map<String, long[]> lookBackDimensions = new HashMap<>();

    Count(String standard, String party, @Nullable String partnership, int periods) {
      this.standard = standard;
      this.party = party;
      this.partnership = partnership;
      this.met = new long[periods];
      this.failed = new long[periods];
      this.excluded = new long[periods];
    }

    /** The standard. */
    public String standard() {
      return standard;
    }

    /** The party. */
    public String party() {
      return party;
    }

    /** The partnership whose agreement judges the cases; null when the party is in none. */
    public @Nullable String partnership() {
      return partnership;
    }
  }

  private final Window window;
  private final Duration length;
  private final int periods;
  private final int lookBack;
  private final Duration span;
  private final Map<String, Count> counts = new TreeMap<>();

  /** An empty tally of the cases inside {@code window} (and the period before it). */
  public WindowTally(Window window) {
    this(window, 1, 0);
  }

  /**
   * An empty tally of the cases inside {@code window} and the periods of its length before it.
   *
   * @param window the window (period 0)
   * @param periods the periods kept for a trend line, the window included (at least 1; 2 are always kept)
   * @param lookBack the periods an adaptive look-back may widen to, the window included; 0 for none
   */
  public WindowTally(Window window, int periods, int lookBack) {
    this.window = window;
    this.length = Duration.between(window.from(), window.to());
    this.periods = Math.max(2, Math.max(periods, lookBack));
    this.lookBack = lookBack;
    this.span = length.multipliedBy(this.periods - 1);
  }

  /** The periods kept, the window included. */
  public int periods() {
    return periods;
  }

  /** Period {@code k}: the window for 0, else the {@code k}-th period of its length before it. */
  public Window period(int k) {
    Duration back = length.multipliedBy(k);
    return Window.of(window.from().minus(back), window.to().minus(back));
  }

  /** The window of the first {@code n} periods together: the window widened back by n - 1 periods. */
  public Window widened(int n) {
    return Window.of(window.from().minus(length.multipliedBy(n - 1)), window.to());
  }

  /** Which period {@code at} falls in, or -1 when in none. */
  int periodOf(Instant at) {
    if (at == null || !at.isBefore(window.to())) {
      return -1;
    }
    if (!at.isBefore(window.from())) {
      return 0;
    }
    Duration before = Duration.between(at, window.from());
    if (before.compareTo(span) > 0) {
      return -1;
    }
    // at is in period k when (k - 1) * length < before <= k * length
    return (int) before.minusNanos(1).dividedBy(length) + 1;
  }

  /** Counts {@code c} in the period it happened in, if any. */
  public void add(WindowCase c) {
    int k = periodOf(c.at());
    if (k < 0) {
      return;
    }
    Count count =
        counts.computeIfAbsent(
            c.standard()
                + "\u0000"
                + c.party()
                + "\u0000"
                + (c.partnership() == null ? "" : c.partnership()),
            key -> new Count(c.standard(), c.party(), c.partnership(), periods));
    switch (c.outcome()) {
      case MET -> count.met[k]++;
      case FAILED -> count.failed[k]++;
      case EXCLUDED -> count.excluded[k]++;
    }
    if (c.outcome() == WindowCase.Outcome.EXCLUDED) {
      return;
    }
    boolean failed = c.outcome() == WindowCase.Outcome.FAILED;
    if (k == 0) {
      if (failed && count.drivers.size() < MAX_DRIVERS) {
        count.drivers.add(c.subject());
      }
      dimensions(count.dimensions, c, failed);
    }
    if (k < lookBack) {
      if (failed && count.lookBackDrivers.size() < MAX_DRIVERS) {
        count.lookBackDrivers.add(c.subject());
      }
      dimensions(count.lookBackDimensions, c, failed);
    }
  }

  private static void dimensions(Map<String, long[]> into, WindowCase c, boolean failed) {
    if (c.carrier() != null) {
      dimension(into, DriverDimension.CARRIER, c.carrier(), failed);
    }
    if (c.node() != null) {
      dimension(into, DriverDimension.NODE, c.node(), failed);
    }
    for (String product : c.products()) {
      dimension(into, DriverDimension.PRODUCT, product, failed);
    }
  }

  private static void dimension(
      Map<String, long[]> into, DriverDimension dimension, String id, boolean failed) {
    long[] n = into.computeIfAbsent(dimension.name() + "\u0000" + id, k -> new long[2]);
    if (failed) {
      n[0]++;
    }
    n[1]++;
  }

  /** The counts, by standard, party, then partnership. */
  public List<Count> counts() {
    return List.copyOf(counts.values());
  }
}
