package io.sharedcx.flink;

import io.sharedcx.flink.internal.CaseChange;
import io.sharedcx.flink.internal.EventLine;
import io.sharedcx.flink.internal.EventParser;
import io.sharedcx.flink.internal.EveryEventWatermarks;
import io.sharedcx.flink.internal.JourneyAssessor;
import io.sharedcx.flink.internal.JourneyEvent;
import io.sharedcx.flink.internal.NumberedLines;
import io.sharedcx.flink.internal.WindowMetrics;
import io.sharedcx.model.json.CxJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;
import org.jspecify.annotations.Nullable;

/**
 * The SharedCX job on Apache Flink: reads touchpoint event files (docs/EVENTS.md), keys them by
 * journey, judges each journey as of event time at each of its events and deadlines, and writes the
 * findings, alarms, late events and rejected lines as JSON lines, exactly once (files are committed
 * at checkpoints). Run it with {@code java -jar cx-flink.jar --portfolio P --events E --out DIR} on
 * an embedded cluster, or submit the same jar with {@code flink run} (see the README).
 *
 * <pre>{@code
 * StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
 * env.enableCheckpointing(10_000);
 * CxFlinkJob.define(env, CxFlinkJob.Settings.of(partiesJson, List.of("events.jsonl"), "out"));
 * env.execute("sharedcx");
 * }</pre>
 */
public final class CxFlinkJob {
  /** The accumulator counting the event lines read (blank lines are not events). */
  public static final String EVENTS_IN = EventParser.IN;

  /** The accumulator counting the lines that could not be read. */
  public static final String EVENTS_REJECTED = EventParser.REJECTED_COUNT;

  /** The accumulator counting the events taken into their journeys. */
  public static final String EVENTS_ASSESSED = JourneyAssessor.ASSESSED;

  /** The accumulator counting the late events. */
  public static final String EVENTS_LATE = JourneyAssessor.LATE_COUNT;

  private CxFlinkJob() {}

