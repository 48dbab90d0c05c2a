package io.sharedcx.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sharedcx.engine.BatchResult;
import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.json.PortfolioStream;
import io.sharedcx.test.SyntheticPortfolios;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Streams a large portfolio file through the engine in bounded memory: writes {@code journeys}
 * generated journeys to {@code file} (streaming, if the file does not exist yet), then reads it back
 * journey by journey with {@link PortfolioStream} and assesses each with {@link CxEngine#assessEach}.
 * Run it with a small heap ({@code -Xmx256m}) to show memory stays bounded; it prints counts, time and
 * the peak heap used. Then it assesses the same journeys from memory (generated again, a batch at a
 * time, only the assessment timed) and prints both rates and their ratio: what reading costs. Both are
 * warmed up first on the first 5,000 journeys. With a third argument, that percentage of the journeys is written bad (naming a
 * customer the portfolio does not have): each must be reported failed and every other one assessed.
 */
public final class StreamingRun {
  private StreamingRun() {}

  /**
   * Runs the stream.
   *
   * @param args journeys (default 1,000,000), the file (default target/stream-1m.json) and the percentage
   *     of bad journeys (default 0)
   * @throws IOException when the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int journeys = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path file = Path.of(args.length > 1 ? args[1] : "target/stream-" + journeys + ".json");
    double badPercent = args.length > 2 ? Double.parseDouble(args[2]) : 0;
    int badEvery = badPercent <= 0 ? 0 : (int) Math.round(100 / badPercent);
    SyntheticPortfolios generator = new SyntheticPortfolios(2026);
    if (!Files.exists(file)) {
      long start = System.nanoTime();
      write(generator, journeys, file, badEvery);
      System.out.printf(
          "wrote %,d journeys to %s (%,d MB) in %.1f s%n",
          journeys, file, Files.size(file) / (1024 * 1024), (System.nanoTime() - start) / 1e9);
    }
    CxEngine engine = CxEngine.builder().build();
    // Warm-up, untimed: both paths once over the first journeys, so neither pays the JIT for the
    // other.
    int warmUp = Math.min(journeys, 5_000);
    inMemory(engine, generator, warmUp);
    try (PortfolioStream stream = PortfolioStream.open(file)) {
      engine.assessEach(stream.parties(), limit(stream, warmUp), assessment -> {});
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long startCpu = threads.getCurrentThreadCpuTime();
    BatchResult result;
    long[] listed = {0};
    try (PortfolioStream stream = PortfolioStream.open(file)) {
      result =
          engine.assessEach(
              stream.parties(),
              stream,
              assessment ->
                  assessment
                      .failures()
                      .forEach(
                          f -> {
                            if (listed[0]++ < 3) {
                              System.out.println("failed: " + f.journey() + ": " + f.message());
                            }
                          }));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - startCpu) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "streamed: read %,d, assessed %,d, failed %,d, violations %,d in %.1f s (%,.0f journeys/s); "
            + "max heap %,d MB, peak heap used %,d MB%n",
        result.read(),
        result.assessed(),
        result.failed(),
        result.violations(),
        seconds,
        result.read() / seconds,
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        peak / (1024 * 1024));
    long bad = badEvery == 0 ? 0 : (journeys + badEvery - 1) / badEvery;
    System.out.printf("failures listed: %,d (%,d written bad)%n", listed[0], bad);
    if (result.read() != journeys
        || result.assessed() + result.failed() != result.read()
        || result.failed() != bad
        || listed[0] != bad
        || result.inputError() != null) {
      throw new IllegalStateException(
          "journeys lost: wrote " + journeys + " (" + bad + " bad), " + result);
    }
    if (badEvery == 0) {
      double[] memory = inMemory(engine, generator, journeys);
      double streamed = result.read() / seconds;
      double held = journeys / memory[0];
      System.out.printf(
          "in memory: the same %,d journeys in %.1f s (%,.0f journeys/s); streamed at %.0f%% of"
              + " in-memory throughput%n",
          journeys, memory[0], held, 100 * streamed / held);
      // On a shared machine the wall clock also counts time the thread waited for a core; its CPU
      // time does not (nor does it count the collector's threads).
      double streamedCpu = result.read() / cpuSeconds;
      double heldCpu = journeys / memory[1];
      System.out.printf(
          "per CPU second of the assessing thread: streamed %,.0f journeys, in memory %,.0f;"
              + " streamed at %.0f%%%n",
          streamedCpu, heldCpu, 100 * streamedCpu / heldCpu);
    }
  }

  /** Journeys generated into memory per batch: a batch fits in a small heap beside the engine. */
  private static final int BATCH = 10_000;

  /**
   * Assesses the generator's first {@code journeys} journeys (those the file holds) from memory, a batch
   * at a time: generating a batch is not timed, assessing it with {@link CxEngine#assessEach} is.
   *
   * @return the seconds spent assessing, by the wall clock and in the thread's CPU time
   */
  static double[] inMemory(CxEngine engine, SyntheticPortfolios generator, int journeys) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = 0;
    Portfolio parties = generator.parties();
    Iterator<Journey> all = generator.journeys(journeys);
    long nanos = 0;
    long assessed = 0;
    List<Journey> batch = new ArrayList<>(BATCH);
    while (all.hasNext()) {
      batch.clear();
      while (all.hasNext() && batch.size() < BATCH) {
        batch.add(all.next());
      }
      long start = System.nanoTime();
      long startCpu = threads.getCurrentThreadCpuTime();
      BatchResult result = engine.assessEach(parties, batch.iterator(), assessment -> {});
      nanos += System.nanoTime() - start;
      cpu += threads.getCurrentThreadCpuTime() - startCpu;
      assessed += result.assessed();
    }
    if (assessed != journeys) {
      throw new IllegalStateException("in memory: assessed " + assessed + " of " + journeys);
    }
    return new double[] {nanos / 1e9, cpu / 1e9};
  }

  /** The first {@code count} journeys of {@code journeys}. */
  private static Iterator<Journey> limit(Iterator<Journey> journeys, int count) {
    return new Iterator<>() {
      private int given;

      @Override
      public boolean hasNext() {
        return given < count && journeys.hasNext();
      }

      @Override
      public Journey next() {
        given++;
        return journeys.next();
      }
    };
  }

  /** Writes the portfolio with its journeys last, one journey at a time; every {@code badEvery}th is bad. */
  static void write(SyntheticPortfolios generator, int journeys, Path file, int badEvery)
      throws IOException {
    ObjectMapper mapper = CxJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);
    Portfolio parties = generator.parties();
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator json = mapper.getFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeFieldName("brands");
      mapper.writeValue(json, parties.brands());
      json.writeFieldName("partners");
      mapper.writeValue(json, parties.partners());
      json.writeFieldName("partnerships");
      mapper.writeValue(json, parties.partnerships());
      json.writeFieldName("products");
      mapper.writeValue(json, parties.products());
      json.writeFieldName("customers");
      mapper.writeValue(json, parties.customers());
      json.writeArrayFieldStart("journeys");
      Iterator<Journey> it = generator.journeys(journeys);
      for (int i = 0; it.hasNext(); i++) {
        Journey journey = it.next();
        mapper.writeValue(
            json,
            badEvery > 0 && i % badEvery == 0
                ? Journey.builder().from(journey).customer("ghost").build()
                : journey);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }
}
