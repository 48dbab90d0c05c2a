package io.sharedcx.model.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sharedcx.model.Journey;
import io.sharedcx.model.ModelException;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.TouchpointEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes touchpoint events as JSON Lines, one event per line (see {@link TouchpointEvent}
 * and docs/EVENTS.md), and turns events back into journeys:
 *
 * <pre>{@code
 * {"journey":"stove-order","customer":"ana","time":"2026-06-05T09:00:00Z","touchpoint":{"kind":"offer",...}}
 * }</pre>
 *
 * <p>A line is read as strictly as a portfolio file. A line that cannot be read is an {@link
 * InputException} naming the file and the line; the lines after it are still read. Blank lines are not
 * events and are skipped.
 */
public final class TouchpointEvents {
  private static final ObjectMapper MAPPER = CxJson.mapper();

  /** Writes a line: compact, without the absent (null) fields. */
  private static final ObjectMapper WRITER =
      CxJson.mapper().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

  private static final ObjectWriter LINE =
      WRITER.writer().without(SerializationFeature.INDENT_OUTPUT);

  private TouchpointEvents() {}

  /** The JSON shape of a line. */
  static final class Line {
    final String journey;
    final String customer;
    final Instant time;
    final Touchpoint touchpoint;

    @JsonCreator
    Line(
        @JsonProperty(value = "journey", required = true) @JsonSetter(nulls = Nulls.FAIL)
            String journey,
        @JsonProperty(value = "customer", required = true) @JsonSetter(nulls = Nulls.FAIL)
            String customer,
        @JsonProperty(value = "time", required = true) @JsonSetter(nulls = Nulls.FAIL) Instant time,
        @JsonProperty(value = "touchpoint", required = true) @JsonSetter(nulls = Nulls.FAIL)
            Touchpoint touchpoint) {
      this.journey = journey;
      this.customer = customer;
      this.time = time;
      this.touchpoint = touchpoint;
    }
  }

  /**
   * Reads one line.
   *
   * @param line the line's text
   * @param source the file (or other source) named in errors
   * @param lineNumber the line's number in the source, from 1
   * @return the event
   * @throws InputException naming the source, line, column and JSON path of the problem
   */
  public static TouchpointEvent read(String line, String source, long lineNumber) {
    int number = (int) Math.min(Integer.MAX_VALUE, lineNumber);
    StrictParser parser = null;
    try {
      parser = new StrictParser(MAPPER.createParser(line));
      Line read = MAPPER.readValue(parser, Line.class);
      if (read == null) {
        return rethrow(
            source,
            number,
            line.length() - line.stripLeading().length() + 1,
            "$",
            "expected a JSON object (a touchpoint event), but the line is null. Maybe remove the"
                + " line",
            null);
      }
      return new TouchpointEvent(read.journey, read.customer, read.time, read.touchpoint);
    } catch (JsonProcessingException e) {
      InputException at = CxJson.translate(source, e, "$", parser);
      return rethrow(source, number, Math.max(at.column(), 1), at.path(), at.problem(), e);
    } catch (ModelException e) {
      return rethrow(source, number, 1, "$." + e.field(), e.getMessage(), e);
    } catch (IOException e) {
      return rethrow(source, number, 1, "", "cannot read: " + CxJson.ioReason(e), e);
    }
  }

  private static TouchpointEvent rethrow(
      String source, int line, int column, String path, String problem, @Nullable Throwable cause) {
    throw new InputException(source, line, column, path, problem, cause);
  }

  /**
   * {@return the event as one line of JSON, without the line break}
   *
   * @param event an event
   */
  public static String write(TouchpointEvent event) {
    // Streamed, not through a tree: a tree would drop the scale of a decimal (849.0 becomes 849).
    StringWriter out = new StringWriter();
    try (JsonGenerator line = LINE.createGenerator(out)) {
      line.writeStartObject();
      line.writeStringField("journey", event.journey());
      line.writeStringField("customer", event.customer());
      line.writeStringField("time", event.time().toString());
      line.writeFieldName("touchpoint");
      LINE.writeValue(line, event.touchpoint());
      line.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the event of " + event.touchpoint().id(), e);
    }
    return out.toString();
  }

