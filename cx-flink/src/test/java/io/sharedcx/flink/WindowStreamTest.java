package io.sharedcx.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sharedcx.engine.CxEngine;
import io.sharedcx.engine.WindowCase;
import io.sharedcx.engine.WindowOptions;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.Window;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.test.SyntheticPortfolios;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Window metrics in the stream: each day's end judges the window that ends then from the journeys'
 * window cases. On shuffled events, the metrics of the last day equal the batch engine's for the same
 * window, from the same journeys as of the same end, in every value but the order of the listed failed
 * subjects (the stream lists them by time, the batch by journey); and the days before it are written
 * too, each once.
 */
class WindowStreamTest {
  @RegisterExtension static final MiniClusterExtension CLUSTER = FlinkRuns.cluster();

  static final Duration WINDOW = Duration.ofDays(7);
  static final int PERIODS = 3;

  @TempDir Path dir;

  @Test
  void lastDaysMetrics_equalTheBatchEngines() throws Exception {
    Portfolio generated = new SyntheticPortfolios(23).portfolio(1_000);
    // The stream judges journeys only; portfolio-level facts (feeds, purchase orders, audits) stay
    // with
    // the batch engine.
    Portfolio portfolio =
        Portfolio.builder()
            .from(generated)
            .feeds(List.of())
            .purchaseOrders(List.of())
            .stockAudits(List.of())
            .build();
    Instant end =
        portfolio.journeys().stream().map(Journey::observedUntil).max(Instant::compareTo).get();
    Instant lastDay = end.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
    Window window = Window.of(lastDay.minus(WINDOW), lastDay);

    CxEngine engine = CxEngine.builder().build();
    List<WindowCase> cases = new ArrayList<>();
    engine.assess(portfolio, end, cases::add);
    Portfolio parties = Portfolio.builder().from(portfolio).journeys(List.of()).build();
    List<MetricResult> batch =
        engine.windowMetrics(parties, window, WindowOptions.periods(PERIODS), cases, end);
    assertThat(batch).hasSizeGreaterThan(5);

    ObjectMapper json = CxJson.mapper();
    Map<String, String> expected = new TreeMap<>();
    for (MetricResult m : batch) {
      expected.put(
          "metric:"
              + m.standard()
              + ":"
              + m.party()
              + ":"
              + (m.partnership() == null ? "" : m.partnership())
              + ":"
              + lastDay,
          withoutDrivers(json.valueToTree(m)));
    }

    Path events =
        FlinkRuns.write(
            dir.resolve("events.jsonl"),
            FlinkRuns.shuffledWithin(portfolio.journeys(), Duration.ofHours(2), 5));
    Path out = dir.resolve("out");
    FlinkRuns.run(
        CxFlinkJob.Settings.of(
                FlinkRuns.partiesJson(portfolio), List.of(events.toString()), out.toString())
            .withOutOfOrderness(Duration.ofHours(2))
            .withEnd(end)
            .withWindow(WINDOW, PERIODS));

    Map<String, String> last = new TreeMap<>();
    Map<String, Integer> written = new TreeMap<>();
    for (String line : FlinkRuns.output(out, "metrics")) {
      JsonNode node = json.readTree(line);
      String id = node.get("id").asText();
      written.merge(id, 1, Integer::sum);
      if (node.get("asOf").asText().equals(lastDay.toString())) {
        last.put(id, withoutDrivers(node.get("metric")));
      }
    }
    assertThat(written)
        .as("each day's metric is written once")
        .allSatisfy((id, n) -> assertThat(n).isOne());
    assertThat(written.size()).as("earlier days are written too").isGreaterThan(last.size());
    assertThat(last).isEqualTo(expected);
  }

  private static String withoutDrivers(JsonNode metric) {
    ObjectNode copy = metric.deepCopy();
    copy.remove("drivers");
    return copy.toString();
  }
}
