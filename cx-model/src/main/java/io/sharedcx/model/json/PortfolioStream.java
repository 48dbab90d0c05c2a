package io.sharedcx.model.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.google.common.collect.Iterables;
import io.sharedcx.model.Journey;
import io.sharedcx.model.ModelException;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.StockCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a portfolio file journey by journey, so files with millions of journeys are assessed in
 * bounded memory. The file is read twice: first everything but the journeys (parties, partnerships,
 * products, customers, feeds, purchase orders, stock audits, wherever they are in the document) and the
 * journeys' touchpoint ids, then the journeys one at a time, each checked against the rest.
 *
 * <p>Nothing is silently lost. A journey that cannot be read (malformed, naming an unknown id, a
 * duplicate id, a touchpoint id that an earlier journey or a stock audit has, with a text, a number or
 * nesting over its limit, larger than the {@value
 * CxJson#MAX_DOCUMENT_CHARS}-character value limit) makes
 * {@link #next()} throw an {@link InputException} whose {@link InputException#journey()} names it, and
 * the stream goes on with the next journey. A problem of the document itself (a truncated file, broken
 * JSON, content after the document) is thrown by {@code next()} after the last complete journey, with
 * {@code journey()} null; the stream then ends.
 *
 * <pre>{@code
 * try (PortfolioStream stream = PortfolioStream.open(Path.of("orders.json"))) {
 *   Portfolio parties = stream.parties();
 *   while (stream.hasNext()) {
 *     try {
 *       Journey journey = stream.next();
 *     } catch (InputException e) {
 *       // e.journey() != null: that journey failed, go on; else the document ends here
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>{@link #readAhead()} reads the journeys on a thread of their own while the caller assesses the
 * ones before, with the same journeys and problems, in the same order.
 */
public final class PortfolioStream implements Iterator<Journey>, AutoCloseable {
  /**
   * Values are read one at a time from a longer document: no limit on the whole document (it may hold
   * millions of journeys); each value keeps the limits. Shared, so its deserializers are built once.
   */
  private static final ObjectMapper MAPPER =
      CxJson.streamingMapper().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Reads each journey: one reader for every stream, its journey deserializer found once. */
  private static final ObjectReader JOURNEYS = MAPPER.readerFor(Journey.class);

  private final String source;
  private final ObjectMapper mapper;
  private final Portfolio parties;
  private final IdHashes<Void> ids = new IdHashes<>();
  private final TouchpointIds touchpointIds;
  private final long journeyLimit;
  private final StrictParser parser;

  /** The document's own problem, found on the first pass after the journeys began; thrown after them. */
  private @Nullable InputException documentProblem;

  private boolean inJourneys;
  private boolean peeked;

  /** Journeys read from the file, the rejected ones included; written by the thread that reads. */
  private volatile long read;

  /** The thread reading ahead, once {@link #readAhead()} is asked for. */
  private @Nullable ReadAhead ahead;

  private PortfolioStream(String source, Path file, ObjectMapper mapper, long valueLimit)
      throws IOException {
    this.source = source;
    this.mapper = mapper;
    this.journeyLimit = valueLimit;
    FirstPass first = readParties(file);
    this.parties = first.parties();
    this.touchpointIds = first.touchpointIds();
    this.parser = new StrictParser(mapper.getFactory().createParser(file.toFile()));
    try {
      skipToJourneys();
    } catch (IOException | RuntimeException e) {
      parser.close();
      throw e;
    }
  }

  /**
   * Opens a portfolio file and reads everything but its journeys.
   *
   * @param file the portfolio file
   * @return the stream, positioned before the first journey; close it when done
   * @throws InputException when the file is missing or anything but its journeys is malformed
   */
  public static PortfolioStream open(Path file) {
    return open(file, CxJson.MAX_DOCUMENT_CHARS);
  }

  /** As {@link #open(Path)}, with another limit per journey (in characters); for tests. */
  static PortfolioStream open(Path file, long valueLimit) {
    String source = file.toString();
    try {
      if (!Files.exists(file)) {
        throw new NoSuchFileException(source);
      }
      return new PortfolioStream(source, file, MAPPER, valueLimit);
    } catch (NoSuchFileException e) {
      throw new InputException(source, -1, -1, "", "no such file. Maybe check the path.", e);
    } catch (JsonProcessingException e) {
      throw CxJson.translate(source, e);
    } catch (IOException e) {
      throw new InputException(source, -1, -1, "", "cannot read: " + CxJson.ioReason(e), e);
    }
  }

  /**
   * {@return the portfolio's parties, partnerships, products, customers and portfolio-level facts,
   * without journeys}
   */
  public Portfolio parties() {
    return parties;
  }

  /** {@return the reader of journeys; the same for every stream} */
  ObjectReader journeyReader() {
    return JOURNEYS;
  }

  /**
   * {@return how many journeys have been read so far, the ones rejected included; when reading ahead,
   * those handed over by {@link #next()}}
   */
  public long journeysRead() {
    ReadAhead reading = ahead;
    return reading == null ? read : reading.handedOver();
  }

  /**
   * Reads the journeys ahead on a thread of their own, into a bounded queue (a few hundred journeys at
   * most), while the caller works on the ones before: on a machine with a core to spare, reading then
   * costs the caller little of its time. What {@link #hasNext()} and {@link #next()} give is unchanged:
   * the same journeys and the same problems, in the same order. {@link #close()} stops the reading.
   *
   * @return this stream, reading ahead
   * @throws IllegalStateException when a journey has been read already
   */
  public PortfolioStream readAhead() {
    if (ahead == null) {
      if (read > 0 || peeked) {
        throw new IllegalStateException(
            "read ahead from the start: " + read + " journeys of " + source + " read already");
      }
      ahead = new ReadAhead(this, source);
    }
    return this;
  }

  /** {@return the journeys read from the file so far, ahead of the caller or not} */
  long readSoFar() {
    return read;
  }

  @Override
  public boolean hasNext() {
    ReadAhead reading = ahead;
    return reading == null ? hasNextInOrder() : reading.hasNext();
  }

  /**
   * The next journey, checked against the parties.
   *
   * @throws InputException when the journey cannot be read ({@link InputException#journey()} names it;
   *     the stream goes on) or the document is broken here ({@code journey()} is null; the stream ends)
   */
  @Override
  public Journey next() {
    ReadAhead reading = ahead;
    return reading == null ? nextInOrder() : reading.next();
  }

  /** {@link #hasNext()} on the file itself, in the thread that reads it. */
  boolean hasNextInOrder() {
    if (peeked) {
      return true;
    }
    if (!inJourneys) {
      return documentProblem != null;
    }
    try {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY) {
        inJourneys = false;
        return documentProblem != null;
      }
      if (token == null) {
        documentProblem =
            error(
                parser.currentLocation(),
                "$.journeys[" + read + "]",
                "the file ends inside the journeys: it is probably truncated. Maybe write it again;"
                    + " the journeys before were read",
                null);
        inJourneys = false;
        return true;
      }
      peeked = true;
      return true;
    } catch (IOException e) {
      documentProblem = problem(e, "$.journeys[" + read + "]");
      inJourneys = false;
      return true;
    }
  }

  /** {@link #next()} on the file itself, in the thread that reads it. */
  Journey nextInOrder() {
    if (!hasNextInOrder()) {
      throw new NoSuchElementException("no more journeys in " + source);
    }
    if (!peeked) {
      InputException problem = documentProblem;
      documentProblem = null;
      throw problem;
    }
    peeked = false;
    long index = read;
    String path = "$.journeys[" + index + "]";
    JsonLocation start = parser.currentTokenLocation();
    boolean isNull = parser.currentToken() == JsonToken.VALUE_NULL;
    Value value;
    try {
      value = copyValue(path, start);
    } catch (IOException e) {
      // The first pass found the same break; it is reported once, here.
      inJourneys = false;
      documentProblem = null;
      throw problem(e, path);
    }
    read++;
    String label = value.id == null ? path : value.id;
    if (value.problem != null) {
      throw value.at == null
          ? error(start, path, value.problem, label)
          : error(value.at, value.where, value.problem, label);
    }
    if (isNull) {
      throw error(start, path, CxJson.nullInList(Journey.class), label);
    }
    try {
      Journey journey = JOURNEYS.readValue(value.tokens.asParser(mapper));
      parties.requireKnown(journey);
      if (!ids.add(journey.id())) {
        throw new InputException(
            source,
            start.getLineNr(),
            start.getColumnNr(),
            path,
            "Portfolio.journeys.id = '"
                + journey.id()
                + "' is not valid: expected unique ids, but '"
                + journey.id()
                + "' occurs more than once. Maybe give each journey its own id.",
            null,
            label);
      }
      TouchpointIds.Repeat repeat = touchpointIds.claim(journey);
      if (repeat != null) {
        throw new InputException(
            source,
            start.getLineNr(),
            start.getColumnNr(),
            path + ".touchpoints[" + repeat.touchpoint() + "].id",
            "Journey.touchpoints.id = '"
                + repeat.id()
                + "' is not valid: expected touchpoint ids unique across the portfolio, but "
                + (repeat.journey() == null
                    ? "a stock audit"
                    : "a touchpoint of journey '" + repeat.journey() + "'")
                + " has it too. Maybe give each touchpoint its own id.",
            null,
            label);
      }
      return journey;
    } catch (JsonProcessingException e) {
      InputException translated = CxJson.translate(source, e, path);
      throw new InputException(
          source,
          start.getLineNr(),
          start.getColumnNr(),
          translated.path(),
          problemOf(translated),
          e,
          label);
    } catch (ModelException e) {
      throw new InputException(
          source, start.getLineNr(), start.getColumnNr(), path, e.getMessage(), e, label);
    } catch (IOException e) {
      throw new InputException(
          source, start.getLineNr(), start.getColumnNr(), path, oneLine(e), e, label);
    }
  }

  @Override
  public void close() {
    ReadAhead reading = ahead;
    if (reading != null) {
      reading.stop();
    }
    try {
      parser.close();
    } catch (IOException e) {
      throw new InputException(source, -1, -1, "", "cannot close: " + oneLine(e), e);
    }
  }

  /** What the first pass reads: everything but the journeys, and the touchpoint ids to watch. */
  private record FirstPass(Portfolio parties, TouchpointIds touchpointIds) {}

  /**
   * First pass: everything but the journeys, in any order; of the journeys, only their touchpoints'
   * ids are read.
   */
  private FirstPass readParties(Path file) throws IOException {
    TouchpointIds.Offered offered = TouchpointIds.offered(Files.size(file));
    TokenBuffer fields = new TokenBuffer(mapper, false);
    Map<String, JsonLocation> starts = new LinkedHashMap<>();
    fields.writeStartObject();
    boolean journeysBegun = false;
    boolean journeysLast = false;
    try (JsonParser raw = mapper.getFactory().createParser(file.toFile())) {
      StrictParser strict = new StrictParser(raw);
      try {
        JsonToken first = strict.nextToken();
        if (first != JsonToken.START_OBJECT) {
          throw error(
              strict.currentTokenLocation(),
              "$",
              first == JsonToken.VALUE_NULL
                  ? CxJson.nullDocument(Portfolio.class)
                  : "expected a JSON object (a portfolio)",
              null);
        }
        while (strict.nextToken() == JsonToken.FIELD_NAME) {
          String field = strict.currentName();
          JsonToken token = strict.nextToken();
          JsonLocation start = strict.currentTokenLocation();
          if (field.equals("journeys")) {
            if (token != JsonToken.START_ARRAY) {
              throw error(
                  start,
                  "$.journeys",
                  token == JsonToken.VALUE_NULL
                      ? CxJson.nullList("journeys")
                      : "expected an array of journeys",
                  null);
            }
            journeysBegun = true;
            long offset = start.getByteOffset();
            if (offset < 0) {
              // Not UTF-8: read with the parser. On the raw parser: a key given twice inside a
              // journey is that journey's problem.
              offered.offerJourneys(raw);
              continue;
            }
            if (offered.offerJourneys(file, offset)) {
              // Nothing follows them but the portfolio's closing brace: nothing more to read here.
              journeysLast = true;
              break;
            }
            // Skipped on the raw parser, as above.
            raw.skipChildren();
            continue;
          }
          starts.put(field, start);
          Value value = copyValue(strict, "$." + field, start, CxJson.MAX_DOCUMENT_CHARS);
          if (value.problem != null) {
            throw value.at == null
                ? error(start, "$." + field, value.problem, null)
                : error(value.at, value.where, value.problem, null);
          }
          fields.writeFieldName(field);
          fields.append(value.tokens);
        }
        // With the journeys last, the document's end was checked with them.
        if (!journeysLast && strict.currentToken() != JsonToken.END_OBJECT) {
          throw error(
              strict.currentTokenLocation(),
              "$",
              "the file ends before the portfolio does: it is probably"
                  + " truncated. Maybe write it again",
              null);
        }
        if (!journeysLast && strict.nextToken() != null) {
          throw error(
              strict.currentTokenLocation(),
              "$",
              "content after the end of the portfolio. Maybe remove it,"
                  + " or put a second portfolio in a file of its own",
              null);
        }
      } catch (IOException | InputException e) {
        InputException problem = e instanceof InputException i ? i : problem((IOException) e, "");
        if (!journeysBegun) {
          throw problem;
        }
        documentProblem = problem;
      }
    }
    fields.writeEndObject();
    try {
      Portfolio read = mapper.readValue(fields.asParser(mapper), Portfolio.class);
      return new FirstPass(
          read, offered.candidates(Iterables.transform(read.stockAudits(), StockCheck::id)));
    } catch (JsonProcessingException e) {
      InputException translated = CxJson.translate(source, e);
      // The values were read from a copy that has no positions: the path's own, else its field's.
      InputException found = CxJson.errorAt(file, translated.path(), problemOf(translated));
      JsonLocation at = startOf(translated.path(), starts);
      boolean exact = found.line() > 0;
      throw new InputException(
          source,
          exact ? found.line() : at == null ? -1 : at.getLineNr(),
          exact ? found.column() : at == null ? -1 : at.getColumnNr(),
          translated.path(),
          problemOf(translated),
          e);
    } catch (ModelException e) {
      throw new InputException(source, -1, -1, "", e.getMessage(), e);
    }
  }

  private static @Nullable JsonLocation startOf(String path, Map<String, JsonLocation> starts) {
    if (!path.startsWith("$.")) {
      return null;
    }
    String field = path.substring(2).split("[.\\[]", 2)[0];
    return starts.get(field);
  }

  /** Second pass: to the first journey, past the fields read on the first pass. */
  private void skipToJourneys() throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      if (field.equals("journeys")) {
        inJourneys = true;
        return;
      }
      parser.skipChildren();
    }
  }

  /**
   * One value read as tokens, with its top-level {@code id} and the problem that confines it, if any:
   * at the value's start, or where the problem is and at its path.
   */
  private record Value(
      @Nullable TokenBuffer tokens,
      @Nullable String id,
      @Nullable String problem,
      @Nullable JsonLocation at,
      @Nullable String where) {}

  private Value copyValue(String path, JsonLocation start) throws IOException {
    return copyValue(parser, path, start, journeyLimit);
  }

  /**
   * Copies the value at the parser's current token, up to its end. Over the value limit, with a text, a
   * number or nesting over its limit, or with a key given twice, the rest is read and dropped and the
   * value carries the problem; broken JSON throws.
   */
  private Value copyValue(StrictParser from, String path, JsonLocation start, long limit)
      throws IOException {
    TokenBuffer tokens = new TokenBuffer(from, null);
    long startOffset = offset(start);
    String id = null;
    String problem = null;
    JsonLocation at = null;
    String where = null;
    boolean idNext = false;
    int depth = 0;
    JsonToken token = from.currentToken();
    while (true) {
      if (problem == null) {
        problem = overLimit(from, token);
        if (problem == null) {
          tokens.copyCurrentEvent(from);
        } else {
          at = from.currentTokenLocation();
          where = pathOf(from.getParsingContext(), token);
          tokens = null;
        }
      }
      if (idNext && token == JsonToken.VALUE_STRING) {
        id = from.getText();
      }
      idNext = depth == 1 && token == JsonToken.FIELD_NAME && "id".equals(from.currentName());
      if (token.isStructStart()) {
        depth++;
      } else if (token.isStructEnd()) {
        depth--;
      }
      if (depth == 0) {
        break;
      }
      if (problem == null && offset(from.currentLocation()) - startOffset > limit) {
        problem =
            "the value is larger than the limit of "
                + String.format("%,d", limit)
                + " characters per value. Maybe split it";
        tokens = null;
      }
      try {
        token = from.nextToken();
      } catch (StrictParser.DuplicateKey e) {
        if (problem == null) {
          problem = e.getOriginalMessage();
          tokens = null;
        }
        token = from.currentToken();
      }
      if (token == null) {
        throw new com.fasterxml.jackson.core.io.JsonEOFException(
            from,
            null,
            "the file ends inside " + path + ": it is probably truncated. Maybe write it again");
      }
    }
    return new Value(tokens, id, problem, at, where);
  }

  /**
   * {@return the per-value limit the current token is over, as the whole-file reader says it, or null}
   * The stream's parser lets these through so that the problem stays with its value.
   */
  private static @Nullable String overLimit(JsonParser from, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_STRING && from.getTextLength() > CxJson.MAX_STRING_CHARS) {
      return CxJson.textOverLimit(String.format("%,d", CxJson.MAX_STRING_CHARS));
    }
    if (token.isNumeric() && from.getTextLength() > CxJson.MAX_NUMBER_DIGITS) {
      return CxJson.numberOverLimit(String.format("%,d", CxJson.MAX_NUMBER_DIGITS));
    }
    if (token.isStructStart()
        && from.getParsingContext().getNestingDepth() > CxJson.MAX_NESTING_DEPTH) {
      return CxJson.nestedOverLimit(String.format("%,d", CxJson.MAX_NESTING_DEPTH));
    }
    return null;
  }

  /** {@return the JSON path of the current token, such as {@code $.journeys[3].touchpoints[0].note}} */
  private static String pathOf(JsonStreamContext context, JsonToken token) {
    // A structure's own context is the one it opens: its place is in the parent's.
    JsonStreamContext place = token.isStructStart() ? context.getParent() : context;
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = place; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.add("." + c.getCurrentName());
      }
    }
    StringBuilder path = new StringBuilder("$");
    for (int i = parts.size() - 1; i >= 0; i--) {
      path.append(parts.get(i));
    }
    return path.toString();
  }

  private static long offset(JsonLocation location) {
    return location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
  }

  private InputException error(
      JsonLocation at, String path, String problem, @Nullable String journey) {
    return new InputException(
        source, at.getLineNr(), at.getColumnNr(), path, problem, null, journey);
  }

  /** Broken JSON or an I/O error, in one line with its position and without the parser's internals. */
  private InputException problem(IOException e, String path) {
    if (e instanceof JsonProcessingException j) {
      JsonLocation at = j.getLocation();
      return new InputException(
          source,
          at == null ? -1 : at.getLineNr(),
          at == null ? -1 : at.getColumnNr(),
          path,
          oneLine(CxJson.problemOf(j)),
          e);
    }
    return new InputException(source, -1, -1, path, "cannot read: " + CxJson.ioReason(e), e);
  }

  private static String problemOf(InputException e) {
    String message = e.getMessage();
    String marker = e.path().isEmpty() ? null : "at " + e.path() + ": ";
    int at = marker == null ? -1 : message.indexOf(marker);
    return at < 0
        ? message.substring(message.indexOf(": ") + 2)
        : message.substring(at + marker.length());
  }

  private static String oneLine(Throwable e) {
    return oneLine(e.getMessage());
  }

  private static String oneLine(@Nullable String message) {
    if (message == null) {
      return "unknown problem";
    }
    String first = message.lines().findFirst().orElse("");
    int internals = first.indexOf(" (");
    return internals > 0 && first.contains("source:") ? first.substring(0, internals) : first;
  }
}