  /**
   * Reads an events file line by line, handing each event to {@code events} and each line that cannot
   * be read to {@code rejected}, then goes on with the next line.
   *
   * @param file the events file (JSON Lines, UTF-8)
   * @param events receives each event, in the file's order
   * @param rejected receives the error of each line that could not be read, with its file and line
   * @return the lines that held an event or a problem (blank lines not counted)
   * @throws InputException when the file cannot be opened or read
   */
  public static long read(
      Path file, Consumer<TouchpointEvent> events, Consumer<InputException> rejected) {
    String source = file.toString();
    long count = 0;
    long number = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          // A byte order mark, as some editors write: accepted, as at the start of a portfolio
          // file.
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        count++;
        TouchpointEvent event;
        try {
          event = read(line, source, number);
        } catch (InputException e) {
          rejected.accept(e);
          continue;
        }
        events.accept(event);
      }
    } catch (NoSuchFileException e) {
      throw new InputException(source, -1, -1, "", "no such file. Maybe check the path.", e);
    } catch (IOException e) {
      throw new InputException(
          source, (int) number + 1, 1, "", "cannot read: " + CxJson.ioReason(e), e);
    }
    return count;
  }

  /**
   * Turns events into journeys, each journey's touchpoints in event-time order (ties by touchpoint id),
   * journeys in the order their first event came. A journey's {@code observedAt} is not given, so each
   * is observed until its latest event (assess as of an instant to choose another "now").
   *
   * <p>An event repeated as it was (as a stream that delivers at least once repeats it) counts once. A
   * journey that cannot be built (its events name two customers, a touchpoint names an order or
   * shipment no event of the journey has, two different events share a touchpoint id) makes the
   * iterator's {@code next()} throw an {@link InputException} whose {@link InputException#journey()}
   * names it; the next call goes on with the next journey, as with a {@link PortfolioStream}.
   *
   * @param events the events, in any order
   * @param source the name errors give the events, e.g. the file
   * @return the journeys
   */
  public static Iterator<Journey> journeys(Collection<TouchpointEvent> events, String source) {
    Map<String, List<TouchpointEvent>> byJourney = new LinkedHashMap<>();
    for (TouchpointEvent e : events) {
      byJourney.computeIfAbsent(e.journey(), id -> new ArrayList<>()).add(e);
    }
    Iterator<Map.Entry<String, List<TouchpointEvent>>> each = byJourney.entrySet().iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return each.hasNext();
      }

      @Override
      public Journey next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Map.Entry<String, List<TouchpointEvent>> journey = each.next();
        try {
          return journey(journey.getKey(), journey.getValue(), null);
        } catch (ModelException e) {
          throw new InputException(source, -1, -1, "", e.getMessage(), e, journey.getKey());
        }
      }
    };
  }

  /**
   * The journey of {@code events} as known at {@code asOf}: the touchpoints of the events up to {@code
   * asOf}, less those about a touchpoint not known by then (the delivery of a parcel whose shipment
   * event comes later), observed at {@code asOf}. A stream that assesses a journey as of an instant
   * builds it so, from the events it holds; {@code engine.assess(portfolio, asOf)} then sees what it
   * would see in the whole journey.
   *
   * @param journeyId the journey's id
   * @param events the journey's events, in any order; later ones are left out
   * @param asOf the instant
   * @return the journey, or null when no event is known by {@code asOf}
   * @throws ModelException when the events name two customers, or two different events share a
   *     touchpoint id (an event repeated as it was counts once)
   */
  public static @Nullable Journey journeyAsOf(
      String journeyId, Collection<TouchpointEvent> events, Instant asOf) {
    List<TouchpointEvent> known = new ArrayList<>();
    for (TouchpointEvent e : events) {
      if (!e.time().isAfter(asOf)) {
        known.add(e);
      }
    }
    if (known.isEmpty()) {
      return null;
    }
    boolean dropped = true;
    while (dropped) {
      Set<String> ids = new HashSet<>();
      known.forEach(e -> ids.add(e.touchpoint().id()));
      dropped =
          known.removeIf(e -> !ids.containsAll(e.touchpoint().touchpointReferences().values()));
    }
    if (known.isEmpty()) {
      return null;
    }
    return journey(journeyId, known, asOf);
  }

  private static Journey journey(
      String id, List<TouchpointEvent> events, @Nullable Instant observedAt) {
    // An event delivered twice is one fact: only two different events with one id are a conflict.
    List<TouchpointEvent> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(events));
    sorted.sort(
        Comparator.comparing(TouchpointEvent::time).thenComparing(e -> e.touchpoint().id()));
    String customer = sorted.get(0).customer();
    for (TouchpointEvent e : sorted) {
      if (!e.customer().equals(customer)) {
        throw new ModelException(
            "TouchpointEvent",
            "customer",
            e.customer(),
            "the same customer on every event of journey '"
                + id
                + "' ('"
                + customer
                + "' on an earlier one). Maybe check the journey id of touchpoint '"
                + e.touchpoint().id()
                + "'");
      }
    }
    return Journey.builder()
        .id(id)
        .customer(customer)
        .touchpoints(sorted.stream().map(TouchpointEvent::touchpoint).toList())
        .observedAt(observedAt)
        .build();
  }
}
