package io.sharedcx.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Channel;
import io.sharedcx.model.Journey;
import io.sharedcx.model.StockCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TouchpointIdsTest {
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
  void offerJourneys_saysTheyAreLast_onlyWhenNothingButTheClosingBraceFollowsThem(
      boolean expected, String json) throws IOException {
    Path file = Files.writeString(dir.resolve("p.json"), json);
    long offset = json.indexOf('[', json.indexOf("\"journeys\""));
    assertThat(TouchpointIds.offered(0).offerJourneys(file, offset)).isEqualTo(expected);
  }

  @Test
  void offerJourneys_readsAnEscapedQuoteOnABlocksEdge() throws IOException {
    for (int pad = 65_525; pad < 65_545; pad++) {
      String json = "{\"journeys\":[{\"s\":\"" + "a".repeat(pad) + "\\\"]\"}]}";
      Path file = Files.writeString(dir.resolve("edge.json"), json);
      assertThat(TouchpointIds.offered(0).offerJourneys(file, json.indexOf('[')))
          .as("pad %d", pad)
          .isTrue();
      Path open = Files.writeString(dir.resolve("open.json"), json.replace("\\\"]\"}", "\\\"]}"));
      assertThat(TouchpointIds.offered(0).offerJourneys(open, json.indexOf('[')))
          .as("pad %d", pad)
          .isFalse();
    }
  }

  @Test
  void filter_findsEveryRepeat_andKeepsAboutOneInAHundredOfTheRest() {
    int ids = 200_000;
    TouchpointIds.BlockedBloomFilter filter = new TouchpointIds.BlockedBloomFilter(ids * 10L);
    SplittableRandom random = new SplittableRandom(7);
    long[] hashes = new long[ids];
    int falsePositives = 0;
    for (int i = 0; i < ids; i++) {
      hashes[i] = IdHashes.hash("t-" + random.nextLong());
      if (!filter.put(hashes[i])) {
        falsePositives++;
      }
    }
    for (long hash : hashes) {
      assertThat(filter.put(hash)).isFalse();
    }
    // About 1 % on average over the filling; the last ids see a fuller filter.
    assertThat(falsePositives).isLessThan(ids / 50);
  }

  @Test
  void candidates_areClaimedByTheFirstJourneyThatNamesThem_andStockAuditsFirstOfAll() {
    TouchpointIds.Offered offered = TouchpointIds.offered(0);
    for (String id : new String[] {"a", "b", "c", "a", "audit", "x", "x"}) {
      offered.offer(id);
    }
    TouchpointIds ids = offered.candidates(List.of("audit", "b"));
    assertThat(ids.claim(journey("j1", "a", "c"))).isNull();
    assertThat(ids.claim(journey("j2", "x", "a")))
        .isEqualTo(new TouchpointIds.Repeat(1, "a", "j1"));
    assertThat(ids.claim(journey("j3", "b"))).isEqualTo(new TouchpointIds.Repeat(0, "b", null));
    assertThat(ids.claim(journey("j4", "audit")))
        .isEqualTo(new TouchpointIds.Repeat(0, "audit", null));
    // A journey refused claims nothing: "x" is still free.
    assertThat(ids.claim(journey("j5", "x"))).isNull();
  }

  private static Journey journey(String id, String... touchpoints) {
    Journey.Builder journey = Journey.builder().id(id).customer("c");
    for (String t : touchpoints) {
      journey.addTouchpoints(
          StockCheck.builder()
              .id(t)
              .at(Instant.parse("2026-03-01T10:00:00Z"))
              .channel(Channel.STORE)
              .party("p")
              .product("sku")
              .available(1)
              .build());
    }
    return journey.build();
  }
}
