package io.sharedcx.model.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.sharedcx.model.ModelException;
import io.sharedcx.model.Portfolio;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads and writes the model as JSON. Input is read strictly: unknown fields are rejected (a
 * misspelled field would otherwise be silently lost), and documents are bounded in size, nesting
 * depth and string length. No polymorphic default typing: JSON cannot name a Java class.
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

  /** A mapper configured like this class's own; for callers that stream or bind other shapes. */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /**
   * A mapper for documents read value by value (a {@link PortfolioStream}): no limit on the whole
   * document, the same limits on nesting and strings.
   */
  static ObjectMapper streamingMapper() {
    return newMapper(-1);
  }

  private static ObjectMapper newMapper(long maxDocumentChars) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(maxDocumentChars)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_CHARS)
            .build())
        .build();
    return JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(new GuavaModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        // Only the attributes Immutables marks are data; derived helpers such as isDamaged() are not.
        .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
        .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
        .build();
  }

  /** Reads a portfolio file. */
  public static Portfolio readPortfolio(Path file) {
    return read(file, Portfolio.class);
  }

  /** Reads a portfolio from JSON text; {@code source} names it in errors. */
  public static Portfolio readPortfolio(String json, String source) {
    return read(json, source, Portfolio.class);
  }

  /** Reads a value of {@code type} from a file. */
  public static <T> T read(Path file, Class<T> type) {
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return MAPPER.readValue(in, type);
    } catch (NoSuchFileException e) {
      throw new InputException(source, -1, -1, "", "no such file. Maybe check the path.", e);
    } catch (JsonProcessingException e) {
      throw translate(source, e);
    } catch (ModelException e) {
      throw new InputException(source, -1, -1, "", e.getMessage(), e);
    } catch (IOException e) {
      throw new InputException(source, -1, -1, "", "cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads a value of {@code type} from JSON text; {@code source} names it in errors. */
  public static <T> T read(String json, String source, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw translate(source, e);
    } catch (ModelException e) {
      throw new InputException(source, -1, -1, "", e.getMessage(), e);
    }
  }

  /** Writes any model value or finding as indented JSON. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** Turns a Jackson error into one line that says where and what, with a hint. */
  static InputException translate(String source, JsonProcessingException e) {
    return translate(source, e, "$");
  }

  /** As {@link #translate(String, JsonProcessingException)}, for a value read at {@code root} of a larger document. */
  static InputException translate(String source, JsonProcessingException e, String root) {
    JsonLocation location = e.getLocation();
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    String path = root.equals("$") ? "" : root;
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      path = root + m.getPath().stream()
          .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining());
    }
    return new InputException(source, line, column, path, problem(e), e);
  }

  private static String problem(JsonProcessingException e) {
    Throwable cause = e.getCause();
    while (cause != null) {
      if (cause instanceof ModelException) {
        return cause.getMessage();
      }
      cause = cause.getCause();
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field '" + u.getPropertyName() + "'. Maybe one of: "
          + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }
    if (e instanceof InvalidTypeIdException t) {
      return "unknown kind '" + t.getTypeId() + "'. Maybe one of: research, offer, stockCheck, order, pickup, "
          + "shipment, delivery, statusUpdate, complaint, serviceContact, cancellation, feedback, claim";
    }
    if (e instanceof InvalidFormatException f) {
      return "cannot read " + render(f.getValue()) + " as " + f.getTargetType().getSimpleName()
          + hint(f.getTargetType());
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "expected " + typeName(m.getTargetType()) + hint(m.getTargetType())
          + " (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")";
    }
    return e.getOriginalMessage().lines().findFirst().orElse("malformed JSON");
  }

  /** The model's name for a type: {@code Portfolio} for Immutables' {@code ImmutablePortfolio$Json}. */
  private static String typeName(Class<?> type) {
    Class<?> named = type.getSimpleName().equals("Json") && type.getEnclosingClass() != null
        ? type.getEnclosingClass() : type;
    return named.getSimpleName().replace("Immutable", "");
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
    if (type == java.time.Instant.class) {
      return ". Maybe an ISO-8601 UTC time such as 2026-03-01T10:15:00Z";
    }
    if (type == java.time.LocalDate.class) {
      return ". Maybe an ISO-8601 date such as 2026-03-01";
    }
    return "";
  }

  private static String render(Object value) {
    return value instanceof String ? "'" + value + "'" : String.valueOf(value);
  }
}
