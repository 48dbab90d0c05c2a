package io.sharedcx.test;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.MetricStatus;
import io.sharedcx.model.finding.Window;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.json.InputException;
import io.sharedcx.test.Scenario.ExpectedFinding;
import io.sharedcx.test.Scenario.ExpectedMetric;
import io.sharedcx.test.Scenario.Located;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a scenario test document into its cases. The document is first read into a small tree that
 * remembers where every value starts, so each mistake is reported at its own line and column with its
 * JSON path; the portfolio is handed to {@link CxJson} at its place in the file, so its errors carry the
 * file's own lines too.
 */
final class ScenarioReader {
  static final Set<String> CASE_FIELDS =
      ordered("name", "standards", "portfolio", "window", "expect", "metrics", "exhaustive");
  static final Set<String> FILE_FIELDS =
      ordered("name", "standards", "window", "exhaustive", "scenarios");
  static final Set<String> FINDING_FIELDS = ordered("standard", "party", "count", "evidence");
  static final Set<String> METRIC_FIELDS =
      ordered("standard", "party", "status", "numerator", "denominator");
  static final Set<String> WINDOW_FIELDS = ordered("from", "to");

  private final String text;
  private final String source;
  private final List<Located> references = new ArrayList<>();

  /** The parties the case's expectations name, each where it is written. */
  private final List<Located> parties = new ArrayList<>();

  ScenarioReader(String text, String source) {
    this.text = text;
    this.source = source;
  }

