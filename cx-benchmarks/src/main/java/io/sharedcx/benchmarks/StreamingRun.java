package io.sharedcx.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.sharedcx.engine.BatchResult;
import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.json.InputException;
import io.sharedcx.model.json.PortfolioStream;
import io.sharedcx.test.SyntheticPortfolios;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Streams a large portfolio file through the engine in bounded memory: writes {@code journeys}
 * generated journeys to {@code file} (streaming, if the file does not exist yet), then reads it back
 * journey by journey with {@link PortfolioStream} and assesses each with {@link CxEngine#assessEach},
 * two ways: reading ahead on a thread of its own ({@link PortfolioStream#readAhead()}, as {@code cx
 * assess} reads) and reading in the assessing thread. Beside them it assesses the same journeys from
 * memory (generated again, a batch at a time, only the assessment timed). The three are timed side by
 * side, a chunk of {@value #BATCH} journeys of each in turn, each going first in turn, so that the JIT
 * still warming and other load on the machine fall on all three alike; it prints their rates and each streamed rate as a
 * percentage of the in-memory one: what reading costs. Run it with a small heap ({@code -Xmx256m}) to
 * show memory stays bounded; it prints counts and the peak heap used. Everything is warmed up first on
 * the first {@value #WARM_UP} journeys. With a third argument, that percentage of the journeys is
 * written bad (naming a customer the portfolio does not have): each must be reported failed and every
 * other one assessed; nothing is then assessed from memory.
 */
public final class StreamingRun {
  private StreamingRun() {}

  /** Journeys generated into memory per batch, and streamed per turn: a batch fits in a small heap. */
  private static final int BATCH = 10_000;

  /** Journeys each way assesses before anything is timed. */
  private static final int WARM_UP = 10_000;

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
    HeapAfterCollection afterCollection = HeapAfterCollection.watch();
    // Warm-up, untimed: every way over the first journeys, so none pays the JIT for the others.
    int warmUp = Math.min(journeys, WARM_UP);
    Iterator<Journey> generated = generator.journeys(warmUp);
    new InMemory(engine, generator.parties()).next(generated, warmUp);
    for (boolean ahead : new boolean[] {true, false}) {
      try (Streamed stream = new Streamed(engine, file, ahead)) {
        stream.next(warmUp);
      }
    }
    boolean compare = badEvery == 0;
    InMemory held = new InMemory(engine, generator.parties());
    generated = generator.journeys(journeys);
    try (Streamed ahead = new Streamed(engine, file, true);
        Streamed inOrder = new Streamed(engine, file, false)) {
      Iterator<Journey> toHold = generated;
      for (int done = 0, turn = 0; done < journeys; done += BATCH, turn++) {
        int count = Math.min(BATCH, journeys - done);
        List<Runnable> ways = new ArrayList<>(3);
        if (compare) {
          ways.add(() -> held.next(toHold, count));
        }
        ways.add(() -> ahead.next(count));
        ways.add(() -> inOrder.next(count));
        // Each way goes first in turn: what the JIT still learns within a turn favours none.
        Collections.rotate(ways, -turn);
        ways.forEach(Runnable::run);
      }
      // A stream ends with the portfolio-level facts and any problem of the document.
      ahead.next(0);
      inOrder.next(0);
      long poolPeaks = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          poolPeaks += pool.getPeakUsage().getUsed();
        }
      }
      long bad = badEvery == 0 ? 0 : (journeys + badEvery - 1) / badEvery;
      for (Streamed stream : List.of(ahead, inOrder)) {
        System.out.printf(
            "streamed, %s: read %,d, assessed %,d, failed %,d, violations %,d in %.1f s"
                + " (%,.0f journeys/s); failures listed %,d (%,d written bad)%n",
            stream.ahead ? "reading ahead" : "reading in order",
            stream.read,
            stream.assessed,
            stream.failed,
            stream.violations,
            stream.nanos / 1e9,
            stream.read / (stream.nanos / 1e9),
            stream.listed,
            bad);
        if (stream.read != journeys
            || stream.assessed + stream.failed != stream.read
            || stream.failed != bad
            || stream.listed != bad
            || stream.inputError != null) {
          throw new IllegalStateException(
              "journeys lost: wrote "
                  + journeys
                  + " ("
                  + bad
                  + " bad), read "
                  + stream.read
                  + ", assessed "
                  + stream.assessed
                  + ", failed "
                  + stream.failed
                  + ", "
                  + stream.inputError);
        }
      }
      System.out.printf(
          "max heap %,d MB; heap in use after a collection at most %,d MB over %,d collections (what"
              + " the run kept: both streams and the batches in memory); the pools' own peaks add up"
              + " to %,d MB (each pool peaks at its own moment, so that sum is only an upper bound)%n",
          Runtime.getRuntime().maxMemory() / (1024 * 1024),
          afterCollection.peak() / (1024 * 1024),
          afterCollection.collections(),
          poolPeaks / (1024 * 1024));
      if (compare) {
        if (held.assessed != journeys) {
          throw new IllegalStateException(
              "in memory: assessed " + held.assessed + " of " + journeys);
        }
        double heldRate = journeys / (held.nanos / 1e9);
        double heldCpu = journeys / (held.cpuNanos / 1e9);
        System.out.printf(
            "in memory: the same %,d journeys in %.1f s (%,.0f journeys/s)%n",
            journeys, held.nanos / 1e9, heldRate);
        for (Streamed stream : List.of(ahead, inOrder)) {
          double rate = stream.read / (stream.nanos / 1e9);
          double cpu = stream.read / (stream.cpuNanos / 1e9);
          // On a shared machine the wall clock also counts time the thread waited for a core; its
          // CPU time does not (nor the reader's, nor the collector's threads).
          System.out.printf(
              "%s: streamed at %.0f%% of in-memory throughput; per CPU second of the assessing"
                  + " thread %,.0f journeys against %,.0f, %.0f%%%n",
              stream.ahead ? "reading ahead" : "reading in order",
              100 * rate / heldRate,
              cpu,
              heldCpu,
              100 * cpu / heldCpu);
        }
      }
    }
  }

  /** Assesses generated journeys a batch at a time: generating is not timed, assessing is. */
  private static final class InMemory {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final CxEngine engine;
    private final Portfolio parties;
    private final List<Journey> batch = new ArrayList<>(BATCH);
    long nanos;
    long cpuNanos;
    long assessed;

    InMemory(CxEngine engine, Portfolio parties) {
      this.engine = engine;
      this.parties = parties;
    }

    /** Generates the next {@code count} journeys, then assesses them, timed. */
    void next(Iterator<Journey> journeys, int count) {
      batch.clear();
      while (journeys.hasNext() && batch.size() < count) {
        batch.add(journeys.next());
      }
      long start = System.nanoTime();
      long startCpu = threads.getCurrentThreadCpuTime();
      BatchResult result = engine.assessEach(parties, batch.iterator(), assessment -> {});
      nanos += System.nanoTime() - start;
      cpuNanos += threads.getCurrentThreadCpuTime() - startCpu;
      assessed += result.assessed();
      batch.clear();
    }
  }

  /** Assesses a file's journeys as they are read, a turn at a time; opening it is timed too. */
  private static final class Streamed implements AutoCloseable {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final CxEngine engine;
    private final PortfolioStream stream;
    final boolean ahead;
    long nanos;
    long cpuNanos;
    long read;
    long assessed;
    long failed;
    long violations;
    long listed;
    InputException inputError;

    Streamed(CxEngine engine, Path file, boolean ahead) {
      this.engine = engine;
      this.ahead = ahead;
      long start = System.nanoTime();
      long startCpu = threads.getCurrentThreadCpuTime();
      PortfolioStream opened = PortfolioStream.open(file);
      this.stream = ahead ? opened.readAhead() : opened;
      nanos += System.nanoTime() - start;
      cpuNanos += threads.getCurrentThreadCpuTime() - startCpu;
    }

    /** Reads and assesses the next {@code count} journeys (with none left, the end of the file). */
    void next(int count) {
      long start = System.nanoTime();
      long startCpu = threads.getCurrentThreadCpuTime();
      BatchResult result =
          engine.assessEach(
              stream.parties(),
              count == 0 ? stream : limit(stream, count),
              assessment ->
                  assessment
                      .failures()
                      .forEach(
                          f -> {
                            if (listed++ < 3 && ahead) {
                              System.out.println("failed: " + f.journey() + ": " + f.message());
                            }
                          }));
      nanos += System.nanoTime() - start;
      cpuNanos += threads.getCurrentThreadCpuTime() - startCpu;
      read += result.read();
      assessed += result.assessed();
      failed += result.failed();
      violations += result.violations();
      if (result.inputError() != null) {
        inputError = result.inputError();
      }
    }

    @Override
    public void close() {
      stream.close();
    }
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

  /**
   * The largest heap in use right after a garbage collection, summed over the heap's pools from the
   * collector's own notification: what the program kept live at that moment, not the garbage waiting
   * to be collected.
   */
  private static final class HeapAfterCollection implements NotificationListener {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();

    static HeapAfterCollection watch() {
      HeapAfterCollection watcher = new HeapAfterCollection();
      for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (collector instanceof NotificationEmitter emitter) {
          emitter.addNotificationListener(watcher, null, null);
        }
      }
      return watcher;
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
      if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
          notification.getType())) {
        return;
      }
      GarbageCollectionNotificationInfo info =
          GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
      long used = 0;
      for (Map.Entry<String, MemoryUsage> pool :
          info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
        if (HEAP_POOLS.contains(pool.getKey())) {
          used += pool.getValue().getUsed();
        }
      }
      peak.accumulateAndGet(used, Math::max);
      collections.incrementAndGet();
    }

    long peak() {
      return peak.get();
    }

    long collections() {
      return collections.get();
    }

    private static final Set<String> HEAP_POOLS = heapPools();

    private static Set<String> heapPools() {
      Set<String> names = new HashSet<>();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          names.add(pool.getName());
        }
      }
      return names;
    }
  }
}
