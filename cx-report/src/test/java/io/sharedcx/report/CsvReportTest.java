package io.sharedcx.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Failure;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.Violation;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV of findings and of window metrics, read back with a CSV parser. */
class CsvReportTest {
  static List<List<String>> parse(String csv) throws Exception {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> rows =
        mapper.readerForListOf(String.class).readValues(csv)) {
      return rows.readAll();
    }
  }

  @Test
  void assessCsv_hasAHeader_andARowPerViolationAndFailure_withHostileTextIntact() throws Exception {
    HtmlReport.Input input = Fixtures.input(2, 1, 2, true);
    Assessment part =
        Assessment.builder()
            .from(input.assessment())
            .addFailures(
                Failure.builder().journey("j9").message("stopped, \"runaway\"\r\nline 2").build())
            .build();
    StringWriter out = new StringWriter();
    try (Report report = ReportFormats.named("csv").open(out, ReportOptions.DEFAULT)) {
      report.beginFile("a,b.json");
      report.names(input.names());
      report.add(part);
      report.endFile();
    }
    String csv = out.toString();
    assertThat(csv)
        .startsWith(String.join(",", CsvReport.COLUMNS) + "\r\n")
        .endsWith("\r\n")
        .doesNotContainPattern("[^\r]\n(?!line 2)");
    List<List<String>> rows = parse(csv);
    assertThat(rows.get(0)).isEqualTo(CsvReport.COLUMNS);
    List<Violation> violations = part.violations();
    assertThat(rows).hasSize(1 + violations.size() + 1);
    for (List<String> row : rows.subList(1, rows.size())) {
      assertThat(row).hasSize(CsvReport.COLUMNS.size());
      assertThat(row.get(0)).isEqualTo("a,b.json");
    }
    for (Violation v : violations) {
      List<String> row =
          rows.stream().filter(r -> r.get(3).equals(v.id())).findFirst().orElseThrow();
      assertThat(row.get(1)).isEqualTo("violation");
      assertThat(row.get(4)).isEqualTo(v.standard());
      assertThat(row.get(6)).isEqualTo(v.severity().name());
      assertThat(row.get(7)).isEqualTo(v.responsibleParty());
      assertThat(row.get(10)).isEqualTo(v.message());
      assertThat(row.get(11)).isEqualTo(v.at().toString());
      assertThat(row.get(15))
          .isEqualTo(v.thresholds().isEmpty() ? "" : CsvReport.thresholds(v.thresholds()));
    }
    List<String> slip =
        rows.stream().filter(r -> r.get(3).equals("J:partner-1:slip")).findFirst().orElseThrow();
    assertThat(slip.get(8)).isEqualTo("Partner 1 Ltd" + Fixtures.HOSTILE);
    assertThat(slip.get(15))
        .isEqualTo("maxHours=48 hours (default: Amazon Seller Central" + Fixtures.HOSTILE + ")");
    assertThat(slip.get(17)).isEqualTo("Add the slip" + Fixtures.HOSTILE);
    assertThat(slip.get(19)).isEqualTo("brand");
    assertThat(slip.get(20)).isEqualTo("2026-03-26T00:00:00Z");
    List<String> failure = rows.get(rows.size() - 1);
    assertThat(failure.get(1)).isEqualTo("failure");
    assertThat(failure.get(10)).isEqualTo("stopped, \"runaway\"\r\nline 2");
  }

  @Test
  void assessCsv_withoutFindings_isTheHeaderAlone() throws Exception {
    StringWriter out = new StringWriter();
    try (Report report = ReportFormats.CSV.open(out, ReportOptions.DEFAULT)) {
      report.beginFile("a.json");
      report.add(Assessment.builder().build());
      report.endFile();
    }
    assertThat(parse(out.toString())).containsExactly(CsvReport.COLUMNS);
  }

  @Test
  void windowCsv_hasARowPerMetric_withTheAssessmentsNumbers() throws Exception {
    HtmlReport.Input input = Fixtures.input(3, 4, 6, false);
    StringWriter out = new StringWriter();
    WindowCsv csv = WindowCsv.open(out);
    csv.add("m.json", input.window(), input.names());
    csv.flush();
    List<List<String>> rows = parse(out.toString());
    assertThat(rows.get(0)).isEqualTo(WindowCsv.COLUMNS);
    List<MetricResult> metrics = input.window().metrics();
    assertThat(rows).hasSize(1 + metrics.size());
    for (int i = 0; i < metrics.size(); i++) {
      MetricResult m = metrics.get(i);
      List<String> row = rows.get(i + 1);
      assertThat(row).hasSize(WindowCsv.COLUMNS.size());
      assertThat(row.get(1)).isEqualTo(m.party());
      assertThat(row.get(2)).isEqualTo(input.names().partyName(m.party()).orElseThrow());
      assertThat(row.get(4)).isEqualTo(m.standard());
      assertThat(row.get(6)).isEqualTo(m.status().name());
      assertThat(Long.parseLong(row.get(7))).isEqualTo(m.numerator());
      assertThat(Long.parseLong(row.get(8))).isEqualTo(m.denominator());
      assertThat(Double.parseDouble(row.get(10))).isEqualTo(m.rate());
      assertThat(Double.parseDouble(row.get(11))).isEqualTo(m.overallRate());
      assertThat(Double.parseDouble(row.get(12))).isEqualTo(m.target());
      assertThat(Double.parseDouble(row.get(19))).isEqualTo(m.projection().rate());
      assertThat(row.get(25).split(" ")).hasSize(m.history().size());
      assertThat(Integer.parseInt(row.get(27)))
          .isEqualTo(input.window().scorecard(m.party()).orElseThrow().score());
    }
  }
}