  /** The tree: a JSON value with where it starts and, for the portfolio, where it ends. */
  private record Node(
      JsonToken token,
      int line,
      int column,
      int start,
      int end,
      @Nullable String scalar,
      Map<String, Node> fields,
      List<Node> items) {
    boolean isObject() {
      return token == JsonToken.START_OBJECT;
    }

    boolean isArray() {
      return token == JsonToken.START_ARRAY;
    }

    boolean isNull() {
      return token == JsonToken.VALUE_NULL;
    }

    String kind() {
      return switch (token) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "a list";
        case VALUE_STRING -> "text \"" + scalar + "\"";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + scalar;
        case VALUE_TRUE, VALUE_FALSE -> scalar;
        default -> "null";
      };
    }
  }

  List<Scenario> read() {
    Node root;
    try (JsonParser parser = CxJson.mapper().getFactory().createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new ScenarioException(
            source,
            -1,
            -1,
            "the file is empty. Maybe start from the example in " + "docs/SCENARIO-TESTS.md");
      }
      root = node(parser, "$");
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new ScenarioException(
            source,
            at.getLineNr(),
            at.getColumnNr(),
            "more after the end of the document. Maybe remove it, or wrap several cases in \"scenarios\": [...]");
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ScenarioException(
          source,
          at == null ? -1 : at.getLineNr(),
          at == null ? -1 : at.getColumnNr(),
          "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""),
          e);
    } catch (IOException e) {
      throw new ScenarioException(source, -1, -1, "cannot read: " + e.getMessage(), e);
    }
    if (!root.isObject()) {
      throw error(
          root,
          "$",
          "expected an object with \"portfolio\" and \"expect\" (or \"scenarios\"), found "
              + root.kind());
    }
    if (root.fields.containsKey("scenarios")) {
      checkFields(
          root,
          "$",
          FILE_FIELDS,
          "with \"scenarios\", put \"portfolio\", \"expect\" and \"metrics\" in each "
              + "scenario");
      Node cases = root.fields.get("scenarios");
      if (!cases.isArray() || cases.items.isEmpty()) {
        throw error(
            cases,
            "$.scenarios",
            "expected a list of at least one scenario, found " + cases.kind());
      }
      List<Scenario> all = new ArrayList<>();
      for (int i = 0; i < cases.items.size(); i++) {
        Node item = cases.items.get(i);
        String path = "$.scenarios[" + i + "]";
        if (!item.isObject()) {
          throw error(item, path, "expected a scenario object, found " + item.kind());
        }
        all.add(scenario(item, path, root, i));
      }
      return all;
    }
    return List.of(scenario(root, "$", null, 0));
  }

  private Scenario scenario(Node node, String path, @Nullable Node file, int index) {
    references.clear();
    parties.clear();
    checkFields(node, path, CASE_FIELDS, null);
    String fileName =
        source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    String name = text(node, path, "name", null);
    if (name == null) {
      String title = file == null ? null : text(file, "$", "name", null);
      name =
          title != null
              ? title + " #" + (index + 1)
              : file == null ? fileName : fileName + " #" + (index + 1);
    }
    List<String> standards = standards(node, path);
    if (standards == null && file != null) {
      standards = standards(file, "$");
    }
    Window window = window(node, path);
    if (window == null && file != null) {
      window = window(file, "$");
    }
    Boolean exhaustive = bool(node, path, "exhaustive");
    if (exhaustive == null && file != null) {
      exhaustive = bool(file, "$", "exhaustive");
    }
    Node portfolio = node.fields.get("portfolio");
    if (portfolio == null) {
      throw error(node, path, "no \"portfolio\". Maybe wrap the facts in {\"portfolio\": {...}}");
    }
    Node expect = node.fields.get("expect");
    if (expect == null) {
      throw error(
          node,
          path,
          "no \"expect\". Maybe add \"expect\": [] for a scenario that must find nothing");
    }
    List<ExpectedFinding> expected = findings(expect, path + ".expect");
    List<ExpectedMetric> metrics = metrics(node.fields.get("metrics"), path + ".metrics");
    if (!metrics.isEmpty() && window == null) {
      throw error(
          node.fields.get("metrics"),
          path + ".metrics",
          "metrics are judged over a window. Maybe add "
              + "\"window\": {\"from\": \"2026-03-01T00:00:00Z\", \"to\": \"2026-04-01T00:00:00Z\"}");
    }
    Portfolio facts = portfolio(portfolio, path + ".portfolio");
    for (Located party : parties) {
      if (!facts.parties().containsKey(party.value())) {
        // An expectation about a party the facts do not have can only fail, and would say so as a
        // finding not found: it is a mistake in the case, said where it is written.
        throw new ScenarioException(
            source,
            party.line(),
            party.column(),
            "at "
                + party.path()
                + ": no party \""
                + party.value()
                + "\" in the portfolio. Maybe "
                + closest(party.value(), new java.util.TreeSet<>(facts.parties().keySet())));
      }
    }
    return new Scenario(
        name,
        source,
        standards == null ? List.of() : standards,
        facts,
        window,
        expected,
        metrics,
        exhaustive == null || exhaustive,
        references);
  }

  private @Nullable List<String> standards(Node node, String path) {
    Node list = node.fields.get("standards");
    if (list == null || list.isNull()) {
      return null;
    }
    if (!list.isArray()) {
      throw error(
          list, path + ".standards", "expected a list of standard ids, found " + list.kind());
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < list.items.size(); i++) {
      Node item = list.items.get(i);
      String at = path + ".standards[" + i + "]";
      if (item.token != JsonToken.VALUE_STRING) {
        throw error(item, at, "expected a standard id, found " + item.kind());
      }
      ids.add(item.scalar);
      references.add(new Located(item.scalar, at, item.line, item.column));
    }
    return ids;
  }

  private @Nullable Window window(Node node, String path) {
    Node window = node.fields.get("window");
    if (window == null || window.isNull()) {
      return null;
    }
    String at = path + ".window";
    if (!window.isObject()) {
      throw error(window, at, "expected {\"from\": ..., \"to\": ...}, found " + window.kind());
    }
    checkFields(window, at, WINDOW_FIELDS, null);
    Instant from = instant(window, at, "from");
    Instant to = instant(window, at, "to");
    if (!to.isAfter(from)) {
      throw error(
          window.fields.get("to"),
          at + ".to",
          "the window ends at " + to + ", not after its start " + from);
    }
    return Window.of(from, to);
  }

  private Instant instant(Node node, String path, String field) {
    String value = text(node, path, field, null);
    if (value == null) {
      throw error(
          node,
          path,
          "no \"" + field + "\". Maybe an ISO-8601 UTC time such as 2026-03-01T00:00:00Z");
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw error(
          node.fields.get(field),
          path + "." + field,
          "cannot read \""
              + value
              + "\" as a time. Maybe an "
              + "ISO-8601 UTC time such as 2026-03-01T00:00:00Z");
    }
  }

  private List<ExpectedFinding> findings(Node list, String path) {
    if (!list.isArray()) {
      throw error(
          list, path, "expected a list of expected findings ([] for none), found " + list.kind());
    }
    List<ExpectedFinding> out = new ArrayList<>();
    for (int i = 0; i < list.items.size(); i++) {
      Node item = list.items.get(i);
      String at = path + "[" + i + "]";
      if (!item.isObject()) {
        throw error(item, at, "expected {\"standard\": ..., \"party\": ...}, found " + item.kind());
      }
      checkFields(item, at, FINDING_FIELDS, null);
      String standard = required(item, at, "standard");
      String party = required(item, at, "party");
      parties.add(located(item, at, "party"));
      Long count = number(item, at, "count");
      List<String> evidence = new ArrayList<>();
      Node cited = item.fields.get("evidence");
      if (cited != null && !cited.isNull()) {
        if (!cited.isArray()) {
          throw error(
              cited,
              at + ".evidence",
              "expected a list of fact ids such as [\"s1\"], found " + cited.kind());
        }
        for (int e = 0; e < cited.items.size(); e++) {
          Node fact = cited.items.get(e);
          if (fact.token != JsonToken.VALUE_STRING) {
            throw error(
                fact,
                at + ".evidence[" + e + "]",
                "expected a fact id such as \"s1\", found " + fact.kind());
          }
          evidence.add(fact.scalar);
        }
      }
      references.add(located(item, at, "standard"));
      out.add(new ExpectedFinding(standard, party, count == null ? 1 : count.intValue(), evidence));
    }
    return out;
  }

  private List<ExpectedMetric> metrics(@Nullable Node list, String path) {
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw error(list, path, "expected a list of expected metrics, found " + list.kind());
    }
    List<ExpectedMetric> out = new ArrayList<>();
    for (int i = 0; i < list.items.size(); i++) {
      Node item = list.items.get(i);
      String at = path + "[" + i + "]";
      if (!item.isObject()) {
        throw error(
            item,
            at,
            "expected {\"standard\": ..., \"party\": ..., \"status\": ...}, found " + item.kind());
      }
      checkFields(item, at, METRIC_FIELDS, null);
      String standard = required(item, at, "standard");
      String party = required(item, at, "party");
      parties.add(located(item, at, "party"));
      String status = required(item, at, "status");
      MetricStatus parsed;
      try {
        parsed = MetricStatus.valueOf(status);
      } catch (IllegalArgumentException e) {
        throw error(
            item.fields.get("status"),
            at + ".status",
            "unknown status \""
                + status
                + "\". Maybe "
                + closest(status, Arrays.stream(MetricStatus.values()).map(Enum::name).toList()));
      }
      Long numerator = number(item, at, "numerator");
      Long denominator = number(item, at, "denominator");
      if ((numerator == null) != (denominator == null)) {
        throw error(item, at, "give both \"numerator\" and \"denominator\", or neither");
      }
      references.add(located(item, at, "standard"));
      out.add(
          new ExpectedMetric(
              standard,
              party,
              parsed,
              numerator == null ? -1 : numerator,
              denominator == null ? -1 : denominator));
    }
    return out;
  }

  /** Reads the portfolio where it stands in the file: the text before it is blanked so lines and columns agree. */
  private Portfolio portfolio(Node node, String path) {
    if (!node.isObject()) {
      throw error(node, path, "expected the facts as an object, found " + node.kind());
    }
    StringBuilder padded = new StringBuilder(node.end);
    for (int i = 0; i < node.start; i++) {
      char c = text.charAt(i);
      padded.append(c == '\n' || c == '\r' ? c : ' ');
    }
    padded.append(text, node.start, node.end);
    try {
      return CxJson.read(padded.toString(), source, Portfolio.class);
    } catch (InputException e) {
      String prefix =
          e.source()
              + (e.line() > 0 ? ":" + e.line() + ":" + e.column() : "")
              + ": "
              + (e.path().isEmpty() ? "" : "at " + e.path() + ": ");
      String problem =
          e.getMessage().startsWith(prefix)
              ? e.getMessage().substring(prefix.length())
              : e.getMessage();
      String where = e.path().isEmpty() ? path : path + e.path().substring(1);
      throw new ScenarioException(source, e.line(), e.column(), "at " + where + ": " + problem, e);
    }
  }

  private void checkFields(Node node, String path, Set<String> known, @Nullable String misplaced) {
    for (Map.Entry<String, Node> field : node.fields.entrySet()) {
      String name = field.getKey();
      if (!known.contains(name)) {
        boolean elsewhere = misplaced != null && CASE_FIELDS.contains(name);
        throw error(
            field.getValue(),
            path,
            "unknown field \""
                + name
                + "\". Maybe "
                + (elsewhere ? misplaced : closest(name, known)));
      }
    }
  }

  private @Nullable String text(Node node, String path, String field, @Nullable String fallback) {
    Node value = node.fields.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (value.token != JsonToken.VALUE_STRING) {
      throw error(value, path + "." + field, "expected text, found " + value.kind());
    }
    return value.scalar;
  }

  private String required(Node node, String path, String field) {
    String value = text(node, path, field, null);
    if (value == null || value.isBlank()) {
      throw error(
          node,
          path,
          "no \"" + field + "\". Maybe add it: each entry names a \"standard\" and a \"party\"");
    }
    return value;
  }

  private @Nullable Long number(Node node, String path, String field) {
    Node value = node.fields.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.token != JsonToken.VALUE_NUMBER_INT || value.scalar.startsWith("-")) {
      throw error(
          value,
          path + "." + field,
          "expected a whole number of at least 0, found " + value.kind());
    }
    return Long.parseLong(value.scalar);
  }

  private @Nullable Boolean bool(Node node, String path, String field) {
    Node value = node.fields.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.token != JsonToken.VALUE_TRUE && value.token != JsonToken.VALUE_FALSE) {
      throw error(value, path + "." + field, "expected true or false, found " + value.kind());
    }
    return value.token == JsonToken.VALUE_TRUE;
  }

  /** {@return the value of a text field that is present, with its path and position} */
  private static Located located(Node item, String path, String field) {
    Node value = item.fields.get(field);
    return new Located(value.scalar, path + "." + field, value.line, value.column);
  }

  private ScenarioException error(Node at, String path, String problem) {
    return new ScenarioException(source, at.line, at.column, "at " + path + ": " + problem);
  }

  private Node node(JsonParser parser, String path) throws IOException {
    JsonToken token = parser.currentToken();
    JsonLocation at = parser.currentTokenLocation();
    int start = (int) at.getCharOffset();
    if (token == JsonToken.START_OBJECT) {
      Map<String, Node> fields = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonLocation nameAt = parser.currentTokenLocation();
        parser.nextToken();
        Node value = node(parser, path + "." + name);
        if (fields.containsKey(name)) {
          throw new ScenarioException(
              source,
              nameAt.getLineNr(),
              nameAt.getColumnNr(),
              "at " + path + ": the field \"" + name + "\" appears twice. Maybe merge them");
        }
        // Unknown fields are reported at the field's name, not its value.
        fields.put(
            name,
            new Node(
                value.token,
                nameAt.getLineNr(),
                nameAt.getColumnNr(),
                value.start,
                value.end,
                value.scalar,
                value.fields,
                value.items));
      }
      int end = (int) parser.currentTokenLocation().getCharOffset() + 1;
      return new Node(token, at.getLineNr(), at.getColumnNr(), start, end, null, fields, List.of());
    }
    if (token == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      int i = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(parser, path + "[" + i++ + "]"));
      }
      int end = (int) parser.currentTokenLocation().getCharOffset() + 1;
      return new Node(token, at.getLineNr(), at.getColumnNr(), start, end, null, Map.of(), items);
    }
    String scalar = token == JsonToken.VALUE_NULL ? null : parser.getText();
    return new Node(
        token, at.getLineNr(), at.getColumnNr(), start, start, scalar, Map.of(), List.of());
  }

  /** The closest known name to {@code name}, or the whole list when none is close. */
  static String closest(String name, Iterable<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(name.toLowerCase(), candidate.toLowerCase());
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best != null && bestDistance <= Math.max(2, name.length() / 3)) {
      return best;
    }
    List<String> all = new ArrayList<>();
    known.forEach(all::add);
    return "one of: " + String.join(", ", all);
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static Set<String> ordered(String... names) {
    return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of(names)));
  }
}
