package io.sharedcx.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sharedcx.model.Journey;
import io.sharedcx.model.ModelException;
import io.sharedcx.model.Portfolio;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads a portfolio file journey by journey, so files with millions of journeys are assessed in
 * bounded memory. The parties, partnerships, products and customers are read first; {@code journeys}
 * must therefore be the last field of the document (an error says so otherwise). Each journey is
 * checked against the parties when it is read.
 *
 * <pre>{@code
 * try (PortfolioStream stream = PortfolioStream.open(Path.of("orders.json"))) {
 *   Portfolio parties = stream.parties();
 *   while (stream.hasNext()) {
 *     Journey journey = stream.next();
 *   }
 * }
 * }</pre>
 */
public final class PortfolioStream implements Iterator<Journey>, AutoCloseable {
  private final String source;
  private final JsonParser parser;
  private final ObjectMapper mapper;
  private final Portfolio parties;
  private boolean inJourneys;
  private Journey next;
  private long read;

  private PortfolioStream(String source, JsonParser parser, ObjectMapper mapper) throws IOException {
    this.source = source;
    this.parser = parser;
    this.mapper = mapper;
    this.parties = readHeader();
    advance();
  }

  /**
   * Opens a portfolio file and reads everything but its journeys.
   *
   * @throws InputException when the file is missing or its header is malformed
   */
  public static PortfolioStream open(Path file) {
    String source = file.toString();
    try {
      InputStream in = Files.newInputStream(file);
      // Values are read one at a time from a longer document: tokens after each value are expected.
      // No limit on the whole document (it may hold millions of journeys); each value keeps the limits.
      ObjectMapper mapper = CxJson.streamingMapper().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
      try {
        return new PortfolioStream(source, mapper.getFactory().createParser(in), mapper);
      } catch (IOException | RuntimeException e) {
        in.close();
        throw e;
      }
    } catch (NoSuchFileException e) {
      throw new InputException(source, -1, -1, "", "no such file. Maybe check the path.", e);
    } catch (JsonProcessingException e) {
      throw CxJson.translate(source, e);
    } catch (ModelException e) {
      throw new InputException(source, -1, -1, "", e.getMessage(), e);
    } catch (IOException e) {
      throw new InputException(source, -1, -1, "", "cannot read: " + e.getMessage(), e);
    }
  }

  /** The portfolio's parties, partnerships, products, customers and portfolio-level facts, without journeys. */
  public Portfolio parties() {
    return parties;
  }

  /** How many journeys have been read so far. */
  public long journeysRead() {
    return read;
  }

  @Override
  public boolean hasNext() {
    return next != null;
  }

  /**
   * The next journey, checked against the parties.
   *
   * @throws InputException when the journey is malformed or names an unknown id; the stream stops there
   */
  @Override
  public Journey next() {
    if (next == null) {
      throw new NoSuchElementException("no more journeys in " + source);
    }
    Journey journey = next;
    read++;
    try {
      advance();
    } catch (IOException e) {
      throw new InputException(source, -1, -1, "", "cannot read: " + e.getMessage(), e);
    }
    return journey;
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new InputException(source, -1, -1, "", "cannot close: " + e.getMessage(), e);
    }
  }

  private Portfolio readHeader() throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new InputException(source, line(), column(), "$", "expected a JSON object (a portfolio)", null);
    }
    // The header (parties, products...) is small: read it as a tree and bind it like any portfolio.
    ObjectNode header = mapper.createObjectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      if (field.equals("journeys")) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
          throw new InputException(source, line(), column(), "$.journeys", "expected an array of journeys", null);
        }
        inJourneys = true;
        break;
      }
      header.set(field, mapper.readTree(parser));
    }
    return mapper.treeToValue(header, Portfolio.class);
  }

  private void advance() throws IOException {
    next = null;
    if (!inJourneys) {
      return;
    }
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_ARRAY) {
      inJourneys = false;
      JsonToken after = parser.nextToken();
      if (after == JsonToken.FIELD_NAME) {
        throw new InputException(source, line(), column(), "$." + parser.currentName(),
            "field after 'journeys': a streamed portfolio must end with its journeys. "
                + "Maybe move 'journeys' to the end of the document.", null);
      }
      return;
    }
    long index = read;
    try {
      Journey journey = mapper.readValue(parser, Journey.class);
      parties.requireKnown(journey);
      next = journey;
    } catch (JsonProcessingException e) {
      throw CxJson.translate(source, e, "$.journeys[" + index + "]");
    } catch (ModelException e) {
      throw new InputException(source, line(), column(), "$.journeys[" + index + "]", e.getMessage(), e);
    }
  }

  private int line() {
    return parser.currentLocation().getLineNr();
  }

  private int column() {
    return parser.currentLocation().getColumnNr();
  }
}
