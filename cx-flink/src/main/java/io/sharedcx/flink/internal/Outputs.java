package io.sharedcx.flink.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sharedcx.model.json.CxJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

/** The JSON lines the job writes: compact, one object a line, each with its deterministic id. */
final class Outputs {
  private Outputs() {}

  static ObjectMapper mapper() {
    return CxJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);
  }

  /** A finding's line, streamed (a tree would drop the scale of a decimal: 0.10 would read 0.1). */
  static String finding(
      ObjectMapper json, String id, String journey, Instant asOf, String kind, Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator line = json.createGenerator(out)) {
      line.writeStartObject();
      line.writeStringField("id", id);
      line.writeStringField("journey", journey);
      line.writeStringField("asOf", asOf.toString());
      line.writeFieldName(kind);
      json.writeValue(line, value);
      line.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the output line " + id, e);
    }
    return out.toString();
  }

  /** A window metric's line as of a day's end. */
  static String metric(ObjectMapper json, String id, Instant asOf, Object metric) {
    StringWriter out = new StringWriter();
    try (JsonGenerator line = json.createGenerator(out)) {
      line.writeStartObject();
      line.writeStringField("id", id);
      line.writeStringField("asOf", asOf.toString());
      line.writeFieldName("metric");
      json.writeValue(line, metric);
      line.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the output line " + id, e);
    }
    return out.toString();
  }

  static String line(ObjectMapper json, Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write an output line", e);
    }
  }
}