  /**
   * What the job reads, writes and waits for.
   *
   * @param partiesJson the parties, partnerships, products and customers: a portfolio file's text,
   *     without journeys
   * @param events the events files (local paths or any file system Flink reads)
   * @param out the directory the outputs are written under: {@code findings/}, {@code alarms/},
   *     {@code metrics/}, {@code late/} and {@code rejected/}
   * @param outOfOrderness how far behind the latest event an event may come (the watermark's bound)
   * @param allowedLateness how far behind the watermark an event is still taken; older ones are late
   * @param quietPeriod how long after a journey's latest event its state is kept (plus the allowed
   *     lateness)
   * @param idleness after how long without events a file stops holding the watermark back
   * @param end the last instant judged: each journey is judged as of it at the end; null for none
   *     (every deadline is judged as the watermark passes it)
   * @param window the window metrics' length, whole days: each day's end judges the window that ends then
   * @param periods the periods of each metric's trend line, the window included (1 to {@link
   *     io.sharedcx.engine.WindowOptions#MAX_PERIODS})
   */
  public record Settings(
      String partiesJson,
      List<String> events,
      String out,
      Duration outOfOrderness,
      Duration allowedLateness,
      Duration quietPeriod,
      Duration idleness,
      @Nullable Instant end,
      Duration window,
      int periods) {
    /**
     * Checks the settings.
     *
     * @param partiesJson the parties as JSON text
     * @param events the events files
     * @param out the output directory
     * @param outOfOrderness the watermark's bound
     * @param allowedLateness the allowed lateness
     * @param quietPeriod the quiet period
     * @param idleness the idleness timeout
     * @param end the last instant judged, or null
     * @param window the window metrics' length
     * @param periods the periods of the trend line
     */
    public Settings {
      Objects.requireNonNull(partiesJson, "partiesJson");
      events = List.copyOf(events);
      if (events.isEmpty()) {
        throw new IllegalArgumentException("no events file. Maybe give --events FILE");
      }
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(outOfOrderness, "outOfOrderness");
      Objects.requireNonNull(allowedLateness, "allowedLateness");
      if (outOfOrderness.isNegative() || allowedLateness.isNegative()) {
        throw new IllegalArgumentException(
            "out-of-orderness "
                + outOfOrderness
                + " and allowed lateness "
                + allowedLateness
                + ": neither may be negative. Maybe PT1H and PT0S");
      }
      Objects.requireNonNull(quietPeriod, "quietPeriod");
      Objects.requireNonNull(idleness, "idleness");
      Objects.requireNonNull(window, "window");
      if (window.isNegative() || window.isZero() || window.toMillis() % 86_400_000L != 0) {
        throw new IllegalArgumentException(
            "window " + window + ": must be whole days. Maybe give --window P30D");
      }
      if (periods < 1 || periods > io.sharedcx.engine.WindowOptions.MAX_PERIODS) {
        throw new IllegalArgumentException(
            "periods "
                + periods
                + ": must be 1 to "
                + io.sharedcx.engine.WindowOptions.MAX_PERIODS
                + ". Maybe give --periods 6");
      }
    }

    /**
     * {@return settings with the defaults: one hour out of order, no allowed lateness beyond it, a
     * quiet period of 30 days, one minute of idleness, no end, window metrics over 30 days with six
     * periods}
     *
     * @param partiesJson the parties as JSON text
     * @param events the events files
     * @param out the output directory
     */
    public static Settings of(String partiesJson, List<String> events, String out) {
      return new Settings(
          partiesJson,
          events,
          out,
          Duration.ofHours(1),
          Duration.ZERO,
          Duration.ofDays(30),
          Duration.ofMinutes(1),
          null,
          Duration.ofDays(30),
          6);
    }

    /**
     * {@return these settings with another watermark bound}
     *
     * @param bound how far behind the latest event an event may come
     */
    public Settings withOutOfOrderness(Duration bound) {
      return new Settings(
          partiesJson,
          events,
          out,
          bound,
          allowedLateness,
          quietPeriod,
          idleness,
          end,
          window,
          periods);
    }

    /**
     * {@return these settings with another allowed lateness}
     *
     * @param lateness how far behind the watermark an event is still taken
     */
    public Settings withAllowedLateness(Duration lateness) {
      return new Settings(
          partiesJson,
          events,
          out,
          outOfOrderness,
          lateness,
          quietPeriod,
          idleness,
          end,
          window,
          periods);
    }

    /**
     * {@return these settings with an end: every journey is judged as of it, and nothing after it}
     *
     * @param last the last instant judged
     */
    public Settings withEnd(Instant last) {
      return new Settings(
          partiesJson,
          events,
          out,
          outOfOrderness,
          allowedLateness,
          quietPeriod,
          idleness,
          last,
          window,
          periods);
    }

    /**
     * {@return these settings with other window metrics}
     *
     * @param length the window's length, whole days
     * @param trendPeriods the periods of the trend line, the window included
     */
    public Settings withWindow(Duration length, int trendPeriods) {
      return new Settings(
          partiesJson,
          events,
          out,
          outOfOrderness,
          allowedLateness,
          quietPeriod,
          idleness,
          end,
          length,
          trendPeriods);
    }
  }

  /**
   * Adds the job to {@code env}: a file source per events file, the parser, the journey assessor and
   * the file sinks. Checkpointing, parallelism and the restart strategy are the environment's.
   *
   * @param env the environment
   * @param settings what to read and write
   */
  public static void define(StreamExecutionEnvironment env, Settings settings) {
    define(env, settings, events -> events);
  }

