package io.sharedcx.model.json;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * The journey ids a stream has read, kept as 64-bit hashes in an open-addressing table (about 16 bytes
 * per journey), so that a duplicate is found in a file of millions of journeys without holding them.
 * Two different ids share a hash with a probability of about one in 10^13 for a million journeys.
 */
final class JourneyIds {
  private long[] table = new long[1 << 12];
  private int size;
  private boolean zeroSeen;

  /** Adds {@code id}; false when it was there already. */
  boolean add(String id) {
    long hash = Hashing.murmur3_128().hashString(id, StandardCharsets.UTF_8).asLong();
    if (hash == 0) {
      boolean added = !zeroSeen;
      zeroSeen = true;
      return added;
    }
    if (size * 2 >= table.length) {
      grow();
    }
    return insert(table, hash);
  }

  private boolean insert(long[] into, long hash) {
    int mask = into.length - 1;
    int slot = (int) (hash ^ (hash >>> 32)) & mask;
    while (into[slot] != 0) {
      if (into[slot] == hash) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    into[slot] = hash;
    if (into == table) {
      size++;
    }
    return true;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    size = 0;
    for (long hash : old) {
      if (hash != 0) {
        insert(table, hash);
      }
    }
  }
}
