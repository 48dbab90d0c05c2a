package io.sharedcx.flink.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharedcx.engine.CxEngine;
import io.sharedcx.engine.WindowCase;
import io.sharedcx.engine.WindowOptions;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.Window;
import io.sharedcx.model.json.CxJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Judges one window metric (the key: a standard, a party and a partnership) at the end of each day of
 * event time: the metric over the window of the agreed length that ends then, with the periods before
 * it for the trend, as {@link CxEngine#windowMetrics} judges them. It keeps the metric's latest window
 * cases by journey and subject (a case's outcome resolves days after it happened: a parcel is late
 * only when its scan comes, so a day's counts cannot be closed at the day's end), and drops a case once
 * it is older than every period a later day can judge. Each day's metric is written with a
 * deterministic id, {@code metric:<standard>:<party>:<partnership>:<day's end>}, and judged again
 * with whatever came later only when a later day is judged.
 */
public final class WindowMetrics extends KeyedProcessFunction<String, CaseChange, String> {
  private static final long serialVersionUID = 1L;
  private static final long DAY = 86_400_000L;

  /**
   * Window cases parsed from their text in state, kept between day ends in one task: each day end
   * reads every case its metric holds, and parsing them again was most of its time. State stays the
   * record; a case's text is its key, so a case changed in state is parsed anew.
   */
  private static final int CACHED_CASES = 65_536;

  private final String partiesJson;
  private final long window;
  private final int periods;
  private final long end;

  private transient CxEngine engine;
  private transient Portfolio parties;
  private transient ObjectMapper json;
  private transient WindowOptions options;
  private transient MapState<String, String> cases;
  private transient ValueState<Long> next;
  private transient Map<String, WindowCase> parsed;

  /**
   * A function for a job.
   *
   * @param partiesJson the parties and partnerships, as a portfolio file's text
   * @param window the window's length, in milliseconds (whole days)
   * @param periods the periods of the trend line, the window included
   * @param end the last instant judged, epoch milliseconds ({@code Long.MAX_VALUE}: no end); the last
   *     day judged is the one it falls in
   */
  public WindowMetrics(String partiesJson, long window, int periods, long end) {
    this.partiesJson = partiesJson;
    this.window = window;
    this.periods = periods;
    this.end = end;
  }

  @Override
  public void open(OpenContext context) {
    engine = CxEngine.builder().build();
    parties =
        Portfolio.builder()
            .from(CxJson.readPortfolio(partiesJson, "parties"))
            .journeys(List.of())
            .build();
    json = Outputs.mapper();
    options = WindowOptions.periods(periods);
    cases =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("cases", Types.STRING, Types.STRING));
    next = getRuntimeContext().getState(new ValueStateDescriptor<>("next", Types.LONG));
    parsed = new RecentlyUsed<>(CACHED_CASES);
  }

  @Override
  public void processElement(CaseChange change, Context ctx, Collector<String> out)
      throws Exception {
    if (change.withdrawn()) {
      cases.remove(change.key());
    } else {
      cases.put(change.key(), change.json());
    }
    long known = ctx.timestamp() == null ? ctx.timerService().currentWatermark() : ctx.timestamp();
    schedule(ctx.timerService(), dayEndAfter(known));
  }

  @Override
  public void onTimer(long dayEnd, OnTimerContext ctx, Collector<String> out) throws Exception {
    Long pending = next.value();
    if (pending == null || pending != dayEnd) {
      return;
    }
    next.clear();
    long horizon = dayEnd - window * Math.max(2, periods);
    List<WindowCase> held = new ArrayList<>();
    List<String> old = new ArrayList<>();
    for (Map.Entry<String, String> e : cases.entries()) {
      String text = e.getValue();
      WindowCase c = parsed.get(text);
      if (c == null) {
        c = CaseLines.read(text);
      }
      if (c.at() != null && c.at().toEpochMilli() < horizon) {
        // An aged-out case is not kept: put in the cache, it could push out a case still held.
        old.add(e.getKey());
        parsed.remove(text);
      } else {
        held.add(c);
        parsed.put(text, c);
      }
    }
    for (String key : old) {
      cases.remove(key);
    }
    if (held.isEmpty()) {
      return;
    }
    held.sort(
        Comparator.comparing(WindowCase::at, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(WindowCase::subject));
    Instant to = Instant.ofEpochMilli(dayEnd);
    Instant knownUntil = Instant.ofEpochMilli(Math.min(dayEnd, end));
    for (MetricResult m :
        engine.windowMetrics(
            parties, Window.of(to.minusMillis(window), to), options, held, knownUntil)) {
      String id = "metric:" + CaseLines.readable(ctx.getCurrentKey()) + ":" + to;
      out.collect(Outputs.metric(json, id, to, m));
    }
    schedule(ctx.timerService(), dayEnd + DAY);
  }

  /** Sets a timer at {@code dayEnd} unless an earlier one is set or it is past the last day. */
  private void schedule(org.apache.flink.streaming.api.TimerService timers, long dayEnd)
      throws Exception {
    if (end != Long.MAX_VALUE && dayEnd > dayEndAfter(end - 1)) {
      return;
    }
    Long pending = next.value();
    if (pending == null || dayEnd < pending) {
      if (pending != null) {
        timers.deleteEventTimeTimer(pending);
      }
      next.update(dayEnd);
      timers.registerEventTimeTimer(dayEnd);
    }
  }

  /** {@return the first midnight (UTC) after {@code t}} */
  static long dayEndAfter(long t) {
    return Math.floorDiv(t, DAY) * DAY + DAY;
  }
}
