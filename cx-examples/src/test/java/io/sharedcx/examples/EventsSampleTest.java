package io.sharedcx.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.BatchResult;
import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.TouchpointEvent;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.json.InputException;
import io.sharedcx.model.json.TouchpointEvents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample events (docs/EVENTS.md) are the multichannel-retailer scenario as events, and replaying
 * them gives the scenario's findings.
 */
class EventsSampleTest {
  static final Path SAMPLES = Path.of("src/main/resources/io/sharedcx/examples/events");
  static final Path PARTIES = SAMPLES.resolve("multichannel-retailer.parties.json");
  static final Path EVENTS = SAMPLES.resolve("multichannel-retailer.events.jsonl");
  static final String REGENERATE =
      "Maybe regenerate: mvn -B -o -pl cx-examples -am test -Dtest=EventsSampleTest"
          + " -Devents.write=true -Dsurefire.failIfNoSpecifiedTests=false";

  static Portfolio partiesOf(Portfolio whole) {
    return Portfolio.builder().from(whole).journeys(List.of()).build();
  }

  static String eventsOf(Portfolio whole) {
    StringBuilder lines = new StringBuilder();
    whole.journeys().stream()
        .flatMap(j -> TouchpointEvent.of(j).stream())
        // In event-time order, as a stream sends them.
        .sorted(
            java.util.Comparator.comparing(TouchpointEvent::time)
                .thenComparing(e -> e.touchpoint().id()))
        .forEach(e -> lines.append(TouchpointEvents.write(e)).append('\n'));
    return lines.toString();
  }

  @Test
  void samples_areTheScenarioAsEvents() throws IOException {
    Portfolio whole = Scenario.MULTICHANNEL_RETAILER.portfolio();
    String parties = CxJson.write(partiesOf(whole)) + "\n";
    String events = eventsOf(whole);
    if (Boolean.getBoolean("events.write")) {
      Files.createDirectories(SAMPLES);
      Files.writeString(PARTIES, parties, StandardCharsets.UTF_8);
      Files.writeString(EVENTS, events, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PARTIES)).as(REGENERATE).isEqualTo(parties);
    assertThat(Files.readString(EVENTS)).as(REGENERATE).isEqualTo(events);
  }

  @Test
  void replay_givesTheFindingsOfTheWholeJourneyFile() {
    CxEngine engine = CxEngine.builder().build();
    Portfolio whole = Scenario.MULTICHANNEL_RETAILER.portfolio();
    Assessment batch = engine.assess(whole);
    assertThat(batch.violations()).isNotEmpty();

    Portfolio parties = CxJson.readPortfolio(PARTIES);
    List<TouchpointEvent> events = new ArrayList<>();
    List<InputException> rejected = new ArrayList<>();
    long lines = TouchpointEvents.read(EVENTS, events::add, rejected::add);
    assertThat(rejected).isEmpty();
    assertThat(lines)
        .isEqualTo(events.size())
        .isEqualTo(whole.journeys().get(0).touchpoints().size());

    List<Assessment> parts = new ArrayList<>();
    BatchResult result =
        engine.assessEach(
            parties, TouchpointEvents.journeys(events, EVENTS.toString()), parts::add);
    assertThat(result.failed()).isZero();
    assertThat(parts.stream().flatMap(a -> a.violations().stream()).toList())
        .isEqualTo(batch.violations());
    assertThat(parts.stream().flatMap(a -> a.recommendations().stream()).toList())
        .isEqualTo(batch.recommendations());
  }
}
