package io.sharedcx.model.json;

import io.sharedcx.model.Journey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * A stream's journeys, read on a thread of their own into a bounded queue while the caller assesses
 * the ones before: every outcome of the stream's own {@code hasNext()} and {@code next()} (a journey, a
 * journey's problem, the document's problem, the end) is handed over in the order it was read, so the
 * caller sees exactly what reading in its own thread would give. Outcomes travel in batches, to wake the
 * other thread once per batch rather than once per journey; at most {@value #BATCHES} batches of
 * {@value #BATCH} journeys wait, plus the one each thread holds.
 */
final class ReadAhead implements Iterator<Journey> {
  /** Journeys per batch handed over. */
  static final int BATCH = 32;

  /** Batches waiting at most. */
  static final int BATCHES = 4;

  /** Marks the end of the journeys. */
  private static final Object END = new Object();

  private final PortfolioStream stream;
  private final String source;
  private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(BATCHES);
  private final Thread reader;
  private volatile boolean stopped;

  private @Nullable List<Object> batch;
  private int next;
  private long handedOver;

  ReadAhead(PortfolioStream stream, String source) {
    this.stream = stream;
    this.source = source;
    this.reader = new Thread(this::read, "journeys of " + source);
    reader.setDaemon(true);
    reader.start();
  }

  /** The reader's loop: the stream's outcomes, in batches, until the end or until stopped. */
  private void read() {
    List<Object> outcomes = new ArrayList<>(BATCH);
    try {
      while (!stopped) {
        Object outcome;
        boolean last = false;
        try {
          if (stream.hasNextInOrder()) {
            outcome = stream.nextInOrder();
          } else {
            outcome = END;
            last = true;
          }
        } catch (InputException e) {
          outcome = e;
        } catch (RuntimeException | Error e) {
          // Not a problem of the input: handed over, and nothing more is read.
          outcome = e;
          last = true;
        }
        outcomes.add(outcome);
        if (last && outcome != END) {
          outcomes.add(END);
        }
        if (last || outcomes.size() >= BATCH) {
          queue.put(outcomes);
          outcomes = new ArrayList<>(BATCH);
        }
        if (last) {
          return;
        }
      }
    } catch (InterruptedException e) {
      // Stopped while waiting for room: the caller closed the stream.
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean hasNext() {
    return current() != END;
  }

  @Override
  public Journey next() {
    Object outcome = current();
    if (outcome == END) {
      throw new NoSuchElementException("no more journeys in " + source);
    }
    next++;
    if (outcome instanceof Journey journey) {
      handedOver++;
      return journey;
    }
    if (outcome instanceof InputException e && e.journey() != null) {
      handedOver++;
    }
    if (outcome instanceof RuntimeException e) {
      throw e;
    }
    throw (Error) outcome;
  }

  /** The next outcome, waiting for the reader when it has none ready. */
  private Object current() {
    List<Object> outcomes = batch;
    if (outcomes == null || next == outcomes.size()) {
      if (stopped) {
        return END;
      }
      try {
        outcomes = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InputException(
            source, -1, -1, "", "interrupted while waiting for the next journey", e);
      }
      batch = outcomes;
      next = 0;
    }
    return outcomes.get(next);
  }

  /** {@return the journeys handed over so far, the rejected ones included} */
  long handedOver() {
    return handedOver;
  }

  /** Stops the reader and waits for it to leave the file, so the file can be closed. */
  void stop() {
    stopped = true;
    reader.interrupt();
    boolean interrupted = false;
    while (reader.isAlive()) {
      try {
        reader.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
