package io.sharedcx.flink;

import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.TouchpointEvent;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.json.TouchpointEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;

/** The shared mini cluster (2 slots) and the helpers the job's tests share. */
final class FlinkRuns {
  static final int PARALLELISM = 2;

  private FlinkRuns() {}

  static MiniClusterExtension cluster() {
    return new MiniClusterExtension(
        new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(PARALLELISM)
            .build());
  }

  /**
   * An environment at parallelism 2 with generic types off (no Kryo fallback can hide), checkpoints
   * every {@code checkpointMillis}, and restarts allowed.
   */
  static StreamExecutionEnvironment environment(long checkpointMillis) {
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
    conf.set(
        RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY,
        java.time.Duration.ofMillis(100));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    env.setParallelism(PARALLELISM);
    env.enableCheckpointing(checkpointMillis, CheckpointingMode.EXACTLY_ONCE);
    return env;
  }

  static JobExecutionResult run(CxFlinkJob.Settings settings) throws Exception {
    StreamExecutionEnvironment env = environment(500);
    CxFlinkJob.define(env, settings);
    return env.execute("test");
  }

  static long count(JobExecutionResult result, String accumulator) {
    Long value = result.getAccumulatorResult(accumulator);
    return value == null ? 0 : value;
  }

  static String partiesJson(Portfolio portfolio) {
    return CxJson.write(Portfolio.builder().from(portfolio).journeys(List.of()).build());
  }

  /**
   * The journeys' events as lines, in event-time order but shuffled within {@code window}: each event
   * is moved to a random time at most {@code window} later, then the lines are sorted by that time.
   */
  static List<String> shuffledWithin(List<Journey> journeys, java.time.Duration window, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    record Placed(long sortAt, String line) {}
    List<Placed> placed = new ArrayList<>();
    for (Journey j : journeys) {
      for (TouchpointEvent e : TouchpointEvent.of(j)) {
        long jitter = window.isZero() ? 0 : random.nextLong(window.toMillis());
        placed.add(new Placed(e.time().toEpochMilli() + jitter, TouchpointEvents.write(e)));
      }
    }
    placed.sort(java.util.Comparator.comparingLong(Placed::sortAt));
    return placed.stream().map(Placed::line).toList();
  }

  static Path write(Path file, List<String> lines) {
    try {
      Files.write(file, lines);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The committed lines of one output kind (in-progress files, hidden by a leading dot, left out). */
  static List<String> output(Path out, String kind) {
    Path dir = out.resolve(kind);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      List<String> lines = new ArrayList<>();
      for (Path f :
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .toList()) {
        lines.addAll(Files.readAllLines(f));
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
