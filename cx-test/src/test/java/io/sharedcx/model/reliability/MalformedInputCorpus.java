package io.sharedcx.model.reliability;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The malformed-input corpus of {@link MalformedInputTest}, for tests in other packages. */
public final class MalformedInputCorpus {
  private MalformedInputCorpus() {}

  /** Each entry: what is wrong, the document, the expected part of the reader's error. */
  public static Stream<Arguments> corpus() {
    return MalformedInputTest.corpus();
  }
}
