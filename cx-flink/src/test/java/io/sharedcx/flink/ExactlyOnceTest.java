package io.sharedcx.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharedcx.engine.CxEngine;
import io.sharedcx.flink.internal.JourneyEvent;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.test.SyntheticPortfolios;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A failure after a checkpoint: after the restart no finding is missing and none is duplicated. */
class ExactlyOnceTest {
  @RegisterExtension static final MiniClusterExtension CLUSTER = FlinkRuns.cluster();

  static final AtomicBoolean FAILED = new AtomicBoolean();

  /**
   * Fails once, at the first event after a checkpoint completed. Until then each event waits a few
   * milliseconds, so the events do not all pass before the first checkpoint (the job's tasks start
   * their engines first), whatever the machine's speed.
   */
  static final class FailOnceAfterCheckpoint
      implements MapFunction<JourneyEvent, JourneyEvent>, CheckpointListener {
    private static final long serialVersionUID = 1L;
    private transient volatile boolean checkpointed;

    @Override
    public JourneyEvent map(JourneyEvent event) throws InterruptedException {
      if (!checkpointed) {
        Thread.sleep(1);
      } else if (FAILED.compareAndSet(false, true)) {
        throw new IllegalStateException("failure injected after a checkpoint");
      }
      return event;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
      checkpointed = true;
    }
  }

  @TempDir Path dir;

  @Test
  void failureAfterACheckpoint_noFindingMissingOrDuplicated() throws Exception {
    SyntheticPortfolios generator = new SyntheticPortfolios(11);
    Portfolio portfolio = generator.portfolio(150);
    Instant end =
        portfolio.journeys().stream().map(Journey::observedUntil).max(Instant::compareTo).get();
    Assessment batch = CxEngine.builder().build().assess(portfolio, end);
    List<String> lines = FlinkRuns.shuffledWithin(portfolio.journeys(), Duration.ofHours(1), 5);
    Path events = FlinkRuns.write(dir.resolve("events.jsonl"), lines);
    Path out = dir.resolve("out");
    CxFlinkJob.Settings settings =
        CxFlinkJob.Settings.of(
                FlinkRuns.partiesJson(portfolio), List.of(events.toString()), out.toString())
            .withEnd(end);

    StreamExecutionEnvironment env = FlinkRuns.environment(100);
    CxFlinkJob.define(
        env,
        settings,
        stream -> stream.map(new FailOnceAfterCheckpoint()).name("fail once").setParallelism(1));
    env.execute("exactly once");
    assertThat(FAILED).isTrue();

    ObjectMapper json = CxJson.mapper();
    List<String> versions = new ArrayList<>();
    Map<String, Instant> latest = new TreeMap<>();
    Map<String, Boolean> shown = new TreeMap<>();
    for (String line : FlinkRuns.output(out, "findings")) {
      JsonNode node = json.readTree(line);
      String id = node.get("id").asText();
      Instant asOf = Instant.parse(node.get("asOf").asText());
      versions.add(id + "@" + asOf);
      if (!latest.containsKey(id) || asOf.isAfter(latest.get(id))) {
        latest.put(id, asOf);
        shown.put(id, !node.has("withdrawn"));
      }
    }
    assertThat(versions).doesNotHaveDuplicates();
    List<String> expected = new ArrayList<>();
    batch.violations().forEach(v -> expected.add("violation:" + v.id()));
    batch.recommendations().forEach(r -> expected.add("recommendation:" + r.id()));
    assertThat(shown.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey))
        .containsExactlyInAnyOrderElementsOf(expected);
  }
}
