package io.sharedcx.flink.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sharedcx.engine.WindowCase;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Window cases as the compact JSON text state and records hold (the engine's values are not Flink types). */
final class CaseLines {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final char SEPARATOR = '\u001f';

  private CaseLines() {}

  /** {@return the key of the metric a case counts in: its standard, party and partnership} */
  static String metric(WindowCase c) {
    return c.standard()
        + SEPARATOR
        + c.party()
        + SEPARATOR
        + (c.partnership() == null ? "" : c.partnership());
  }

  /** {@return a metric key as it reads in an output id} */
  static String readable(String metric) {
    return metric.replace(SEPARATOR, ':');
  }

  /** {@return a case's key in its metric: the journey, the metric, the subject and the occurrence} */
  static String key(String journey, WindowCase c, int occurrence) {
    return journey + SEPARATOR + metric(c) + SEPARATOR + c.subject() + SEPARATOR + occurrence;
  }

  /** {@return the metric a case's key ({@link #key}) names: the key's second to fourth parts} */
  static String metricOfKey(String key) {
    int from = key.indexOf(SEPARATOR) + 1;
    int to = from;
    for (int part = 0; part < 3; part++) {
      to = key.indexOf(SEPARATOR, to) + 1;
    }
    return key.substring(from, to - 1);
  }

  static String write(WindowCase c) {
    ObjectNode node = JSON.createObjectNode();
    node.put("standard", c.standard());
    node.put("subject", c.subject());
    node.put("party", c.party());
    node.put("partnership", c.partnership());
    node.put("outcome", c.outcome().name());
    node.put("reason", c.reason());
    node.put("at", c.at() == null ? null : c.at().toString());
    node.put("carrier", c.carrier());
    node.put("node", c.node());
    ArrayNode products = node.putArray("products");
    c.products().forEach(products::add);
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the window case " + c.subject(), e);
    }
  }

  static WindowCase read(String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot read a window case from state: " + json, e);
    }
    List<String> products = new ArrayList<>();
    node.get("products").forEach(p -> products.add(p.asText()));
    return new WindowCase(
        node.get("standard").asText(),
        node.get("subject").asText(),
        node.get("party").asText(),
        text(node, "partnership"),
        WindowCase.Outcome.valueOf(node.get("outcome").asText()),
        text(node, "reason"),
        node.get("at").isNull() ? null : Instant.parse(node.get("at").asText()),
        text(node, "carrier"),
        text(node, "node"),
        products);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
