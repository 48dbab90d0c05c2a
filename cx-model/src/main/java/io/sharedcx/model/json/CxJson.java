package io.sharedcx.model.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.sharedcx.model.Adjustments;
import io.sharedcx.model.ModelException;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Touchpoint;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the model as JSON. Input is read strictly: unknown fields and keys given twice are
 * rejected (either would otherwise silently lose data); no value is coerced (text for a number, a
 * fraction for a whole number, a number for an enum or a flag are errors); times are ISO-8601 UTC text
 * from 1970 up to 2099; decimal numbers have at most 12 digits before the point and 9 after; documents
 * are bounded in size, nesting depth and string length. No polymorphic default typing: JSON cannot name
 * a Java class.
 *
 * <pre>{@code
 * Portfolio portfolio = CxJson.readPortfolio(Path.of("lego-in-store.json"));
 * String json = CxJson.write(engine.assess(portfolio));
 * }</pre>
 */
public final class CxJson {
  /** Largest document read, in characters. */
  public static final long MAX_DOCUMENT_CHARS = 64L * 1024 * 1024;

  /** Deepest nesting of arrays and objects read. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Longest string value read, in characters. */
  public static final int MAX_STRING_CHARS = 100_000;

  private static final ObjectMapper MAPPER = newMapper(MAX_DOCUMENT_CHARS);

  private CxJson() {}

  /**
   * {@return a mapper configured like this class's own; for callers that stream or bind other
   * shapes}
   */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /** Most digits in a number read: Jackson's default. */
  static final int MAX_NUMBER_DIGITS = StreamReadConstraints.DEFAULT_MAX_NUM_LEN;

  /**
   * A mapper for documents read value by value (a {@link PortfolioStream}): no limit on the whole
   * document. Its parser lets a text, a number or nesting past the limits through, up to one value's
   * size, so that the stream, which checks them value by value, fails only the value that has one.
   */
  static ObjectMapper streamingMapper() {
    return newMapper(
        StreamReadConstraints.builder()
            .maxDocumentLength(-1)
            .maxNestingDepth(StreamReadConstraints.DEFAULT_MAX_DEPTH)
            .maxStringLength((int) MAX_DOCUMENT_CHARS)
            .maxNumberLength((int) MAX_DOCUMENT_CHARS)
            .build());
  }

