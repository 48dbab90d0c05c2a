package io.sharedcx.model.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Portfolio;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.json.InputException;
import io.sharedcx.test.SyntheticPortfolios;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzz of the JSON reader and, through it, every model builder: valid documents are
 * truncated, have bytes flipped, ranges deleted or duplicated, tokens swapped and documents spliced.
 * Whatever comes out, the reader either returns a valid portfolio, which writes and reads back
 * equal, or throws {@link InputException} with a one-line message naming where: never another
 * exception. Failures print the seed and iteration to replay.
 */
class MutationFuzzTest {
  static final long SEED = 20261124L;
  static final int ITERATIONS = 20_000;
  static final String[] TOKENS = {
    "null",
    "-1",
    "0",
    "1e309",
    "\"\"",
    "[]",
    "{}",
    "true",
    "\"x\"",
    "99999999999999999999",
    "\"2026-13-45T99:00:00Z\"",
    "\"kind\"",
    ",",
    ":",
    "\"\\u0000\""
  };

  @Test
  void mutatedDocuments_eitherReadAndRoundTrip_orFailWithOneLineNamingAPosition() {
    List<String> seeds = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      seeds.add(CxJson.write(new SyntheticPortfolios(i).portfolio(1)));
    }
    for (String seed : seeds) {
      assertThat(CxJson.readPortfolio(seed, "seed")).as("an unmutated document reads").isNotNull();
    }
    SplittableRandom random = new SplittableRandom(SEED);
    int accepted = 0;
    int rejected = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      String doc =
          mutate(
              seeds.get(random.nextInt(seeds.size())),
              seeds.get(random.nextInt(seeds.size())),
              random);
      String replay = "seed " + SEED + ", iteration " + i + ", document:\n" + doc;
      Portfolio read;
      try {
        read = CxJson.readPortfolio(doc, "fuzz");
      } catch (InputException rejection) {
        String message = rejection.getMessage();
        assertThat(message).as(replay).doesNotContain("\n").doesNotContain("\r");
        // Where: the source and either a line and column in it or the JSON path of the bad value.
        assertThat(message).as(replay).startsWith("fuzz");
        assertThat(rejection.line() > 0 && rejection.column() > 0 || !rejection.path().isEmpty())
            .as("position of: %s (%s)", message, replay)
            .isTrue();
        if (rejection.line() > 0) {
          assertThat(message)
              .as(replay)
              .startsWith("fuzz:" + rejection.line() + ":" + rejection.column() + ": ");
        }
        rejected++;
        continue;
      } catch (Throwable other) {
        throw new AssertionError(replay + "\nthrew " + other, other);
      }
      // An accepted document is a valid portfolio: written and read again, it is the same.
      assertThat(CxJson.readPortfolio(CxJson.write(read), "again")).as(replay).isEqualTo(read);
      accepted++;
    }
    System.out.printf(
        "mutation fuzz: %d documents, %d read, %d rejected with InputException, 0 other%n",
        ITERATIONS, accepted, rejected);
    assertThat(accepted).as("mutations the reader accepted (and round-tripped)").isPositive();
    assertThat(rejected).as("mutations the reader rejected").isGreaterThan(ITERATIONS / 2);
  }

  static String mutate(String doc, String other, SplittableRandom random) {
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    int at = random.nextInt(bytes.length);
    switch (random.nextInt(6)) {
      case 0:
        return doc.substring(0, Math.min(doc.length(), at));
      case 1:
        {
          int flips = 1 + random.nextInt(4);
          for (int f = 0; f < flips; f++) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
          }
          return new String(bytes, StandardCharsets.UTF_8);
        }
      case 2:
        {
          int end = Math.min(doc.length(), at + 1 + random.nextInt(200));
          int start = Math.min(at, doc.length());
          return doc.substring(0, start) + doc.substring(end);
        }
      case 3:
        {
          int start = Math.min(at, doc.length());
          int end = Math.min(doc.length(), start + 1 + random.nextInt(200));
          return doc.substring(0, end) + doc.substring(start);
        }
      case 4:
        {
          int start = Math.min(at, doc.length());
          return doc.substring(0, start)
              + TOKENS[random.nextInt(TOKENS.length)]
              + doc.substring(start);
        }
      default:
        {
          int start = Math.min(at, doc.length());
          int otherAt = random.nextInt(other.length());
          return doc.substring(0, start) + other.substring(otherAt);
        }
    }
  }
}
