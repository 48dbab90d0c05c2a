package io.sharedcx.model.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A parser that rejects a key given twice in one object, naming both positions: with plain JSON the
 * last one silently wins (a second {@code "journeys"} would drop the first list).
 */
final class StrictParser extends JsonParserDelegate {
  private final Deque<Map<String, JsonLocation>> objects = new ArrayDeque<>();

  /** Fields read under two names (a partnership's {@code principal}, once {@code brand}), both ways. */
  private static final Map<String, String> ALIASES =
      Map.of("brand", "principal", "principal", "brand");

  /** The name to write, for each of two names of one field. */
  private static final Map<String, String> PREFERRED =
      Map.of("brand", "principal", "principal", "principal");

  StrictParser(JsonParser parser) {
    super(parser);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = delegate.nextToken();
    if (token == JsonToken.START_OBJECT) {
      objects.push(new HashMap<>());
    } else if (token == JsonToken.END_OBJECT) {
      objects.poll();
    } else if (token == JsonToken.FIELD_NAME && !objects.isEmpty()) {
      String name = delegate.currentName();
      JsonLocation here = delegate.currentTokenLocation();
      JsonLocation first = objects.peek().putIfAbsent(name, here);
      String other = ALIASES.get(name);
      if (first == null && other != null && objects.peek().containsKey(other)) {
        JsonLocation before = objects.peek().get(other);
        throw new DuplicateKey(
            this,
            "'"
                + name
                + "' and '"
                + other
                + "' (line "
                + before.getLineNr()
                + ", column "
                + before.getColumnNr()
                + ") are two names of one field, given twice. Maybe keep '"
                + PREFERRED.get(name)
                + "' only.",
            here);
      }
      if (first != null) {
        throw new DuplicateKey(
            this,
            "duplicate key '"
                + name
                + "': first at line "
                + first.getLineNr()
                + ", column "
                + first.getColumnNr()
                + ", again at line "
                + here.getLineNr()
                + ", column "
                + here.getColumnNr()
                + ". Maybe remove one of them or merge their values.",
            here);
      }
    }
    return token;
  }

  /** A key given twice; the parser can go on past it. */
  static final class DuplicateKey extends JsonParseException {
    private static final long serialVersionUID = 1L;

    DuplicateKey(JsonParser parser, String message, JsonLocation location) {
      super(parser, message, location);
    }
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken token = nextToken();
    return token == JsonToken.FIELD_NAME ? nextToken() : token;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken token = currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return this;
    }
    int depth = 1;
    while (depth > 0) {
      token = nextToken();
      if (token == null) {
        return this;
      }
      if (token.isStructStart()) {
        depth++;
      } else if (token.isStructEnd()) {
        depth--;
      }
    }
    return this;
  }
}