  private static ObjectMapper newMapper(long maxDocumentChars) {
    return newMapper(
        StreamReadConstraints.builder()
            .maxDocumentLength(maxDocumentChars)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_CHARS)
            .maxNumberLength(MAX_NUMBER_DIGITS)
            .build());
  }

  private static ObjectMapper newMapper(StreamReadConstraints constraints) {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints).build();
    return JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(new GuavaModule())
        // Registered last, so its readers of times, dates and decimals replace the defaults.
        .addModule(StrictValues.module())
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .withCoercionConfigDefaults(
            c ->
                c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setAcceptBlankAsEmpty(false))
        .withCoercionConfig(
            LogicalType.Boolean,
            c ->
                c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Integer,
            c ->
                c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Enum, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
        // A number or a flag where an id or a name belongs is a mistake, not that text.
        .withCoercionConfig(
            LogicalType.Textual,
            c ->
                c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        // A null in a list or a map is an error at the null, with its path; the lists of the model
        // would otherwise fail later, on building, with neither.
        .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
        // A null list is an error too, not an empty one: "journeys": null reads the same whole or
        // streamed.
        .withConfigOverride(
            List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL)))
        .withConfigOverride(
            Set.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL)))
        .withConfigOverride(
            Collection.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL)))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        // Only the attributes Immutables marks are data; derived helpers such as isDamaged() are
        // not.
        .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
        .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
        .addHandler(new SchemaKey())
        .build();
  }

  /**
   * Lets a document name its JSON Schema, as editors expect: a {@code "$schema"} text at the top level is
   * read and ignored. Anywhere else, or as anything but text, it is an unknown field like any other.
   */
  private static final class SchemaKey extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      if (!"$schema".equals(propertyName) || p.currentToken() != JsonToken.VALUE_STRING) {
        return false;
      }
      JsonStreamContext object = p.getParsingContext();
      return object.inObject() && object.getParent() != null && object.getParent().inRoot();
    }
  }

  /**
   * Reads a portfolio file.
   *
   * @param file the portfolio file
   * @return the portfolio, checked
   * @throws InputException naming the file, line, column and JSON path of the first problem
   */
  public static Portfolio readPortfolio(Path file) {
    return read(file, Portfolio.class);
  }

  /**
   * Reads a portfolio from JSON text.
   *
   * @param json the JSON text
   * @param source the name errors give the text, e.g. a file name
   * @return the portfolio, checked
   * @throws InputException naming the source, line, column and JSON path of the first problem
   */
  public static Portfolio readPortfolio(String json, String source) {
    return read(json, source, Portfolio.class);
  }

  /**
   * Reads an exemptions and disputes file ({@code adjustments.json}, docs/DISPUTES.md).
   *
   * @param file the file
   * @return the exemptions and disputes, checked
   * @throws InputException naming the file, line, column and JSON path of the first problem
   */
  public static Adjustments readAdjustments(Path file) {
    return read(file, Adjustments.class);
  }

  /**
   * Reads a value of {@code type} from a file.
   *
   * @param file the JSON file
   * @param type the model type, e.g. {@code Portfolio.class}
   * @param <T> the model type
   * @return the value, checked
   * @throws InputException naming the file, line, column and JSON path of the first problem
   */
  public static <T> T read(Path file, Class<T> type) {
    String source = file.toString();
    JsonParser parser = null;
    try (InputStream in = Files.newInputStream(file)) {
      parser = new StrictParser(MAPPER.createParser(in));
      return present(
          MAPPER.readValue(parser, type), source, type, () -> MAPPER.createParser(file.toFile()));
    } catch (NoSuchFileException e) {
      throw new InputException(source, -1, -1, "", "no such file. Maybe check the path.", e);
    } catch (JsonProcessingException e) {
      throw located(translate(source, e, "$", parser), () -> MAPPER.createParser(file.toFile()));
    } catch (ModelException e) {
      throw new InputException(source, -1, -1, "", e.getMessage(), e);
    } catch (IOException e) {
      throw new InputException(source, -1, -1, "", "cannot read: " + ioReason(e), e);
    }
  }

  /**
   * Reads a value of {@code type} from JSON text.
   *
   * @param json the JSON text
   * @param source the name errors give the text, e.g. a file name
   * @param type the model type, e.g. {@code Portfolio.class}
   * @param <T> the model type
   * @return the value, checked
   * @throws InputException naming the source, line, column and JSON path of the first problem
   */
  public static <T> T read(String json, String source, Class<T> type) {
    JsonParser parser = null;
    try {
      parser = new StrictParser(MAPPER.createParser(json));
      return present(MAPPER.readValue(parser, type), source, type, () -> MAPPER.createParser(json));
    } catch (JsonProcessingException e) {
      throw located(translate(source, e, "$", parser), () -> MAPPER.createParser(json));
    } catch (ModelException e) {
      throw new InputException(source, -1, -1, "", e.getMessage(), e);
    } catch (IOException e) {
      throw new InputException(source, -1, -1, "", "cannot read: " + ioReason(e), e);
    }
  }

  /**
   * The value read, or an error at the document's first value when the document is {@code null}: Jackson
   * reads a top-level {@code null} as no value at all, which no caller expects.
   */
  private static <T> T present(
      @Nullable T value, String source, Class<T> type, ParserSource document) {
    if (value == null) {
      throw errorAt(source, "$", nullDocument(type), document);
    }
    return value;
  }

  /** What is wrong with a document that is {@code null} where a value of {@code type} is expected. */
  static String nullDocument(Class<?> type) {
    return "expected a JSON object ("
        + noun(type)
        + "), but the document is null. Maybe check that this is the right file";
  }

  /** The domain's name for a value of {@code type}: {@code a portfolio}. */
  private static String noun(Class<?> type) {
    if (Portfolio.class.isAssignableFrom(type)) {
      return "a portfolio";
    }
    if (Adjustments.class.isAssignableFrom(type)) {
      return "exemptions and disputes";
    }
    return "a " + typeName(type);
  }

  /** Opens a parser; for {@link #located}. */
  interface ParserSource {
    JsonParser open() throws IOException;
  }

  /**
   * An error found after the whole document was read (a journey naming an unknown party is only known
   * once the parties are), given the line and column of the value its path names.
   */
  static InputException located(InputException e, ParserSource document) {
    ModelException model = modelCause(e);
    if (model == null
        || model.path().isEmpty()
        || !(e.getCause() instanceof JsonProcessingException cause)) {
      return e;
    }
    try (JsonParser parser = document.open()) {
      com.fasterxml.jackson.core.JsonLocation at = locate(parser, e.path().substring(2));
      if (at == null) {
        return e;
      }
      return new InputException(
          e.source(), at.getLineNr(), at.getColumnNr(), e.path(), problem(cause), cause);
    } catch (IOException | RuntimeException ignored) {
      return e;
    }
  }

  /**
   * A problem found in a document already read, at the value its JSON path names, e.g. a mistake the
   * engine finds in an agreement: the error says the file, line and column of that value.
   *
   * @param file the file the value was read from
   * @param path the value's JSON path, e.g. {@code $.partnerships[2].agreement.terms[0].key}
   * @param problem what is wrong and what to do
   * @return the error, with line and column -1 when the path is not in the file
   */
  public static InputException errorAt(Path file, String path, String problem) {
    return errorAt(file.toString(), path, problem, () -> MAPPER.createParser(file.toFile()));
  }

  /**
   * As {@link #errorAt(Path, String, String)}, for a document read from JSON text.
   *
   * @param json the document's text
   * @param source names the document in the error
   * @param path the value's JSON path, e.g. {@code $[0].unit}
   * @param problem what is wrong and what to do
   * @return the error, with line and column -1 when the path is not in the text
   */
  public static InputException errorAt(String json, String source, String path, String problem) {
    return errorAt(source, path, problem, () -> MAPPER.createParser(json));
  }

  private static InputException errorAt(
      String source, String path, String problem, ParserSource document) {
    try (JsonParser parser = document.open()) {
      JsonLocation at = locate(parser, path.startsWith("$") ? path.substring(1) : path);
      if (at != null) {
        return new InputException(source, at.getLineNr(), at.getColumnNr(), path, problem, null);
      }
    } catch (IOException | RuntimeException unreadable) {
      // the problem is still worth reporting, without a line
    }
    return new InputException(source, -1, -1, path, problem, null);
  }

  /** The location of the value at {@code path} (such as {@code journeys[3]}), or null. */
  private static com.fasterxml.jackson.core.JsonLocation locate(JsonParser parser, String path)
      throws IOException {
    JsonToken token = parser.nextToken();
    for (String step : path.split("\\.|(?=\\[)")) {
      if (step.isEmpty()) {
        continue;
      }
      if (step.startsWith("[")) {
        int index = Integer.parseInt(step.substring(1, step.length() - 1));
        if (token != JsonToken.START_ARRAY) {
          return null;
        }
        token = parser.nextToken();
        for (int i = 0; i < index && token != JsonToken.END_ARRAY; i++) {
          parser.skipChildren();
          token = parser.nextToken();
        }
        if (token == JsonToken.END_ARRAY || token == null) {
          return null;
        }
      } else {
        if (token != JsonToken.START_OBJECT) {
          return null;
        }
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME
            && !parser.currentName().equals(step)) {
          parser.nextToken();
          parser.skipChildren();
        }
        if (token != JsonToken.FIELD_NAME) {
          return null;
        }
        token = parser.nextToken();
      }
    }
    return parser.currentTokenLocation();
  }

  /**
   * Writes any model value or finding as indented JSON.
   *
   * @param value a model value or finding
   * @return the JSON text
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(
          "cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** Turns a Jackson error into one line that says where and what, with a hint. */
  static InputException translate(String source, JsonProcessingException e) {
    return translate(source, e, "$");
  }

  /** As {@link #translate(String, JsonProcessingException)}, for a value read at {@code root} of a larger document. */
  static InputException translate(String source, JsonProcessingException e, String root) {
    return translate(source, e, root, null);
  }

  /**
   * As {@link #translate(String, JsonProcessingException, String)}; a problem that carries no position
   * (a text over the length limit) is given the position of the value {@code parser} stopped at.
   */
  static InputException translate(
      String source, JsonProcessingException e, String root, @Nullable JsonParser parser) {
    JsonLocation location = e.getLocation();
    if (location == null && parser != null) {
      location = parser.currentTokenLocation();
    }
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    if (line >= 1 && column == 0) {
      column = 1; // the end of an empty document is before its first column
    }
    String path = root.equals("$") ? "" : root;
    ModelException model = modelCause(e);
    if (model != null && !model.path().isEmpty()) {
      path = (root.equals("$") ? "$" : root) + "." + model.path();
    } else if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      path =
          root
              + m.getPath().stream()
                  .map(
                      r ->
                          r.getFieldName() != null
                              ? "." + r.getFieldName()
                              : "[" + r.getIndex() + "]")
                  .collect(Collectors.joining());
    }
    return new InputException(source, line, column, path, problem(e), e);
  }

  private static ModelException modelCause(Throwable e) {
    Throwable cause = e.getCause();
    while (cause != null) {
      if (cause instanceof ModelException model) {
        return model;
      }
      cause = cause.getCause();
    }
    return null;
  }

  /** The touchpoint kinds, as JSON names them. */
  static String kinds() {
    return Arrays.stream(Touchpoint.class.getAnnotation(JsonSubTypes.class).value())
        .map(JsonSubTypes.Type::name)
        .collect(Collectors.joining(", "));
  }

  private static String problem(JsonProcessingException e) {
    ModelException model = modelCause(e);
    if (model != null) {
      return model.getMessage();
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field '"
          + u.getPropertyName()
          + "'. Maybe one of: "
          + u.getKnownPropertyIds().stream()
              .map(String::valueOf)
              .sorted()
              .collect(Collectors.joining(", "));
    }
    if (e instanceof InvalidNullException n) {
      return nullProblem(n);
    }
    if (e instanceof InvalidTypeIdException t) {
      return "unknown kind '" + t.getTypeId() + "'. Maybe one of: " + kinds();
    }
    if (e instanceof InvalidFormatException f) {
      return "cannot read "
          + render(f.getValue())
          + " as "
          + valueName(f.getTargetType())
          + hint(f.getTargetType());
    }
    String message = Objects.toString(e.getOriginalMessage(), "");
    String plain = plain(e, message);
    if (plain != null) {
      return plain;
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      Class<?> type = m.getTargetType();
      return "expected "
          + (type.isEnum() ? "a name" : expected(type))
          + found(message)
          + hint(type);
    }
    return message.lines().findFirst().orElse("malformed JSON");
  }

  /** What a problem is, for a {@link PortfolioStream} that reads a document's structure itself. */
  static String problemOf(JsonProcessingException e) {
    return problem(e);
  }

  private static final String TRUNCATED =
      "the file ends too early: it is probably truncated. Maybe write it again";

  private static final Pattern LIMIT =
      Pattern.compile("\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  private static final Pattern FOUND =
      Pattern.compile(
          "(?:from|coerce) (Object|Array|String|Integer|Floating-point|Boolean|Number|Null)"
              + " value(?: \\((.*?)\\)(?=[\\s)]|$))?");

  /**
   * Jackson's wording of a problem the input can have, said in the input format's words, without the
   * names of Jackson's features and of Java classes; null when there is no better wording.
   */
  /** Jackson's words for a whole number too large for its field. */
  private static final Pattern OUT_OF_RANGE =
      Pattern.compile("Numeric value \\((.+?)\\) out of range of (\\w+) \\((-?\\d+) - (-?\\d+)\\)");

  private static @Nullable String plain(JsonProcessingException e, String message) {
    if (message.startsWith("No content to map due to end-of-input")) {
      return "the document is empty. Maybe check that this is the right file";
    }
    if (message.startsWith("Unexpected end-of-input")) {
      return TRUNCATED;
    }
    if (message.startsWith("Non-standard token '")) {
      int start = "Non-standard token '".length();
      return message.substring(start, Math.max(start, message.indexOf('\'', start)))
          + " is not a number JSON can hold. Maybe write a number such as 12.5, or leave the"
          + " field out";
    }
    Matcher range = OUT_OF_RANGE.matcher(message);
    if (range.lookingAt()) {
      return "the number "
          + range.group(1)
          + " is out of range: expected a whole number from "
          + range.group(3)
          + " to "
          + range.group(4);
    }
    if (message.startsWith("Trailing token")) {
      return "content after the end of the document. Maybe remove it, or put a second document in"
          + " a file of its own";
    }
    if (e instanceof StreamConstraintsException
        || e.getCause() instanceof StreamConstraintsException) {
      message = e instanceof StreamConstraintsException ? message : e.getCause().getMessage();
      // The size Jackson gives is what it had read when it stopped, not the value's: only the limit
      // is said.
      Matcher limit = LIMIT.matcher(message);
      String most = limit.find() ? String.format("%,d", Long.parseLong(limit.group(2))) : "";
      if (message.startsWith("String value length")) {
        return textOverLimit(most);
      }
      if (message.startsWith("Document nesting depth")) {
        return nestedOverLimit(most);
      }
      if (message.startsWith("Document length")) {
        return "the document is larger than the limit of "
            + most
            + " characters. Maybe split it, or read it as a stream";
      }
      if (message.startsWith("Number value length")) {
        return numberOverLimit(most);
      }
    }
    String field = e instanceof JsonMappingException m ? lastField(m) : null;
    if (message.startsWith("Cannot map `null` into type")
        && e instanceof MismatchedInputException m
        && m.getTargetType() != null) {
      return (field == null ? "null" : "'" + field + "'")
          + " cannot be null: expected "
          + expected(m.getTargetType())
          + ". Maybe give its value, or leave the field out for its default";
    }
    if (message.startsWith("Missing required creator property '")) {
      int start = "Missing required creator property '".length();
      return "'"
          + message.substring(start, Math.max(start, message.indexOf('\'', start)))
          + "' is missing. Maybe add it";
    }
    return null;
  }

  private static @Nullable String lastField(JsonMappingException e) {
    List<JsonMappingException.Reference> path = e.getPath();
    return path.isEmpty() ? null : path.get(path.size() - 1).getFieldName();
  }

  /** What the input held instead, from Jackson's wording: {@code , not text ("3")}; or empty. */
  private static String found(String message) {
    Matcher found = FOUND.matcher(message);
    if (!found.find()) {
      return "";
    }
    String shape =
        switch (found.group(1)) {
          case "Object" -> "an object";
          case "Array" -> "a list";
          case "String" -> "text";
          case "Boolean" -> "true or false";
          case "Null" -> "null";
          default -> "a number";
        };
    String value = found.group(2);
    return ", not "
        + shape
        + (value == null || found.group(1).equals("Object") || found.group(1).equals("Array")
            ? ""
            : " (" + value + ")");
  }

  /** A null where the model has no room for one: in a list, or as a value of a map. */
  private static String nullProblem(InvalidNullException e) {
    Class<?> type = e.getTargetType();
    String expected = type == null ? "a value" : expected(type);
    List<JsonMappingException.Reference> path = e.getPath();
    JsonMappingException.Reference last = path.isEmpty() ? null : path.get(path.size() - 1);
    if (last != null && last.getFieldName() == null && last.getIndex() >= 0) {
      return nullInList(expected);
    }
    if (type != null && Collection.class.isAssignableFrom(type) && last != null) {
      return nullList(last.getFieldName());
    }
    if (last != null
        && e.getPropertyName() != null
        && e.getPropertyName().getSimpleName().equals(last.getFieldName())) {
      return "'"
          + last.getFieldName()
          + "' cannot be null: expected "
          + expected
          + ". Maybe give its value";
    }
    return "null is not allowed here: expected "
        + expected
        + ". Maybe give a value or remove the entry";
  }

  /** What is wrong with a null where the list {@code field} is expected. */
  static String nullList(String field) {
    return "null is not a list. Maybe write [] for none, or leave '" + field + "' out";
  }

  /** What is wrong with a null in a list of {@code type}. */
  static String nullInList(Class<?> type) {
    return nullInList(expected(type));
  }

  private static String nullInList(String expected) {
    return "null is not allowed in a list: expected " + expected + ". Maybe remove the null";
  }

  /** What a value of {@code type} is, in the words of the input format: {@code a purchase order}. */
  private static String expected(Class<?> type) {
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(String::valueOf)
              .collect(Collectors.joining(", "));
    }
    if (type == String.class) {
      return "text";
    }
    if (type == java.time.Instant.class) {
      return "a time such as 2026-03-01T10:15:00Z";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list (a JSON array)";
    }
    if (java.util.Map.class.isAssignableFrom(type)) {
      return "a JSON object";
    }
    if (type == TouchpointEvents.Line.class) {
      return "a touchpoint event (a JSON object)";
    }
    String words = typeName(type).replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    return withArticle(words) + " (a JSON object)";
  }

  /** What a value of a plain type is called in a message: {@code a whole number}, not {@code int}. */
  private static String valueName(Class<?> type) {
    if (type == int.class
        || type == Integer.class
        || type == long.class
        || type == Long.class
        || type == short.class
        || type == Short.class) {
      return "a whole number";
    }
    if (type == double.class
        || type == Double.class
        || type == float.class
        || type == Float.class
        || java.math.BigDecimal.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "a yes-or-no value";
    }
    if (type == String.class) {
      return "text";
    }
    if (java.time.Instant.class.isAssignableFrom(type)) {
      return "a time";
    }
    String words = typeName(type).replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    return withArticle(words);
  }

  /** {@code words} after "a" or "an", as they are said: an order, a unit. */
  private static String withArticle(String words) {
    boolean vowel =
        "aeiou".indexOf(words.charAt(0)) >= 0
            && !words.startsWith("uni")
            && !words.startsWith("use")
            && !words.startsWith("usu");
    return (vowel ? "an " : "a ") + words;
  }

  /** The model's name for a type: {@code Portfolio} for Immutables' {@code ImmutablePortfolio$Json}. */
  private static String typeName(Class<?> type) {
    Class<?> named =
        type.getSimpleName().equals("Json") && type.getEnclosingClass() != null
            ? type.getEnclosingClass()
            : type;
    return named.getSimpleName().replace("Immutable", "");
  }

  /** A text over the limit of {@code most} characters, as the whole file and a stream say it. */
  static String textOverLimit(String most) {
    return "a text longer than the limit of " + most + " characters. Maybe shorten it";
  }

  /** A number over the limit of {@code most} digits, as the whole file and a stream say it. */
  static String numberOverLimit(String most) {
    return "a number longer than the limit of " + most + " digits. Maybe shorten it";
  }

  /** Nesting over the limit of {@code most} levels, as the whole file and a stream say it. */
  static String nestedOverLimit(String most) {
    return "values are nested deeper than the limit of " + most + " levels. Maybe flatten them";
  }

  private static String hint(Class<?> type) {
    if (type.isEnum()) {
      Object[] values = type.getEnumConstants();
      StringBuilder names = new StringBuilder();
      for (Object v : values) {
        names.append(names.length() == 0 ? "" : ", ").append(v);
      }
      return ". Maybe one of: " + names;
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return ". Maybe a whole number such as 2, without a fraction or quotes";
    }
    if (type == boolean.class || type == Boolean.class) {
      return ". Maybe true or false, without quotes";
    }
    if (type == java.time.Instant.class) {
      return ". Maybe an ISO-8601 UTC time such as 2026-03-01T10:15:00Z";
    }
    if (type == java.time.LocalDate.class) {
      return ". Maybe an ISO-8601 date such as 2026-03-01";
    }
    if (type == String.class) {
      return ". Maybe write it in quotes";
    }
    return "";
  }

  private static String render(Object value) {
    return value instanceof String ? "'" + value + "'" : String.valueOf(value);
  }

  /**
   * {@return why reading or writing a file failed, in plain words and without the file's name, which
   * the error names already: "permission denied", the file system's reason, else the message's first
   * line}
   */
  static String ioReason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied. Maybe check the file's permissions";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory. Maybe check the path";
    }
    if (e instanceof FileSystemException f) {
      return f.getReason() != null ? f.getReason() : "the file system refused it";
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String first = message.lines().findFirst().orElse(message);
    // A file stream's own form: "/path/to/file (Is a directory)".
    int open = first.lastIndexOf(" (");
    return e instanceof FileNotFoundException && open > 0 && first.endsWith(")")
        ? first.substring(open + 2, first.length() - 1)
        : first;
  }
}
