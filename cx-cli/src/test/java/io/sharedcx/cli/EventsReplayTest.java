package io.sharedcx.cli;

import static io.sharedcx.cli.CxTest.cx;
import static io.sharedcx.cli.CxTest.path;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Portfolio;
import io.sharedcx.model.TouchpointEvent;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.json.TouchpointEvents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cx assess --portfolio P --events E} replays events into the findings of the journey file. */
class EventsReplayTest {
  @TempDir static Path dir;
  static Path whole;
  static Path parties;
  static Path events;

  @BeforeAll
  static void convert() throws Exception {
    CxTest.resources();
    whole = Path.of(path("flash-sale-split-order.json"));
    Portfolio portfolio = CxJson.readPortfolio(whole);
    parties = dir.resolve("parties.json");
    Files.writeString(
        parties, CxJson.write(Portfolio.builder().from(portfolio).journeys(List.of()).build()));
    List<String> lines = new ArrayList<>();
    portfolio
        .journeys()
        .forEach(j -> TouchpointEvent.of(j).forEach(e -> lines.add(TouchpointEvents.write(e))));
    Collections.shuffle(lines, new Random(7));
    events = dir.resolve("events.jsonl");
    Files.write(events, lines);
  }

  /** The journey lines of a JSON Lines report, without the file name each names. */
  static List<String> journeyLines(String out, Path file) {
    return out.lines()
        .filter(l -> l.contains("\"journey\""))
        .map(l -> l.replace(file.toString(), "FILE"))
        .toList();
  }

  @Test
  void assess_events_givesTheFindingsOfTheJourneyFile() {
    CxTest.Run batch = cx("assess", "--format", "jsonl", whole.toString());
    CxTest.Run replay =
        cx(
            "assess",
            "--format",
            "jsonl",
            "--portfolio",
            parties.toString(),
            "--events",
            events.toString());
    assertThat(replay.err()).isEmpty();
    assertThat(replay.exit()).isEqualTo(batch.exit());
    assertThat(String.join("\n", journeyLines(batch.out(), whole))).contains("\"severity\"");
    assertThat(journeyLines(replay.out(), events)).isEqualTo(journeyLines(batch.out(), whole));
  }

  @Test
  void assess_eventsAsOf_givesTheFindingsOfTheJourneyFileAsOf() {
    String asOf = "2026-03-02T12:00:00Z";
    CxTest.Run batch = cx("assess", "--format", "jsonl", "--as-of", asOf, whole.toString());
    CxTest.Run replay =
        cx(
            "assess",
            "--format",
            "jsonl",
            "--as-of",
            asOf,
            "--portfolio",
            parties.toString(),
            "--events",
            events.toString());
    assertThat(journeyLines(replay.out(), events)).isEqualTo(journeyLines(batch.out(), whole));
  }

  @Test
  void assess_malformedLine_isReportedWithFileAndLine_andTheRestAssessed() throws IOException {
    Path bad = dir.resolve("bad.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(events));
    lines.add(2, "{\"journey\":\"x\",\"customer\":\"c\",\"time\":\"yesterday\",\"touchpoint\":{}}");
    Files.write(bad, lines);
    CxTest.Run run =
        cx(
            "assess",
            "--format",
            "jsonl",
            "--portfolio",
            parties.toString(),
            "--events",
            bad.toString());
    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.err())
        .contains(bad + ":3:")
        .contains("at $.time")
        .contains("1 of " + lines.size() + " event line(s) could not be read");
    assertThat(journeyLines(run.out(), bad)).isNotEmpty();

    CxTest.Run allowed =
        cx(
            "assess",
            "--format",
            "jsonl",
            "--portfolio",
            parties.toString(),
            "--events",
            bad.toString(),
            "--allow-failures");
    assertThat(allowed.exit()).isNotEqualTo(Cx.BAD_INPUT);
    assertThat(allowed.err())
        .contains(bad + ":3:")
        .contains(
            "1 of "
                + lines.size()
                + " event line(s) could not be read (above); the rest were assessed, as"
                + " --allow-failures was given.");
    assertThat(journeyLines(allowed.out(), bad)).isEqualTo(journeyLines(run.out(), bad));
  }

  @Test
  void assess_eventsWithoutPortfolio_saysTheyGoTogether() {
    CxTest.Run run = cx("assess", "--events", events.toString());
    assertThat(run.exit()).isEqualTo(Cx.BAD_INPUT);
    assertThat(run.err()).contains("--events and --portfolio go together");
  }
}