  /** As {@link #define(StreamExecutionEnvironment, Settings)}, with {@code tap} between reading and assessing (tests inject failures there). */
  static void define(
      StreamExecutionEnvironment env,
      Settings settings,
      java.util.function.UnaryOperator<DataStream<JourneyEvent>> tap) {
    List<DataStream<EventLine>> files = new ArrayList<>();
    for (String file : settings.events()) {
      FileSource<EventLine> source =
          FileSource.forRecordStreamFormat(new NumberedLines(file), new Path(file)).build();
      // One reader per file: a file is one split, read in order, so line numbers and lateness are
      // the
      // same on every run.
      files.add(
          env.fromSource(source, WatermarkStrategy.noWatermarks(), "events " + file)
              .setParallelism(1));
    }
    DataStream<EventLine> lines = files.get(0);
    for (DataStream<EventLine> more : files.subList(1, files.size())) {
      lines = lines.union(more);
    }
    SingleOutputStreamOperator<JourneyEvent> events =
        lines.process(new EventParser()).name("read events").setParallelism(1);
    DataStream<String> rejected = events.getSideOutput(EventParser.REJECTED);

    Duration bound = settings.outOfOrderness();
    WatermarkStrategy<JourneyEvent> watermarks =
        WatermarkStrategy.<JourneyEvent>forGenerator(context -> new EveryEventWatermarks(bound))
            .withTimestampAssigner((event, previous) -> event.time())
            .withIdleness(settings.idleness());
    long end = settings.end() == null ? Long.MAX_VALUE : settings.end().toEpochMilli();
    SingleOutputStreamOperator<String> findings =
        tap.apply(events)
            .assignTimestampsAndWatermarks(watermarks)
            .setParallelism(1)
            .keyBy(JourneyEvent::journey)
            .process(
                new JourneyAssessor(
                    settings.partiesJson(),
                    settings.allowedLateness().toMillis(),
                    settings.quietPeriod().toMillis(),
                    end))
            .name("assess journeys");

    findings.sinkTo(sink(settings.out(), "findings")).name("findings");
    findings
        .getSideOutput(JourneyAssessor.ALARMS)
        .sinkTo(sink(settings.out(), "alarms"))
        .name("alarms");
    findings.getSideOutput(JourneyAssessor.LATE).sinkTo(sink(settings.out(), "late")).name("late");
    findings
        .getSideOutput(JourneyAssessor.CASES)
        .keyBy(CaseChange::metric)
        .process(
            new WindowMetrics(
                settings.partiesJson(), settings.window().toMillis(), settings.periods(), end))
        .name("window metrics")
        .sinkTo(sink(settings.out(), "metrics"))
        .name("metrics");
    rejected.sinkTo(sink(settings.out(), "rejected")).name("rejected").setParallelism(1);
  }

  private static FileSink<String> sink(String out, String kind) {
    return FileSink.forRowFormat(
            new Path(out, kind), new SimpleStringEncoder<String>(StandardCharsets.UTF_8.name()))
        .withBucketAssigner(new BasePathBucketAssigner<>())
        .withRollingPolicy(OnCheckpointRollingPolicy.build())
        .withOutputFileConfig(
            OutputFileConfig.builder().withPartPrefix(kind).withPartSuffix(".jsonl").build())
        .build();
  }

  /** The command line's usage, printed with its mistakes. */
  static final String USAGE =
      "usage: java -jar cx-flink.jar --portfolio FILE --events FILE [--events FILE]... --out DIR"
          + " [--parallelism N] [--checkpoint-interval MS] [--out-of-orderness PT1H]"
          + " [--allowed-lateness PT0S] [--checkpoint-dir DIR] [--window P30D] [--periods 6]"
          + " [--end INSTANT] [--restarts 3]";

  /** The options the command line takes, each with a value. */
  private static final List<String> OPTIONS =
      List.of(
          "--portfolio",
          "--events",
          "--out",
          "--parallelism",
          "--checkpoint-interval",
          "--out-of-orderness",
          "--allowed-lateness",
          "--checkpoint-dir",
          "--window",
          "--periods",
          "--end",
          "--restarts");

  /**
   * How often a failed job is restarted from its last checkpoint before the run gives up, unless
   * {@code --restarts} says otherwise.
   */
  static final int RESTARTS = 3;

