package io.sharedcx.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sharedcx.model.json.CxJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The portfolio format as the reader sees it, read from the model itself: every type, its JSON fields in
 * order, their types, whether they are required (an Immutables builder's "init bit"), their units and
 * their descriptions (the first sentence of each accessor's Javadoc, read from the model's sources). Writes
 * it as a field reference (Markdown) and as a JSON Schema (draft 2020-12).
 */
final class PortfolioFormat {
  static final Path SOURCES = Path.of("src/main/java/io/sharedcx/model");

  /** ISO-8601 UTC time ending in Z, as the strict reader accepts it. */
  static final String TIME_PATTERN =
      "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z$";

  static final String DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

  /** Units of the numbers whose Java type does not say it; a new decimal field fails until it is listed. */
  static final Map<String, String> UNITS =
      Map.of(
          "Offer.price", "money, in the listing's currency",
          "Product.msrp", "money, in the brand's currency",
          "Product.mapPrice", "money, in the brand's currency",
          "Term.value", "the unit of the standard's threshold named by `key`",
          "Feedback.rating", "stars, 1 to 5",
          "Shipment.destinationTemperatureC", "degrees Celsius, -60 to 60");

  private final ObjectMapper mapper = CxJson.mapper();
  private final Map<Class<?>, List<Field>> types = new LinkedHashMap<>();

  /** One JSON field of one type. */
  record Field(
      String name,
      Type javaType,
      boolean required,
      boolean nullable,
      String unit,
      String description,
      List<String> aliases) {}

  PortfolioFormat() {
    visit(Portfolio.class);
  }

  /** The types of the format, the portfolio first, each with its fields. */
  Map<Class<?>, List<Field>> types() {
    return types;
  }

  static List<Class<?>> touchpointKinds() {
    return Arrays.stream(Touchpoint.class.getAnnotation(JsonSubTypes.class).value())
        .<Class<?>>map(JsonSubTypes.Type::value)
        .toList();
  }

  static String kindName(Class<?> kind) {
    return Arrays.stream(Touchpoint.class.getAnnotation(JsonSubTypes.class).value())
        .filter(t -> t.value() == kind)
        .findFirst()
        .orElseThrow()
        .name();
  }

  private void visit(Class<?> type) {
    if (types.containsKey(type) || type.isEnum()) {
      return;
    }
    if (type == Touchpoint.class) {
      types.put(type, List.of());
      touchpointKinds().forEach(this::visit);
      return;
    }
    List<Field> fields = new ArrayList<>();
    types.put(type, fields);
    Class<?> immutable = load(type.getPackageName() + ".Immutable" + type.getSimpleName());
    Class<?> builder = load(immutable.getName() + "$Builder");
    BeanDescription bean =
        mapper.getSerializationConfig().introspect(mapper.constructType(immutable));
    if (Touchpoint.class.isAssignableFrom(type)) {
      fields.add(
          new Field(
              "kind",
              String.class,
              true,
              false,
              "",
              "`\"" + kindName(type) + "\"`: " + description(Touchpoint.class, "kind"),
              List.of()));
    }
    for (BeanPropertyDefinition property : bean.findProperties()) {
      String accessor = property.getGetter().getName();
      Method method = method(type, accessor);
      boolean required =
          Arrays.stream(builder.getDeclaredFields())
              .anyMatch(f -> f.getName().equals("INIT_BIT_" + upperSnake(accessor)));
      AnnotatedType returned = method.getAnnotatedReturnType();
      boolean nullable = returned.isAnnotationPresent(Nullable.class);
      Type javaType = method.getGenericReturnType();
      fields.add(
          new Field(
              property.getName(),
              javaType,
              required,
              nullable,
              unit(type, property.getName(), javaType),
              description(method.getDeclaringClass(), accessor),
              method.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonAlias.class)
                  ? List.of(
                      method
                          .getAnnotation(com.fasterxml.jackson.annotation.JsonAlias.class)
                          .value())
                  : List.of()));
      for (Class<?> nested : modelTypes(javaType)) {
        visit(nested);
      }
    }
  }

  private static Method method(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getSimpleName() + " has no accessor " + name, e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no generated class " + name, e);
    }
  }

  private static List<Class<?>> modelTypes(Type type) {
    List<Class<?>> found = new ArrayList<>();
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        found.addAll(modelTypes(argument));
      }
    } else if (type instanceof Class<?> c
        && c.getPackageName().equals("io.sharedcx.model")
        && !c.isEnum()) {
      found.add(c);
    }
    return found;
  }

  private static String upperSnake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }

  private static String unit(Class<?> type, String field, Type javaType) {
    String listed = UNITS.get(type.getSimpleName() + "." + field);
    if (listed != null) {
      return listed;
    }
    if (javaType == Instant.class) {
      return "UTC time";
    }
    if (javaType == LocalDate.class) {
      return "date";
    }
    if (javaType == int.class || javaType == Integer.class || javaType == long.class) {
      return "count";
    }
    if (javaType == BigDecimal.class || javaType == double.class) {
      throw new IllegalStateException(
          type.getSimpleName()
              + "."
              + field
              + " is a number without a unit."
              + " Maybe add it to PortfolioFormat.UNITS.");
    }
    return "";
  }

  private static final Map<Class<?>, String> SOURCE_TEXT = new LinkedHashMap<>();

  /** The first sentence of the Javadoc of {@code type}'s accessor {@code name}, from its source file. */
  static String description(Class<?> type, String name) {
    String source =
        SOURCE_TEXT.computeIfAbsent(
            type,
            t -> {
              try {
                return Files.readString(
                    SOURCES.resolve(t.getSimpleName() + ".java"), StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    Matcher m =
        Pattern.compile(
                "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*(?:public\\s+)?[^;{(/]*\\b"
                    + name
                    + "\\(\\)",
                Pattern.DOTALL)
            .matcher(source);
    if (!m.find()) {
      throw new IllegalStateException(
          type.getSimpleName() + "." + name + "() has no Javadoc. Maybe add one.");
    }
    String text = m.group(1).replaceAll("\\s*\\n\\s*\\*", " ").replaceAll("\\s+", " ").trim();
    text = text.replaceAll("\\{@(?:link|code) ([^}]*)}", "$1");
    text = returnSentence(text);
    int end = firstSentenceEnd(text);
    return end < 0 ? text : text.substring(0, end + 1);
  }

  /** A comment that opens with a return tag, as Javadoc shows it: "Returns" left out. */
  private static String returnSentence(String text) {
    Matcher r = Pattern.compile("^\\{@return ([^}]*)}(.*)$", Pattern.DOTALL).matcher(text);
    if (!r.matches()) {
      return text;
    }
    String returned = r.group(1).trim();
    return Character.toUpperCase(returned.charAt(0)) + returned.substring(1) + "." + r.group(2);
  }

  private static int firstSentenceEnd(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '.'
          && (i + 1 == text.length() || text.charAt(i + 1) == ' ')
          && !text.substring(0, i).endsWith("e.g")
          && !text.substring(0, i).endsWith("i.e")) {
        return i;
      }
    }
    return -1;
  }

  /** The JSON type of a field, in words, for the field reference. */
  static String typeName(Type type) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (Map.class.isAssignableFrom(raw)) {
        return "object of " + typeName(args[1]);
      }
      return "list of " + typeName(args[0]);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return "text";
    }
    if (c == Instant.class) {
      return "time (ISO-8601, UTC, ending in Z)";
    }
    if (c == LocalDate.class) {
      return "date (YYYY-MM-DD)";
    }
    if (c == int.class || c == Integer.class || c == long.class) {
      return "whole number";
    }
    if (c == BigDecimal.class || c == double.class) {
      return "number";
    }
    if (c == boolean.class || c == Boolean.class) {
      return "true or false";
    }
    if (c.isEnum()) {
      return "one of "
          + String.join(", ", Arrays.stream(c.getEnumConstants()).map(e -> "`" + e + "`").toList());
    }
    return "["
        + c.getSimpleName()
        + "](#"
        + c.getSimpleName().toLowerCase(java.util.Locale.ROOT)
        + ")";
  }

  /** The field reference, docs/FIELDS.md. */
  String reference() {
    StringBuilder out = new StringBuilder();
    out.append("# Portfolio fields\n\n");
    out.append(
        "Generated from the model by `PortfolioFormatTest` in cx-model; do not edit by hand. Regenerate with\n"
            + "`"
            + PortfolioFormatTest.REGENERATE
            + "`.\n\n");
    out.append(
        "Every type of the portfolio format (read by `CxJson.readPortfolio`), with its JSON fields in the order\n"
            + "they are written. *Required* fields must be present and not null; the others may be left out (a list\n"
            + "is then empty, a flag or an enum takes its default, an optional value is unknown). Fields not listed\n"
            + "here are rejected. The same format as a JSON Schema: [portfolio.schema.json](portfolio.schema.json).\n\n");
    out.append(
        "Which standards read each field is not listed here: see each standard's page under\n"
            + "[standards/](standards/README.md).\n\n");
    for (Map.Entry<Class<?>, List<Field>> entry : types.entrySet()) {
      Class<?> type = entry.getKey();
      if (type == Touchpoint.class) {
        out.append("\n## Touchpoint\n\n").append(typeDescription(type)).append("\n\n");
        out.append("A journey's `touchpoints` are each one of these kinds, named by `kind`: ");
        out.append(
            String.join(
                ", ",
                touchpointKinds().stream()
                    .map(
                        k ->
                            "[`"
                                + kindName(k)
                                + "`](#"
                                + k.getSimpleName().toLowerCase(java.util.Locale.ROOT)
                                + ")")
                    .toList()));
        out.append(".\n");
        continue;
      }
      out.append("\n## ").append(type.getSimpleName()).append("\n\n");
      out.append(typeDescription(type)).append("\n\n");
      out.append("| Field | Type | Required | Unit | Description |\n");
      out.append("|---|---|---|---|---|\n");
      for (Field f : entry.getValue()) {
        out.append("| `")
            .append(f.name())
            .append("` | ")
            .append(f.name().equals("kind") ? "text" : typeName(f.javaType()))
            .append(" | ")
            .append(f.required() ? "required" : "optional")
            .append(" | ")
            .append(f.unit())
            .append(" | ")
            .append(f.description().replace("|", "\\|"))
            .append(
                f.aliases().isEmpty()
                    ? ""
                    : " Also read as "
                        + String.join(" or ", f.aliases().stream().map(a -> "`" + a + "`").toList())
                        + ".")
            .append(" |\n");
      }
    }
    return out.toString();
  }

  private static String typeDescription(Class<?> type) {
    try {
      String source =
          Files.readString(SOURCES.resolve(type.getSimpleName() + ".java"), StandardCharsets.UTF_8);
      Matcher m =
          Pattern.compile(
                  "/\\*\\*((?:(?!\\*/).)*)\\*/(?:(?!/\\*\\*).)*?\\bclass\\s+"
                      + type.getSimpleName()
                      + "\\b",
                  Pattern.DOTALL)
              .matcher(source);
      if (!m.find()) {
        throw new IllegalStateException(type.getSimpleName() + " has no Javadoc. Maybe add one.");
      }
      String text = m.group(1).replaceAll("\\s*\\n\\s*\\*", " ").replaceAll("\\s+", " ").trim();
      text = text.replaceAll("<[^>]+>", "").replaceAll("\\{@(?:link|code) ([^}]*)}", "$1");
      int end = firstSentenceEnd(text);
      return end < 0 ? text : text.substring(0, end + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON Schema of the format. */
  String schema() {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode root = json.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("title", "SharedCX portfolio");
    root.put(
        "description",
        "A portfolio read by CxJson.readPortfolio. Generated from the model; see docs/FIELDS.md.");
    ObjectNode defs = json.objectNode();
    for (Map.Entry<Class<?>, List<Field>> entry : types.entrySet()) {
      Class<?> type = entry.getKey();
      if (type == Touchpoint.class) {
        ObjectNode def = defs.putObject("Touchpoint");
        def.put("description", typeDescription(type));
        ArrayNode oneOf = def.putArray("oneOf");
        touchpointKinds()
            .forEach(k -> oneOf.addObject().put("$ref", "#/$defs/" + k.getSimpleName()));
        continue;
      }
      ObjectNode def = type == Portfolio.class ? root : defs.putObject(type.getSimpleName());
      def.put("description", typeDescription(type));
      def.put("type", "object");
      ObjectNode properties = def.putObject("properties");
      ArrayNode required = json.arrayNode();
      if (type == Portfolio.class) {
        properties
            .putObject("$schema")
            .put("type", "string")
            .put(
                "description", "The schema this file follows, for editors; the reader ignores it.");
      }
      for (Field f : entry.getValue()) {
        ObjectNode p;
        if (f.name().equals("kind")) {
          p = properties.putObject("kind");
          p.put("const", kindName(type));
        } else {
          p = properties.putObject(f.name());
          p.setAll(schemaOf(f.javaType(), f.nullable()));
        }
        p.put(
            "description",
            f.description() + (f.unit().isEmpty() ? "" : " Unit: " + f.unit() + "."));
        for (String alias : f.aliases()) {
          ObjectNode a = properties.putObject(alias);
          a.setAll(schemaOf(f.javaType(), f.nullable()));
          a.put("description", "Read as `" + f.name() + "`: " + f.description());
        }
        if (f.required() && f.aliases().isEmpty()) {
          required.add(f.name());
        } else if (f.required()) {
          ArrayNode either = def.putArray("oneOf");
          either.addObject().putArray("required").add(f.name());
          f.aliases().forEach(a -> either.addObject().putArray("required").add(a));
        }
      }
      if (!required.isEmpty()) {
        def.set("required", required);
      }
      def.put("additionalProperties", false);
    }
    root.set("$defs", defs);
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root).replace("\r\n", "\n")
          + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode schemaOf(Type type, boolean nullable) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode s = json.objectNode();
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (Map.class.isAssignableFrom(raw)) {
        s.put("type", "object");
        s.set("additionalProperties", schemaOf(args[1], false));
      } else if (Collection.class.isAssignableFrom(raw)) {
        s.put("type", "array");
        s.set("items", schemaOf(args[0], false));
      } else {
        throw new IllegalStateException("no schema for " + type);
      }
      return s;
    }
    Class<?> c = (Class<?>) type;
    String simple;
    if (c == String.class) {
      simple = "string";
    } else if (c == Instant.class) {
      // No "format": date-time requires seconds, which the reader does not.
      simple = "string";
      s.put("pattern", TIME_PATTERN);
    } else if (c == LocalDate.class) {
      simple = "string";
      s.put("format", "date");
      s.put("pattern", DATE_PATTERN);
    } else if (c == int.class || c == Integer.class || c == long.class) {
      simple = "integer";
    } else if (c == BigDecimal.class || c == double.class) {
      simple = "number";
    } else if (c == boolean.class || c == Boolean.class) {
      simple = "boolean";
    } else if (c.isEnum()) {
      ArrayNode values = s.putArray("enum");
      Arrays.stream(c.getEnumConstants()).forEach(e -> values.add(((Enum<?>) e).name()));
      if (nullable) {
        values.addNull();
      }
      return s;
    } else {
      if (nullable) {
        ArrayNode anyOf = s.putArray("anyOf");
        anyOf.addObject().put("$ref", "#/$defs/" + c.getSimpleName());
        anyOf.addObject().put("type", "null");
      } else {
        s.put("$ref", "#/$defs/" + c.getSimpleName());
      }
      return s;
    }
    if (nullable) {
      s.putArray("type").add(simple).add("null");
    } else {
      s.put("type", simple);
    }
    return s;
  }
}
