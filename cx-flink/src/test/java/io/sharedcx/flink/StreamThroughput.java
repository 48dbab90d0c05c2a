package io.sharedcx.flink;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.engine.WindowCase;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.test.SyntheticPortfolios;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The Flink job's throughput against the batch engine on the same journeys, in one run (run by
 * cx-benchmarks/bench.sh; not a test): events per second of the job on an embedded MiniCluster at
 * parallelism 1 and 2, the batch engine's events per second assessing the same journeys as of the same
 * end, and the state an open journey holds (the bytes of the strings in its keyed state: its events'
 * lines, its findings shown and its window cases, without the state backend's own overhead).
 *
 * <p>{@code StreamThroughput JOURNEYS [ROUNDS]}: a warm-up job at parallelism 2 on a tenth of the
 * journeys, then each measured figure ROUNDS times (default 2), the best kept.
 */
public final class StreamThroughput {
  private StreamThroughput() {}

  /**
   * Runs the measurement.
   *
   * @param args the number of journeys, and optionally the rounds
   * @throws Exception when a job fails
   */
  public static void main(String[] args) throws Exception {
    int journeys = Integer.parseInt(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Portfolio portfolio =
        Portfolio.builder()
            .from(new SyntheticPortfolios(42).portfolio(journeys))
            .feeds(List.of())
            .purchaseOrders(List.of())
            .stockAudits(List.of())
            .build();
    Instant end =
        portfolio.journeys().stream()
            .map(Journey::observedUntil)
            .max(Comparator.naturalOrder())
            .get();
    // The events, outputs and checkpoints of the runs (about 200 MB for 10,000 journeys) go when it
    // ends.
    Path dir = Files.createTempDirectory("cx-stream-throughput");
    try {
      List<String> lines = FlinkRuns.shuffledWithin(portfolio.journeys(), Duration.ofHours(2), 7);
      Path events = FlinkRuns.write(dir.resolve("events.jsonl"), lines);
      String parties = FlinkRuns.partiesJson(portfolio);

      CxEngine engine = CxEngine.builder().build();
      List<WindowCase> cases = new ArrayList<>();
      Assessment assessed = engine.assess(portfolio, end, cases::add);
      long stateBytes = 0;
      for (String line : lines) {
        stateBytes += line.getBytes(StandardCharsets.UTF_8).length;
      }
      for (Violation v : assessed.violations()) {
        stateBytes += CxJson.mapper().writeValueAsBytes(v).length;
      }
      for (Recommendation r : assessed.recommendations()) {
        stateBytes += CxJson.mapper().writeValueAsBytes(r).length;
      }
      for (WindowCase c : cases) {
        stateBytes += CxJson.mapper().writeValueAsBytes(c).length;
      }

      System.out.printf(
          "%,d journeys, %,d events (shuffled within 2 h), %,d findings, %,d window cases%n",
          journeys,
          lines.size(),
          assessed.violations().size() + assessed.recommendations().size(),
          cases.size());
      job(
          parties,
          FlinkRuns.write(dir.resolve("warm-up.jsonl"), lines.subList(0, lines.size() / 10)),
          dir,
          2,
          end);
      double batch = 0;
      double one = 0;
      double two = 0;
      for (int round = 0; round < rounds; round++) {
        long start = System.nanoTime();
        engine.assess(portfolio, end, c -> {});
        batch = Math.max(batch, lines.size() / seconds(start));
        one = Math.max(one, lines.size() / job(parties, events, dir, 1, end));
        two = Math.max(two, lines.size() / job(parties, events, dir, 2, end));
      }
      System.out.printf("batch engine (as of the end, one thread): %,.0f events/s%n", batch);
      System.out.printf(
          "Flink job, parallelism 1: %,.0f events/s (%.2fx the batch engine)%n", one, one / batch);
      System.out.printf(
          "Flink job, parallelism 2: %,.0f events/s (%.2fx the batch engine, %.2fx parallelism 1)%n",
          two, two / batch, two / one);
      System.out.printf(
          "state per open journey: %,d bytes of strings (events, findings shown, window cases)%n",
          stateBytes / journeys);
    } finally {
      deleteAll(dir);
    }
  }

  /** Deletes {@code dir} and everything under it. */
  private static void deleteAll(Path dir) throws java.io.IOException {
    try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Runs the job once and returns its wall-clock seconds. */
  private static double job(String parties, Path events, Path dir, int parallelism, Instant end)
      throws Exception {
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    // A failure fails the measurement instead of restarting the job.
    conf.set(org.apache.flink.configuration.RestartStrategyOptions.RESTART_STRATEGY, "none");
    // Checkpoints to files: the state of thousands of open journeys is past what the job manager's
    // memory takes (5 MB).
    conf.set(org.apache.flink.configuration.CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
    conf.set(
        org.apache.flink.configuration.CheckpointingOptions.CHECKPOINTS_DIRECTORY,
        dir.resolve("checkpoints").toUri().toString());
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(parallelism, conf);
    env.enableCheckpointing(10_000, CheckpointingMode.EXACTLY_ONCE);
    Path out = Files.createTempDirectory(dir, "out");
    CxFlinkJob.define(
        env,
        CxFlinkJob.Settings.of(parties, List.of(events.toString()), out.toString())
            .withOutOfOrderness(Duration.ofHours(2))
            .withEnd(end));
    long start = System.nanoTime();
    JobExecutionResult result = env.execute("throughput p" + parallelism);
    double took = seconds(start);
    if (FlinkRuns.count(result, CxFlinkJob.EVENTS_ASSESSED) == 0) {
      throw new IllegalStateException("the job assessed no event");
    }
    return took;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