  /**
   * Runs the job: {@code --portfolio FILE --events FILE [--events FILE]... --out DIR [--parallelism N]
   * [--checkpoint-interval MS] [--out-of-orderness ISO-DURATION] [--allowed-lateness ISO-DURATION]
   * [--checkpoint-dir DIR] [--window ISO-DURATION] [--periods N] [--end INSTANT] [--restarts N]}.
   * Checkpoints go to files under {@code --checkpoint-dir}, by default {@code DIR/_checkpoints} of the
   * output. Started with {@code java -jar}, it runs on an embedded cluster; with {@code flink run}, on
   * that cluster.
   * Prints the counts when done, and exits 0. A mistake in the arguments or the parties file, or a job
   * that still fails after its restarts ({@value #RESTARTS} unless {@code --restarts} says otherwise),
   * is one line on standard error and exit 2.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int exit = run(args, System.out, System.err);
    if (exit != 0) {
      System.exit(exit);
    }
  }

  /**
   * Runs the job as {@link #main} does, printing to the given streams.
   *
   * @param args the arguments
   * @param out where the counts go
   * @param err where a mistake goes, in one line
   * @return 0 when the job ran to its end, 2 for a mistake in the arguments or input, or a failed job
   */
  static int run(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
    int restarts = RESTARTS;
    try {
      Map<String, List<String>> options = options(args);
      String times = single(options, "--restarts");
      if (times != null) {
        restarts = (int) number("--restarts", times, 0);
      }
      JobExecutionResult result = execute(options, restarts);
      out.printf(
          "events read %d, assessed %d, late %d, rejected %d; outputs in %s%n",
          (Long) result.getAccumulatorResult(EVENTS_IN),
          (Long) result.getAccumulatorResult(EVENTS_ASSESSED),
          (Long) result.getAccumulatorResult(EVENTS_LATE),
          (Long) result.getAccumulatorResult(EVENTS_REJECTED),
          single(options, "--out"));
      return 0;
    } catch (IllegalArgumentException | io.sharedcx.model.json.InputException e) {
      err.println("cx-flink: " + e.getMessage());
      if (e instanceof UsageMistake) {
        err.println(USAGE);
      }
      return 2;
    } catch (Exception e) {
      Throwable cause = rootCause(e);
      String reason = cause.getMessage() == null ? "" : cause.getMessage().strip();
      if (reason.endsWith(".")) {
        reason = reason.substring(0, reason.length() - 1);
      }
      err.println(
          "cx-flink: the job failed"
              + (restarts == 0
                  ? ""
                  : ", and again after "
                      + restarts
                      + (restarts == 1 ? " restart" : " restarts")
                      + " from its last checkpoint")
              + ": "
              + cause.getClass().getSimpleName()
              + (reason.isEmpty() ? "" : ": " + reason)
              + ". What the job committed before stays in the output directory");
      return 2;
    }
  }

