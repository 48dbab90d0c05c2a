package io.sharedcx.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.test.SyntheticPortfolios;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Late events reach their side output and are counted; a malformed line is reported with its file and
 * line and the job goes on; every line read is assessed, late or rejected.
 */
class LateAndBadEventsTest {
  @RegisterExtension static final MiniClusterExtension CLUSTER = FlinkRuns.cluster();

  static final String LATE =
      "{\"journey\":\"late-journey\",\"customer\":\"cust-1\",\"time\":\"2026-01-01T00:00:00Z\","
          + "\"touchpoint\":{\"kind\":\"research\",\"id\":\"late-research\",\"at\":\"2026-01-01T00:00:00Z\","
          + "\"channel\":\"WEB\",\"party\":\"brand\",\"products\":[\"sku-1\"]}}";

  @TempDir Path dir;

  @Test
  void lateEventsAndMalformedLines_areWrittenAndCounted_andTheRestAssessed() throws Exception {
    SyntheticPortfolios generator = new SyntheticPortfolios(3);
    Portfolio portfolio = generator.portfolio(30);
    List<String> lines =
        new ArrayList<>(FlinkRuns.shuffledWithin(portfolio.journeys(), Duration.ZERO, 1));
    lines.add(2, "{\"journey\":\"j1\",\"customer\":\"cust-1\",\"time\":\"not a time\"}");
    lines.add(LATE);
    Path events = FlinkRuns.write(dir.resolve("events.jsonl"), lines);
    Path out = dir.resolve("out");

    JobExecutionResult result =
        FlinkRuns.run(
            CxFlinkJob.Settings.of(
                FlinkRuns.partiesJson(portfolio), List.of(events.toString()), out.toString()));

    long in = FlinkRuns.count(result, CxFlinkJob.EVENTS_IN);
    long assessed = FlinkRuns.count(result, CxFlinkJob.EVENTS_ASSESSED);
    long late = FlinkRuns.count(result, CxFlinkJob.EVENTS_LATE);
    long rejected = FlinkRuns.count(result, CxFlinkJob.EVENTS_REJECTED);
    assertThat(List.of(in, assessed, late, rejected))
        .as("in, assessed, late, rejected; rejected: %s", FlinkRuns.output(out, "rejected"))
        .containsExactly((long) lines.size(), lines.size() - 2L, 1L, 1L);
    assertThat(late).isEqualTo(1);
    assertThat(rejected).isEqualTo(1);
    assertThat(assessed).isEqualTo(lines.size() - 2);
    assertThat(in).isEqualTo(assessed + late + rejected);

    ObjectMapper json = CxJson.mapper();
    List<String> rejectedLines = FlinkRuns.output(out, "rejected");
    assertThat(rejectedLines).hasSize(1);
    JsonNode bad = json.readTree(rejectedLines.get(0));
    assertThat(bad.get("id").asText()).isEqualTo("rejected:" + events + ":3");
    assertThat(bad.get("line").asLong()).isEqualTo(3);
    assertThat(bad.get("error").asText()).startsWith(events + ":3:").contains("$.time");

    List<String> lateLines = FlinkRuns.output(out, "late");
    assertThat(lateLines).hasSize(1);
    JsonNode lateEvent = json.readTree(lateLines.get(0));
    assertThat(lateEvent.get("id").asText()).isEqualTo("late:late-journey:late-research");
    assertThat(lateEvent.get("event").get("touchpoint").get("id").asText())
        .isEqualTo("late-research");

    assertThat(FlinkRuns.output(out, "findings"))
        .isNotEmpty()
        .noneMatch(l -> l.contains("late-journey"));
  }
}
