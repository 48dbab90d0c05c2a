package io.sharedcx.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JourneysLastTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "true  | {\"brands\":[], \"journeys\":[{\"id\":\"j0\",\"t\":[1,{}]}]}",
        "true  | {\"journeys\" : [ ] \t}\t ",
        "true  | {\"journeys\":[{\"id\":\"a]}\\\"]\"}]}",
        "true  | {\"journeys\":[{\"id\":\"back\\\\\"}]}",
        "false | {\"journeys\":[{\"id\":\"j0\"}], \"feeds\":[]}",
        "false | {\"journeys\":[{\"id\":\"j0\"}]}{\"journeys\":[]}",
        "false | {\"journeys\":[{\"id\":\"j0\"}]} x",
        "false | {\"journeys\":[{\"id\":\"j0\"}]}}",
        "false | {\"journeys\":[{\"id\":\"j0\"]}",
        "false | {\"journeys\":[{\"id\":\"j0\"}",
        "false | {\"journeys\":[{\"id\":\"j0}]}",
      })
  void endsWithJourneys_onlyWhenNothingButTheClosingBraceFollowsThem(boolean expected, String json)
      throws IOException {
    Path file = Files.writeString(dir.resolve("p.json"), json);
    long offset = json.indexOf('[', json.indexOf("\"journeys\""));
    assertThat(JourneysLast.endsWithJourneys(file, offset)).isEqualTo(expected);
    assertThat(JourneysLast.endsWithJourneys(file, offset + 1)).isFalse();
  }

  @Test
  void endsWithJourneys_readsAnEscapedQuoteOnABufferEdge() throws IOException {
    for (int pad = 65_525; pad < 65_545; pad++) {
      String json = "{\"journeys\":[{\"s\":\"" + "a".repeat(pad) + "\\\"]\"}]}";
      Path file = Files.writeString(dir.resolve("edge.json"), json);
      assertThat(JourneysLast.endsWithJourneys(file, json.indexOf('['))).as("pad %d", pad).isTrue();
      Path open = Files.writeString(dir.resolve("open.json"), json.replace("\\\"]\"}", "\\\"]}"));
      assertThat(JourneysLast.endsWithJourneys(open, json.indexOf('[')))
          .as("pad %d", pad)
          .isFalse();
    }
  }
}
