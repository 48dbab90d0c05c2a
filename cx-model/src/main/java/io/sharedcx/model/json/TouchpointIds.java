package io.sharedcx.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.sharedcx.model.Journey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Finds a touchpoint id that a streamed journey shares with an earlier journey or a stock audit, without
 * holding every id of the file.
 *
 * <p>The stream's first pass offers every touchpoint id of every journey, and each stock audit's, to a
 * Bloom filter. An id the filter may have seen already is a candidate, kept as a 64-bit hash: every id
 * that occurs twice is one (its second occurrence finds the first in the filter), and so is about one in
 * a hundred of the ids that occur once (the filter's false positives). The filter, about one byte per
 * 100 bytes of file, is dropped after the first pass; the candidates stay, with the journey that claimed each: under a byte per id.
 *
 * <p>On the second pass each journey handed over claims its candidate ids, and a journey naming an id
 * that an earlier journey or a stock audit claimed fails. A false positive is claimed once and fails
 * nothing, so the check is exact but for two different ids sharing a 64-bit hash, as for journey ids.
 */
final class TouchpointIds {
  /** The owner a stock audit's id is claimed by. */
  private static final String STOCK_AUDIT = "";

  /** Bits of filter per id the filter is sized for: about one in a hundred false positives. */
  private static final long BITS_PER_ID = 10;

  /** Bytes of file per touchpoint the filter is sized for; a file of smaller touchpoints keeps more. */
  private static final long BYTES_PER_TOUCHPOINT = 128;

  private static final byte[] TOUCHPOINTS = "touchpoints".getBytes(StandardCharsets.UTF_8);
  private static final byte[] ID = "id".getBytes(StandardCharsets.UTF_8);

  /** Reads the odd string with escapes. */
  private static final JsonFactory LITERALS = new JsonFactory();

  private final IdHashes<String> candidates;

  private TouchpointIds(IdHashes<String> candidates) {
    this.candidates = candidates;
  }

  /**
   * {@return a first pass's record of the ids it was offered, sized for a file of this many bytes}
   *
   * @param fileBytes the file's size
   */
  static Offered offered(long fileBytes) {
    return new Offered(Math.max(1 << 14, fileBytes / BYTES_PER_TOUCHPOINT));
  }

  /** A touchpoint id a journey shares with an earlier journey or a stock audit. */
  record Repeat(int touchpoint, String id, @Nullable String journey) {}

  /**
   * Claims the journey's touchpoint ids that are candidates.
   *
   * @return the first id that an earlier journey or a stock audit claimed, and nothing claimed; or null,
   *     each candidate id now the journey's
   */
  @Nullable Repeat claim(Journey journey) {
    var touchpoints = journey.touchpoints();
    long[] hashes = new long[touchpoints.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = IdHashes.hash(touchpoints.get(i).id());
      String owner = candidates.get(hashes[i]);
      // A journey claims once, and its own touchpoint ids differ: any owner is another's.
      if (owner != null) {
        return new Repeat(i, touchpoints.get(i).id(), owner.equals(STOCK_AUDIT) ? null : owner);
      }
    }
    for (long hash : hashes) {
      if (candidates.contains(hash)) {
        candidates.put(hash, journey.id());
      }
    }
    return null;
  }

  /** The ids a first pass offers, in a Bloom filter, and the candidates found so far. */
  static final class Offered {
    private final BlockedBloomFilter seen;
    private final IdHashes<String> candidates = new IdHashes<>();

    private Offered(long expected) {
      seen = new BlockedBloomFilter(expected * BITS_PER_ID);
    }

    /** Offers one id. */
    void offer(String id) {
      offer(IdHashes.hash(id));
    }

    private void offer(long hash) {
      if (!seen.put(hash)) {
        candidates.add(hash);
      }
    }

    /**
     * Offers the touchpoint ids of the journeys in the array that starts at {@code offset} of a UTF-8
     * file, reading its bytes: no JSON parser, so the first pass costs about what reading the file does.
     * Only the structure is followed (brackets, braces, strings, keys); the second pass parses every
     * journey and reports what is malformed.
     *
     * @param file the portfolio file, UTF-8
     * @param offset the byte offset of the journeys' opening bracket
     * @return whether nothing but the portfolio's closing brace and white space follows the journeys
     */
    boolean offerJourneys(Path file, long offset) throws IOException {
      try (InputStream in = Files.newInputStream(file)) {
        in.skipNBytes(offset);
        byte[] buffer = new byte[1 << 16];
        // Containers open from the journeys' array on: 1 the array, 2 a journey, 3 its touchpoints'
        // array, 4 a touchpoint. Bit d of arrays: the container at depth d is an array.
        int depth = 0;
        long arrays = 0;
        boolean keyNext = false;
        boolean touchpointsKey = false;
        boolean inTouchpoints = false;
        boolean idKey = false;
        // 0 outside a string, 1 inside, 2 inside right after a backslash.
        int string = 0;
        boolean capture = false;
        boolean captureKey = false;
        boolean escaped = false;
        byte[] text = new byte[64];
        int length = 0;
        // -1 inside the journeys, 0 after them, 1 after the portfolio's closing brace.
        int after = -1;
        int read;
        while ((read = in.read(buffer)) > 0) {
          for (int i = 0; i < read; i++) {
            byte b = buffer[i];
            if (string != 0) {
              if (!capture) {
                // Most of the file is inside strings: to the next quote or backslash in one loop.
                while (string == 1 && b != '"' && b != '\\' && i + 1 < read) {
                  b = buffer[++i];
                }
              }
              if (string == 2) {
                string = 1;
              } else if (b == '\\') {
                string = 2;
                escaped = true;
              } else if (b == '"') {
                string = 0;
                if (capture) {
                  String value = escaped ? decoded(text, length) : null;
                  if (!captureKey) {
                    offer(value != null ? IdHashes.hash(value) : IdHashes.hash(text, length));
                  } else if (depth == 2) {
                    touchpointsKey = is(value, text, length, TOUCHPOINTS);
                  } else {
                    idKey = is(value, text, length, ID);
                  }
                }
                continue;
              }
              if (capture) {
                if (length == text.length) {
                  text = Arrays.copyOf(text, length * 2);
                }
                text[length++] = b;
              }
              continue;
            }
            if (after >= 0) {
              if (b == '}' && after == 0) {
                after = 1;
              } else if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
              }
              continue;
            }
            boolean object = depth > 0 && depth < 64 && (arrays & (1L << depth)) == 0;
            switch (b) {
              case '"' -> {
                captureKey = object && keyNext;
                if (captureKey && depth == 4 && i + 3 < read && buffer[i + 1] != '\\') {
                  // A touchpoint's key, most of them not "id": told by its next three bytes.
                  idKey = buffer[i + 1] == 'i' && buffer[i + 2] == 'd' && buffer[i + 3] == '"';
                  string = idKey ? 0 : 1;
                  i += idKey ? 3 : 0;
                  capture = false;
                  continue;
                }
                string = 1;
                capture =
                    captureKey
                        ? depth == 2 || (depth == 4 && inTouchpoints)
                        : object && depth == 4 && inTouchpoints && idKey;
                escaped = false;
                length = 0;
              }
              case '[', '{' -> {
                if (b == '[' && depth == 2) {
                  inTouchpoints = object && touchpointsKey;
                }
                depth++;
                if (depth < 64) {
                  arrays = b == '[' ? arrays | (1L << depth) : arrays & ~(1L << depth);
                }
                keyNext = b == '{';
              }
              case ']', '}' -> {
                depth--;
                keyNext = false;
                if (depth <= 0) {
                  after = 0;
                }
              }
              case ',' -> keyNext = object;
              case ':' -> keyNext = false;
              default -> {
                // White space, numbers, true, false, null: the parser's to check on the second
                // pass.
              }
            }
          }
        }
        return after == 1;
      }
    }

    /** {@return a string with escapes, as JSON reads it; null when it is not valid JSON} */
    private static @Nullable String decoded(byte[] text, int length) {
      byte[] literal = new byte[length + 2];
      literal[0] = '"';
      System.arraycopy(text, 0, literal, 1, length);
      literal[length + 1] = '"';
      try (JsonParser parser = LITERALS.createParser(literal)) {
        return parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      } catch (IOException e) {
        return null;
      }
    }

    /** Whether a key is {@code name}: its decoded text when it had escapes, else its bytes. */
    private static boolean is(@Nullable String decoded, byte[] text, int length, byte[] name) {
      return decoded != null
          ? decoded.equals(new String(name, StandardCharsets.UTF_8))
          : Arrays.equals(text, 0, length, name, 0, name.length);
    }

    /**
     * Offers the touchpoint ids of the journeys in the array at the parser's current token (its start),
     * reading up to its end: the {@code id} text of each object of each journey's {@code touchpoints}.
     * Anything else is skipped unread, malformed parts of a journey included.
     *
     * @throws IOException when the JSON is broken; the ids before are kept
     */
    void offerJourneys(JsonParser journeys) throws IOException {
      eachField(
          journeys,
          (name, touchpoints) -> {
            if (!name.equals("touchpoints")
                || touchpoints.currentToken() != JsonToken.START_ARRAY) {
              return false;
            }
            eachField(
                touchpoints,
                (key, id) -> {
                  if (!key.equals("id") || id.currentToken() != JsonToken.VALUE_STRING) {
                    return false;
                  }
                  offer(id.getText());
                  return true;
                });
            return true;
          });
    }

    /** Reads a field's value at the parser's token; false when it did not, and the value is skipped. */
    private interface FieldReader {
      boolean read(String name, JsonParser value) throws IOException;
    }

    /** Gives each field of each object of the array at the parser's token to {@code reader}. */
    private static void eachField(JsonParser array, FieldReader reader) throws IOException {
      while (next(array) != JsonToken.END_ARRAY) {
        if (array.currentToken() != JsonToken.START_OBJECT) {
          array.skipChildren();
          continue;
        }
        while (array.nextToken() == JsonToken.FIELD_NAME) {
          String name = array.currentName();
          array.nextToken();
          if (!reader.read(name, array)) {
            array.skipChildren();
          }
        }
      }
    }

    /** {@return the next token; the end of the file inside the journeys is broken JSON} */
    private static JsonToken next(JsonParser parser) throws IOException {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw new JsonEOFException(parser, null, "the file ends inside the journeys");
      }
      return token;
    }

    /**
     * {@return the candidates, the stock audits' ids offered last and claimed by the stock audits}
     *
     * @param stockAudits the ids of the portfolio's stock audits
     */
    TouchpointIds candidates(Iterable<String> stockAudits) {
      // The audits' ids differ from each other (the portfolio is checked before), so an audit's id
      // is
      // a candidate once offered only when a journey has it.
      for (String id : stockAudits) {
        long hash = IdHashes.hash(id);
        offer(hash);
        if (candidates.contains(hash)) {
          candidates.put(hash, STOCK_AUDIT);
        }
      }
      return new TouchpointIds(candidates);
    }
  }

  /**
   * A Bloom filter whose bits for one id all lie in one block of 512 bits, one cache line: a filter of
   * tens of megabytes then costs one memory access per id rather than one per bit. For the same bits it
   * gives a few more false positives than a classic filter (about 1 % at 10 bits per id, 7 bits each).
   */
  static final class BlockedBloomFilter {
    private static final int BITS_SET_PER_ID = 7;
    private final long[] words;
    private final int blocks;

    BlockedBloomFilter(long bits) {
      long wanted = Math.max(1, (bits + 511) / 512);
      blocks = (int) Math.min(wanted, Integer.MAX_VALUE / 8);
      words = new long[blocks * 8];
    }

    /**
     * Sets the bits of this hash.
     *
     * @param hash a 64-bit hash of the id
     * @return false when all its bits were set already: the id may have been put before
     */
    boolean put(long hash) {
      int block = (int) (((hash >>> 32) * blocks) >>> 32) * 8;
      // Another mix of the same hash picks the bits within the block, 9 bits of it each.
      long bits = hash * 0x9E3779B97F4A7C15L;
      bits ^= bits >>> 29;
      boolean changed = false;
      for (int i = 0; i < BITS_SET_PER_ID; i++) {
        int bit = (int) (bits >>> (9 * i)) & 511;
        int word = block + (bit >>> 6);
        long mask = 1L << bit;
        if ((words[word] & mask) == 0) {
          words[word] |= mask;
          changed = true;
        }
      }
      return changed;
    }
  }
}
