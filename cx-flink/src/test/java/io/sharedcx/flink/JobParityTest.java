package io.sharedcx.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.test.SyntheticPortfolios;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated journeys as events, shuffled within the allowed out-of-orderness: the job's findings as of
 * the end equal the batch engine's as of the same instant, ids and values.
 */
class JobParityTest {
  @RegisterExtension static final MiniClusterExtension CLUSTER = FlinkRuns.cluster();

  static final int JOURNEYS = Integer.getInteger("cx.flink.parity.journeys", 10_000);
  static final Duration OUT_OF_ORDER = Duration.ofHours(2);

  @TempDir Path dir;

  @Test
  void findingsAsOfTheEnd_equalTheBatchEngines() throws Exception {
    SyntheticPortfolios generator = new SyntheticPortfolios(42);
    Portfolio portfolio = generator.portfolio(JOURNEYS);
    Instant end =
        portfolio.journeys().stream().map(Journey::observedUntil).max(Instant::compareTo).get();
    long batchStart = System.nanoTime();
    Assessment batch = CxEngine.builder().build().assess(portfolio, end);
    long batchMillis = (System.nanoTime() - batchStart) / 1_000_000;
    assertThat(batch.failures()).isEmpty();
    Map<String, String> expected = new TreeMap<>();
    ObjectMapper json = CxJson.mapper();
    for (Violation v : batch.violations()) {
      expected.put("violation:" + v.id(), json.writeValueAsString(json.valueToTree(v)));
    }
    for (Recommendation r : batch.recommendations()) {
      expected.put("recommendation:" + r.id(), json.writeValueAsString(json.valueToTree(r)));
    }
    assertThat(expected).hasSizeGreaterThan(JOURNEYS / 10);

    List<String> lines = FlinkRuns.shuffledWithin(portfolio.journeys(), OUT_OF_ORDER, 7);
    Path events = FlinkRuns.write(dir.resolve("events.jsonl"), lines);
    CxFlinkJob.Settings settings =
        CxFlinkJob.Settings.of(
                FlinkRuns.partiesJson(portfolio),
                List.of(events.toString()),
                dir.resolve("out").toString())
            .withOutOfOrderness(OUT_OF_ORDER)
            .withEnd(end);
    long jobStart = System.nanoTime();
    JobExecutionResult result = FlinkRuns.run(settings);
    long jobMillis = (System.nanoTime() - jobStart) / 1_000_000;

    assertThat(FlinkRuns.count(result, CxFlinkJob.EVENTS_IN)).isEqualTo(lines.size());
    assertThat(FlinkRuns.count(result, CxFlinkJob.EVENTS_ASSESSED)).isEqualTo(lines.size());
    assertThat(FlinkRuns.count(result, CxFlinkJob.EVENTS_LATE)).isZero();
    // Upsert by id, the latest asOf winning; a withdrawal removes the finding.
    Map<String, String> actual = new TreeMap<>();
    Map<String, Instant> latest = new TreeMap<>();
    List<String> versions = new ArrayList<>();
    for (String line : FlinkRuns.output(dir.resolve("out"), "findings")) {
      JsonNode node = json.readTree(line);
      String id = node.get("id").asText();
      Instant asOf = Instant.parse(node.get("asOf").asText());
      versions.add(id + "@" + asOf);
      if (latest.containsKey(id) && !asOf.isAfter(latest.get(id))) {
        continue;
      }
      latest.put(id, asOf);
      if (node.has("withdrawn")) {
        actual.remove(id);
        continue;
      }
      JsonNode value = node.has("violation") ? node.get("violation") : node.get("recommendation");
      assertThat(value).as(line).isNotNull();
      actual.put(id, json.writeValueAsString(value));
    }
    assertThat(versions).doesNotHaveDuplicates();
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    assertThat(actual).isEqualTo(expected);
    System.out.printf(
        "parity: %,d journeys, %,d events, %,d findings; batch %,d ms, job %,d ms (parallelism %d)%n",
        JOURNEYS, lines.size(), expected.size(), batchMillis, jobMillis, FlinkRuns.PARALLELISM);
  }
}
