package io.sharedcx.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sharedcx.model.finding.AppliedThreshold;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Evidence;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.json.CxJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON and JSON Lines reports (see {@link ReportFormats}), written through one generator as the
 * parts come. Violations, recommendations and failures are written as the model writes them.
 */
final class JsonReport implements Report {
  private final ObjectMapper mapper;
  private final JsonGenerator json;
  private final ReportOptions options;
  private final boolean lines;
  private final Counts run = new Counts();
  private final List<FileTotals> files = new ArrayList<>();
  private Names runNames = Names.NONE;
  private FileTotals file;

  /** A file's name with its totals, and the error that stopped it, if any. */
  private static final class FileTotals {
    final String source;
    final Counts counts = new Counts();
    Names names = Names.NONE;
    final OpenObligations open = new OpenObligations();
    String error;

    FileTotals(String source) {
      this.source = source;
    }
  }

  JsonReport(Writer out, ReportOptions options, boolean lines) {
    this.options = options;
    this.lines = lines;
    // Flushed per file and at the end, not per value: a streamed run writes millions of values.
    this.mapper =
        CxJson.mapper()
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .configure(SerializationFeature.INDENT_OUTPUT, !lines);
    try {
      this.json =
          mapper
              .getFactory()
              .createGenerator(out)
              .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
              .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
      json.setCharacterEscapes(new TerminalSafeEscapes());
      if (lines) {
        json.setRootValueSeparator(null);
      } else {
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeArrayFieldStart("files");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void beginFile(String source) {
    file = new FileTotals(source);
    files.add(file);
    if (!lines) {
      io(
          () -> {
            json.writeStartObject();
            json.writeStringField("file", source);
            json.writeArrayFieldStart("journeys");
          });
    }
  }

  @Override
  public void names(Names names) {
    file.names = names;
    runNames = runNames.and(names);
  }

  @Override
  public void add(Assessment whole) {
    Assessment part = file.counts.add(whole, options.filter());
    file.open.add(whole);
    io(
        () -> {
          json.writeStartObject();
          if (lines) {
            json.writeStringField("file", file.source);
          }
          json.writeFieldName("journeysAssessed");
          mapper.writeValue(json, part.journeysAssessed());
          List<Violation> violations = Parts.violations(part.violations());
          json.writeFieldName("violations");
          mapper.writeValue(json, violations);
          json.writeFieldName("recommendations");
          mapper.writeValue(json, Parts.recommendations(part.recommendations()));
          json.writeFieldName("failures");
          mapper.writeValue(json, part.failures());
          if (part.asOf() != null) {
            json.writeFieldName("obligations");
            mapper.writeValue(json, part.obligations());
          }
          if (options.explain()) {
            json.writeArrayFieldStart("explanations");
            for (Violation v : violations) {
              explain(v);
            }
            json.writeEndArray();
          }
          json.writeEndObject();
          endLine();
        });
  }

  private void explain(Violation v) throws IOException {
    json.writeStartObject();
    json.writeStringField("violation", v.id());
    json.writeStringField("rule", v.rule());
    json.writeStringField("standard", v.standard());
    json.writeStringField("title", v.title());
    json.writeStringField("docPage", ViolationText.docPage(v));
    json.writeArrayFieldStart("matched");
    for (Evidence e : v.evidence()) {
      json.writeString(e.toString());
    }
    json.writeEndArray();
    json.writeStringField("responsibleParty", v.responsibleParty());
    if (v.customerFacingParty() != null && !v.customerFacingParty().equals(v.responsibleParty())) {
      json.writeStringField("customerFacingParty", v.customerFacingParty());
    }
    if (v.brand() != null && !v.brand().equals(v.responsibleParty())) {
      json.writeStringField("brand", v.brand());
    }
    json.writeStringField("because", v.responsibility());
    json.writeArrayFieldStart("thresholds");
    for (AppliedThreshold t : v.thresholds()) {
      json.writeString(ViolationText.words(t));
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  @Override
  public void endFile() {
    finishFile();
  }

  @Override
  public void fileFailed(String message) {
    file.error = message;
    finishFile();
  }

  private void finishFile() {
    run.add(file.counts);
    io(
        () -> {
          if (lines) {
            if (file.open.asOfAnInstant()) {
              json.writeStartObject();
              json.writeStringField("file", file.source);
              alarms(file.open);
              json.writeEndObject();
              endLine();
            }
            if (file.error != null) {
              json.writeStartObject();
              json.writeStringField("file", file.source);
              json.writeStringField("error", file.error);
              json.writeEndObject();
              endLine();
            }
          } else {
            json.writeEndArray();
            if (file.error != null) {
              json.writeStringField("error", file.error);
            }
            if (file.open.asOfAnInstant()) {
              alarms(file.open);
            }
            totals("totals", file.counts, file.names);
            json.writeEndObject();
          }
          json.flush();
        });
  }

  @Override
  public void flush() {
    io(json::flush);
  }

  @Override
  public void close() {
    io(
        () -> {
          if (lines) {
            json.writeStartObject();
            totals("totals", run, runNames);
            filter();
            standardsRun();
            json.writeArrayFieldStart("files");
            for (FileTotals f : files) {
              json.writeStartObject();
              json.writeStringField("file", f.source);
              if (f.error != null) {
                json.writeStringField("error", f.error);
              }
              totals("totals", f.counts, f.names);
              json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            endLine();
          } else {
            json.writeEndArray();
            filter();
            standardsRun();
            totals("totals", run, runNames);
            json.writeEndObject();
            json.writeRaw(System.lineSeparator());
          }
          json.flush();
        });
  }

  /** The instant, the alarms of the open obligations and the next instant a status changes. */
  private void alarms(OpenObligations open) throws IOException {
    json.writeFieldName("asOf");
    mapper.writeValue(json, open.asOf());
    json.writeFieldName("alarms");
    mapper.writeValue(json, open.alarms());
    json.writeFieldName("nextChangeAt");
    mapper.writeValue(json, open.nextChangeAt());
  }

  private void standardsRun() throws IOException {
    json.writeArrayFieldStart("standardsRun");
    for (String id : run.standardsRun) {
      json.writeString(id);
    }
    json.writeEndArray();
  }

  /** The filter asked for, when one is: {@code {"parties": [...], "minSeverity": "HIGH"}}. */
  private void filter() throws IOException {
    FindingFilter filter = options.filter();
    if (!filter.active()) {
      return;
    }
    json.writeObjectFieldStart("filter");
    json.writeArrayFieldStart("parties");
    for (String party : filter.parties()) {
      json.writeString(party);
    }
    json.writeEndArray();
    json.writeStringField("minSeverity", filter.minSeverity().name());
    json.writeEndObject();
  }

  private void totals(String field, Counts counts, Names names) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeNumberField("assessed", counts.assessed);
    json.writeNumberField("failed", counts.failed);
    json.writeNumberField("violations", counts.violations);
    json.writeNumberField("recommendations", counts.recommendations);
    json.writeObjectFieldStart("byParty");
    for (Map.Entry<String, Counts.PartyCounts> e : counts.parties()) {
      Counts.PartyCounts party = e.getValue();
      json.writeObjectFieldStart(e.getKey());
      Optional<String> name = names.partyName(e.getKey());
      if (name.isPresent()) {
        json.writeStringField("name", name.get());
      }
      json.writeNumberField("violations", party.violations);
      json.writeObjectFieldStart("bySeverity");
      for (Map.Entry<Severity, Long> s : party.severities()) {
        json.writeNumberField(s.getKey().name(), s.getValue());
      }
      json.writeEndObject();
      json.writeObjectFieldStart("byStandard");
      for (Map.Entry<String, Long> s : party.standards()) {
        json.writeNumberField(s.getKey(), s.getValue());
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndObject();
    if (options.filter().active()) {
      json.writeObjectFieldStart("filteredOut");
      json.writeNumberField("violations", counts.hiddenViolations());
      json.writeNumberField("ofOtherParties", counts.hiddenOfOtherParties);
      json.writeNumberField("belowMinSeverity", counts.hiddenBelowSeverity);
      json.writeNumberField("recommendations", counts.hiddenRecommendations);
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private void endLine() throws IOException {
    if (lines) {
      json.writeRaw('\n');
    }
  }

  private interface Output {
    void write() throws IOException;
  }

  private static void io(Output output) {
    try {
      output.write();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Jackson's escapes plus the characters a terminal acts on that JSON allows raw: DEL, the C1
   * controls, the line and paragraph separators and the bidirectional formatting characters.
   */
  private static final class TerminalSafeEscapes extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    TerminalSafeEscapes() {
      ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return Printable.isUnsafe((char) ch)
          ? new SerializedString(String.format("\\u%04x", ch))
          : null;
    }
  }
}
