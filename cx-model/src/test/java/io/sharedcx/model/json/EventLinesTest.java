package io.sharedcx.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.model.Offer;
import io.sharedcx.model.OfferSurface;
import io.sharedcx.model.TouchpointEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An events file line that cannot be read is a rejected line; the lines around it are still read. */
class EventLinesTest {
  @TempDir Path dir;

  static final String GOOD =
      "{\"journey\":\"j\",\"customer\":\"c\",\"time\":\"2026-06-05T09:12:00Z\",\"touchpoint\":"
          + "{\"kind\":\"research\",\"id\":\"%s\",\"at\":\"2026-06-05T09:12:00Z\",\"channel\":\"WEB\","
          + "\"party\":\"b\",\"products\":[\"p\"]}}";

  private final List<TouchpointEvent> events = new ArrayList<>();
  private final List<InputException> rejected = new ArrayList<>();

  private long read(String... lines) throws IOException {
    Path file = dir.resolve("events.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return TouchpointEvents.read(file, events::add, rejected::add);
  }

  /**
   * An event delivered twice, as it was, is one fact: its journey is built with it once, whether whole
   * or as of an instant. Two different events with one touchpoint id are a conflict: the journey fails,
   * its error naming the id once and the journey in {@code journey()}, not in the message again.
   */
  @Test
  void anEventRepeatedAsItWas_countsOnce_butTwoDifferentEventsWithOneIdAreAConflict()
      throws IOException {
    String other = GOOD.formatted("t1").replace("\"channel\":\"WEB\"", "\"channel\":\"APP\"");
    read(GOOD.formatted("t1"), GOOD.formatted("t2"), GOOD.formatted("t1"));
    assertThat(rejected).isEmpty();
    var journeys = TouchpointEvents.journeys(events, "events.jsonl");
    assertThat(journeys.next().touchpoints()).extracting(t -> t.id()).containsExactly("t1", "t2");
    assertThat(
            TouchpointEvents.journeyAsOf(
                    "j", events, java.time.Instant.parse("2026-06-06T00:00:00Z"))
                .touchpoints())
        .hasSize(2);

    events.clear();
    read(GOOD.formatted("t1"), other);
    var conflicting = TouchpointEvents.journeys(events, "events.jsonl");
    org.assertj.core.api.Assertions.assertThatThrownBy(conflicting::next)
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.journey()).isEqualTo("j");
              assertThat(e.getMessage())
                  .contains("'t1' occurs more than once")
                  .doesNotContain("journey 'j'");
            });
  }

  @Test
  void read_aLineThatIsNull_isRejected_andTheOtherLinesAreRead() throws IOException {
    long lines = read(GOOD.formatted("t1"), "  null", GOOD.formatted("t2"));

    assertThat(lines).isEqualTo(3);
    assertThat(events).extracting(e -> e.touchpoint().id()).containsExactly("t1", "t2");
    assertThat(rejected)
        .singleElement()
        .extracting(InputException::getMessage)
        .isEqualTo(
            dir.resolve("events.jsonl")
                + ":2:3: at $: expected a JSON object (a touchpoint event), but the line is null."
                + " Maybe remove the line");
  }

  @Test
  void read_aNullField_isARejectedLineNamingTheField_andTheOtherLinesAreRead() throws IOException {
    String nullTouchpoint = GOOD.substring(0, GOOD.indexOf("{\"kind\"")) + "null}";
    String nullTime =
        GOOD.formatted("t9").replace("\"time\":\"2026-06-05T09:12:00Z\"", "\"time\":null");
    String nullJourney = GOOD.formatted("t8").replace("\"journey\":\"j\"", "\"journey\":null");

    read(GOOD.formatted("t1"), nullTouchpoint, nullTime, nullJourney, GOOD.formatted("t2"));

    assertThat(events).extracting(e -> e.touchpoint().id()).containsExactly("t1", "t2");
    assertThat(rejected).extracting(InputException::line).containsExactly(2, 3, 4);
    assertThat(rejected.get(0).getMessage())
        .endsWith(
            ":2:"
                + (nullTouchpoint.indexOf("null") + 1)
                + ": at $.touchpoint: 'touchpoint' cannot be null: expected a touchpoint (a JSON"
                + " object). Maybe give its value");
    assertThat(rejected.get(1).getMessage())
        .contains(":3:" + (nullTime.indexOf("null") + 1) + ": at $.time: 'time' cannot be null");
    assertThat(rejected.get(2).getMessage()).contains(":4:").contains("journey");
    assertThat(rejected)
        .extracting(InputException::getMessage)
        .noneMatch(m -> m.contains("Exception") || m.contains("TouchpointEvents$Line"));
  }

  @Test
  void read_aByteOrderMarkBeforeTheFirstLine_isAccepted() throws IOException {
    read("\uFEFF" + GOOD.formatted("t1"), GOOD.formatted("t2"));

    assertThat(rejected).isEmpty();
    assertThat(events).extracting(e -> e.touchpoint().id()).containsExactly("t1", "t2");
  }

  @Test
  void eventsDoc_sampleEvent_reads() throws IOException {
    String sample =
        Files.readAllLines(Path.of("../docs/EVENTS.md")).stream()
            .filter(l -> l.startsWith("{\"journey\":"))
            .findFirst()
            .orElseThrow();

    TouchpointEvent event = TouchpointEvents.read(sample, "EVENTS.md", 1);

    assertThat(((Offer) event.touchpoint()).surface()).isEqualTo(OfferSurface.PAGE);
  }
}
