package io.sharedcx.model.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.json.InputException;
import java.nio.charset.StandardCharsets;

/**
 * A coverage-guided fuzz of the JSON reader (Jazzer): any bytes, read as UTF-8, either make a valid
 * portfolio, which writes and reads back equal, or are rejected with {@link InputException}; any
 * other throwable is a finding. (That the message is one line is not checked here: a carriage return
 * in an id is still echoed raw, see the corpus file {@code partner-id-with-carriage-return}.) A plain build replays the checked-in corpus
 * ({@code ReaderFuzzTestInputs/readPortfolio} under test resources) and then fuzzes for a bounded
 * time (the {@code reader-fuzz} surefire execution sets {@code JAZZER_FUZZ=1}).
 */
class ReaderFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void readPortfolio(byte[] input) {
    String json = new String(input, StandardCharsets.UTF_8);
    Portfolio read;
    try {
      read = CxJson.readPortfolio(json, "fuzz");
    } catch (InputException rejection) {
      assertThat(rejection.getMessage())
          .as("message of a rejection")
          .isNotBlank()
          .doesNotContain("\n")
          .doesNotContain("\r")
          .doesNotContain("\u001b");
      return;
    }
    assertThat(CxJson.readPortfolio(CxJson.write(read), "again"))
        .as("read back after writing")
        .isEqualTo(read);
  }
}
