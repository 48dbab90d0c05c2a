package io.sharedcx.engine.internal;

import io.sharedcx.model.finding.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Sums the window cases that the standards' rules emit, per standard, party and partnership in force, for the cases inside one
 * window: one pass, constant work per case, nothing about any particular standard. What counts, what is
 * excluded and who is accountable was decided by the rules.
 */
public final class WindowTally {
  /** Drivers kept per metric: enough to act on, bounded for large windows. */
  static final int MAX_DRIVERS = 10;

  /** The cases of one standard and party under one partnership. */
  public static final class Count {
    final String standard;
    final String party;
    final @Nullable String partnership;
    long met;
    long failed;
    long excluded;
    final List<String> drivers = new ArrayList<>();

    Count(String standard, String party, @Nullable String partnership) {
      this.standard = standard;
      this.party = party;
      this.partnership = partnership;
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
  private final Map<String, Count> counts = new TreeMap<>();

  /** An empty tally of the cases inside {@code window}. */
  public WindowTally(Window window) {
    this.window = window;
  }

  /** Counts {@code c} when it happened inside the window. */
  public void add(WindowCase c) {
    if (!window.contains(c.at())) {
      return;
    }
    Count count =
        counts.computeIfAbsent(
            c.standard()
                + "\u0000"
                + c.party()
                + "\u0000"
                + (c.partnership() == null ? "" : c.partnership()),
            k -> new Count(c.standard(), c.party(), c.partnership()));
    switch (c.outcome()) {
      case MET -> count.met++;
      case FAILED -> {
        count.failed++;
        if (count.drivers.size() < MAX_DRIVERS) {
          count.drivers.add(c.subject());
        }
      }
      case EXCLUDED -> count.excluded++;
    }
  }

  /** The counts, by standard, party, then partnership. */
  public List<Count> counts() {
    return List.copyOf(counts.values());
  }
}
