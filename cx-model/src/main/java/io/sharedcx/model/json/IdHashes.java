package io.sharedcx.model.json;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Ids kept as 64-bit hashes in an open-addressing table (about 16 bytes an id, 8 more once any id has a
 * value), so
 * that a stream finds a repeated id in a file of millions of journeys without holding the ids. Two
 * different ids share a hash with a probability of about one in 10^13 for a million ids.
 *
 * @param <V> what is kept with an id, if anything
 */
final class IdHashes<V> {
  /** Stands for the hash 0, which marks an empty slot. */
  private static final long ZERO = 0x9E3779B97F4A7C15L;

  private long[] keys = new long[1 << 12];

  /** What is kept with each slot's id; made when the first value is put. */
  private @Nullable Object @Nullable [] values;

  private int size;

  /** {@return the 64-bit hash an id is kept as} */
  static long hash(String id) {
    long hash = Hashing.murmur3_128().hashString(id, StandardCharsets.UTF_8).asLong();
    return hash == 0 ? ZERO : hash;
  }

  /** {@return the hash of the id whose UTF-8 bytes are the first {@code length} of {@code utf8}} */
  static long hash(byte[] utf8, int length) {
    long hash = Hashing.murmur3_128().hashBytes(utf8, 0, length).asLong();
    return hash == 0 ? ZERO : hash;
  }

  /** Adds {@code id}; false when it was there already. */
  boolean add(String id) {
    return add(hash(id));
  }

  /** Adds the id of this hash; false when it was there already. */
  boolean add(long hash) {
    return slotOf(hash) < 0;
  }

  /** {@return whether the id of this hash is here} */
  boolean contains(long hash) {
    return keys[find(keys, hash)] == hash;
  }

  /** {@return what is kept with the id of this hash, or null when nothing is or it is not here} */
  @SuppressWarnings("unchecked")
  @Nullable V get(long hash) {
    int slot = find(keys, hash);
    Object[] kept = values;
    return keys[slot] == hash && kept != null ? (V) kept[slot] : null;
  }

  /** Keeps {@code value} with the id of this hash, adding the id when it is not here. */
  void put(long hash, V value) {
    int slot = slotOf(hash);
    Object[] kept = values;
    if (kept == null) {
      kept = new Object[keys.length];
      values = kept;
    }
    kept[slot < 0 ? -slot - 1 : slot] = value;
  }

  /** The slot of this hash, added when absent: {@code -slot - 1} for a new one. */
  private int slotOf(long hash) {
    if (size * 2 >= keys.length) {
      grow();
    }
    int slot = find(keys, hash);
    if (keys[slot] == hash) {
      return slot;
    }
    keys[slot] = hash;
    size++;
    return -slot - 1;
  }

  /** {@return the slot holding this hash, or the empty one where it would go} */
  private static int find(long[] in, long hash) {
    int mask = in.length - 1;
    int slot = (int) (hash ^ (hash >>> 32)) & mask;
    while (in[slot] != 0 && in[slot] != hash) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    Object[] oldValues = values;
    long[] newKeys = new long[oldKeys.length * 2];
    Object[] newValues = oldValues == null ? null : new Object[newKeys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = find(newKeys, oldKeys[i]);
        newKeys[slot] = oldKeys[i];
        if (oldValues != null && newValues != null) {
          newValues[slot] = oldValues[i];
        }
      }
    }
    keys = newKeys;
    values = newValues;
  }
}
