package io.sharedcx.flink.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps its most recently used entries, at most a given number, the least recently used
 * going first: what a task keeps beside its state, which stays the record.
 *
 * @param <K> the keys
 * @param <V> the values
 */
final class RecentlyUsed<K, V> extends LinkedHashMap<K, V> {
  private static final long serialVersionUID = 1L;

  private final int most;

  /** A map of at most {@code most} entries. */
  RecentlyUsed(int most) {
    super(16, 0.75f, true);
    this.most = most;
  }

  @Override
  protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
    return size() > most;
  }
}