  /**
   * What made a job fail: the innermost cause, or, where the innermost is wrapped in its own type, the
   * outermost of that type, which says more (a file system Flink has no plug-in for names its scheme
   * there, and only "Hadoop is not in the classpath" below).
   */
  private static Throwable rootCause(Throwable e) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    int root = chain.size() - 1;
    while (root > 0 && chain.get(root - 1).getClass() == chain.get(root).getClass()) {
      root--;
    }
    return chain.get(root);
  }

  /** A mistake in how the command line is written: its usage is printed after it. */
  private static final class UsageMistake extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UsageMistake(String message) {
      super(message);
    }
  }

  private static JobExecutionResult execute(Map<String, List<String>> options, int restarts)
      throws Exception {
    String portfolio = single(options, "--portfolio");
    List<String> events = options.getOrDefault("--events", List.of());
    String out = single(options, "--out");
    if (portfolio == null || events.isEmpty() || out == null) {
      throw new UsageMistake(
          "no "
              + (portfolio == null ? "--portfolio" : events.isEmpty() ? "--events" : "--out")
              + " given. Maybe: --portfolio parties.json --events events.jsonl --out out/");
    }
    java.nio.file.Path partiesFile = java.nio.file.Path.of(portfolio);
    if (!Files.isRegularFile(partiesFile)) {
      throw new IllegalArgumentException(
          "--portfolio " + portfolio + ": no such file. Maybe check the path");
    }
    for (String file : events) {
      // A local file that is not there would have the job restart until it gave up.
      if (!file.contains("://") && !Files.isRegularFile(java.nio.file.Path.of(file))) {
        throw new IllegalArgumentException(
            "--events " + file + ": no such file. Maybe check the path");
      }
    }
    String parties = Files.readString(partiesFile, StandardCharsets.UTF_8);
    if (!CxJson.readPortfolio(parties, portfolio).journeys().isEmpty()) {
      throw new IllegalArgumentException(
          portfolio + ": has journeys; the job's journeys come from the events. Maybe remove them");
    }
    Settings settings = Settings.of(parties, events, out);
    String bound = single(options, "--out-of-orderness");
    if (bound != null) {
      settings = settings.withOutOfOrderness(duration("--out-of-orderness", bound, "PT1H"));
    }
    String lateness = single(options, "--allowed-lateness");
    if (lateness != null) {
      settings = settings.withAllowedLateness(duration("--allowed-lateness", lateness, "PT0S"));
    }
    String length = single(options, "--window");
    String trend = single(options, "--periods");
    if (length != null || trend != null) {
      settings =
          settings.withWindow(
              length == null ? settings.window() : duration("--window", length, "P30D"),
              trend == null ? settings.periods() : (int) number("--periods", trend, 1));
    }
    String last = single(options, "--end");
    if (last != null) {
      settings = settings.withEnd(instant("--end", last));
    }
    // Checkpoints go to files: the state of thousands of open journeys is past what the job
    // manager's memory takes (5 MB). Without --checkpoint-dir they go under the output directory.
    String checkpoints = single(options, "--checkpoint-dir");
    org.apache.flink.configuration.Configuration conf =
        new org.apache.flink.configuration.Configuration();
    conf.set(org.apache.flink.configuration.CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
    conf.set(
        org.apache.flink.configuration.CheckpointingOptions.CHECKPOINTS_DIRECTORY,
        checkpoints != null
            ? checkpoints
            : new Path(new Path(out), "_checkpoints")
                .makeQualified(new Path(out).getFileSystem())
                .toString());
    // With checkpoints, Flink restarts a failed job without end by default: a file that cannot be
    // read would keep the run going. A few restarts ride out a passing failure.
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, restarts);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(1));
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
    String parallelism = single(options, "--parallelism");
    if (parallelism != null) {
      env.setParallelism((int) number("--parallelism", parallelism, 1));
    }
    String interval = single(options, "--checkpoint-interval");
    env.enableCheckpointing(
        interval == null ? 10_000 : number("--checkpoint-interval", interval, 10),
        CheckpointingMode.EXACTLY_ONCE);
    define(env, settings);
    return env.execute("sharedcx " + String.join(",", events));
  }

  private static Map<String, List<String>> options(String[] args) {
    Map<String, List<String>> options = new java.util.HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!OPTIONS.contains(args[i])) {
        throw new UsageMistake(
            "'"
                + args[i]
                + "' is not an option. Maybe one of: "
                + String.join(", ", OPTIONS)
                + ", each with a value");
      }
      if (i + 1 >= args.length) {
        throw new UsageMistake(
            args[i] + " has no value. Maybe " + args[i] + " " + example(args[i]));
      }
      options.computeIfAbsent(args[i], k -> new ArrayList<>()).add(args[++i]);
    }
    return options;
  }

  private static String example(String option) {
    return switch (option) {
      case "--portfolio" -> "parties.json";
      case "--events" -> "events.jsonl";
      case "--out", "--checkpoint-dir" -> "out/";
      case "--parallelism" -> "2";
      case "--checkpoint-interval" -> "10000";
      case "--out-of-orderness" -> "PT1H";
      case "--allowed-lateness" -> "PT0S";
      case "--window" -> "P30D";
      case "--periods" -> "6";
      case "--restarts" -> "3";
      default -> "2026-04-01T00:00:00Z";
    };
  }

  private static Duration duration(String option, String text, String example) {
    try {
      Duration value = Duration.parse(text);
      if (value.isNegative()) {
        throw new IllegalArgumentException(
            option + " " + text + " is negative. Maybe " + option + " " + example);
      }
      return value;
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          option
              + " '"
              + text
              + "' is not a duration. Maybe an ISO-8601 duration such as "
              + example);
    }
  }

  private static long number(String option, String text, long least) {
    long value;
    try {
      value = Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          option
              + " '"
              + text
              + "' is not a whole number. Maybe "
              + option
              + " "
              + example(option));
    }
    if (value < least || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          String.format(
              "%s %s is out of range: expected %,d to %,d. Maybe %s %s",
              option, text, least, Integer.MAX_VALUE, option, example(option)));
    }
    return value;
  }

  private static Instant instant(String option, String text) {
    try {
      return Instant.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          option
              + " '"
              + text
              + "' is not an instant. Maybe an ISO-8601 UTC time such as 2026-04-01T00:00:00Z");
    }
  }

  private static @Nullable String single(Map<String, List<String>> options, String name) {
    List<String> values = options.get(name);
    return values == null ? null : values.get(values.size() - 1);
  }
}
