package io.sharedcx.model.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Portfolio;
import io.sharedcx.test.SyntheticPortfolios;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.json.InputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzz of the JSON reader and, through it, every model builder: valid documents are
 * truncated, have bytes flipped, ranges deleted or duplicated, tokens swapped and documents spliced.
 * Whatever comes out, the reader either returns a valid portfolio or throws {@link InputException}:
 * never another exception, never an error. Failures print the seed and iteration to replay.
 */
class MutationFuzzTest {
  static final long SEED = 20261124L;
  static final int ITERATIONS = 20_000;
  static final String[] TOKENS = {"null", "-1", "0", "1e309", "\"\"", "[]", "{}", "true", "\"x\"", "99999999999999999999",
      "\"2026-13-45T99:00:00Z\"", "\"kind\"", ",", ":", "\"\\u0000\""};

  @Test
  void mutatedDocuments_eitherReadOrFailWithInputException() {
    List<String> seeds = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      seeds.add(CxJson.write(new SyntheticPortfolios(i).portfolio(1)));
    }
    SplittableRandom random = new SplittableRandom(SEED);
    int accepted = 0;
    int rejected = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      String doc = mutate(seeds.get(random.nextInt(seeds.size())), seeds.get(random.nextInt(seeds.size())), random);
      try {
        Portfolio p = CxJson.readPortfolio(doc, "fuzz");
        assertThat(p).isNotNull();
        accepted++;
      } catch (InputException expected) {
        assertThat(expected.getMessage()).startsWith("fuzz").doesNotContain("\n");
        rejected++;
      } catch (Throwable other) {
        throw new AssertionError("seed " + SEED + ", iteration " + i + ": " + other + " for document:\n" + doc, other);
      }
    }
    System.out.printf("mutation fuzz: %d documents, %d read, %d rejected with InputException, 0 other%n", ITERATIONS,
        accepted, rejected);
    assertThat(accepted + rejected).isEqualTo(ITERATIONS);
    assertThat(rejected).isPositive();
  }

  static String mutate(String doc, String other, SplittableRandom random) {
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    int at = random.nextInt(bytes.length);
    switch (random.nextInt(6)) {
      case 0:
        return doc.substring(0, Math.min(doc.length(), at));
      case 1: {
        int flips = 1 + random.nextInt(4);
        for (int f = 0; f < flips; f++) {
          bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return new String(bytes, StandardCharsets.UTF_8);
      }
      case 2: {
        int end = Math.min(doc.length(), at + 1 + random.nextInt(200));
        int start = Math.min(at, doc.length());
        return doc.substring(0, start) + doc.substring(end);
      }
      case 3: {
        int start = Math.min(at, doc.length());
        int end = Math.min(doc.length(), start + 1 + random.nextInt(200));
        return doc.substring(0, end) + doc.substring(start);
      }
      case 4: {
        int start = Math.min(at, doc.length());
        return doc.substring(0, start) + TOKENS[random.nextInt(TOKENS.length)] + doc.substring(start);
      }
      default: {
        int start = Math.min(at, doc.length());
        int otherAt = random.nextInt(other.length());
        return doc.substring(0, start) + other.substring(otherAt);
      }
    }
  }
}
