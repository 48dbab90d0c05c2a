package io.sharedcx.flink.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sharedcx.engine.Assessor;
import io.sharedcx.engine.CxEngine;
import io.sharedcx.engine.WindowCase;
import io.sharedcx.model.Journey;
import io.sharedcx.model.ModelException;
import io.sharedcx.model.TouchpointEvent;
import io.sharedcx.model.finding.Alarm;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Failure;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.json.TouchpointEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.jspecify.annotations.Nullable;

/**
 * Assesses one journey (the key) as its events come: it holds the events, and at each event-time timer
 * judges the journey <em>as of the timer's time</em> ({@code assessor.assess(journey, t)} on the journey
 * as known then), so an obligation at risk at its at-risk point is seen at risk, whatever came later.
 * Timers are set at each event's time and at the next instant an obligation changes ({@link
 * Assessment#nextChangeAt()}). Each finding and alarm is written once: the ids written are kept in
 * state. Events older than the watermark less the allowed lateness go to {@link #LATE}. The journey's
 * state is cleared after its quiet period plus the allowed lateness.
 *
 * <p>The engine and its {@link Assessor} are made in {@link #open} and the assessor closed in {@link
 * #close} (a rule base is not serializable and never in state); the function carries the parties as
 * JSON text. The assessor checks the agreements once and keeps the terms in force between timers.
 */
public final class JourneyAssessor extends KeyedProcessFunction<String, JourneyEvent, String> {
  private static final long serialVersionUID = 1L;

  /** Alarms: open obligations at risk or due today, per journey, as JSON lines. */
  public static final OutputTag<String> ALARMS = new OutputTag<>("alarms") {};

  /** The journeys' window cases as they appear, change or are withdrawn, for the window metrics. */
  public static final OutputTag<CaseChange> CASES =
      new OutputTag<>("cases", TypeInformation.of(CaseChange.class)) {};

  /** Late events, as JSON lines. */
  public static final OutputTag<String> LATE = new OutputTag<>("late") {};

  /** The accumulator counting the events taken into a journey. */
  public static final String ASSESSED = "events.assessed";

  /** The accumulator counting the late events. */
  public static final String LATE_COUNT = "events.late";

  /** Journeys whose parsed events and values shown are kept between timers in one task. */
  private static final int CACHED_JOURNEYS = 4096;

  private final String partiesJson;
  private final long allowedLateness;
  private final long quietPeriod;
  private final long end;

  private transient Assessor assessor;
  private transient ObjectMapper json;
  private transient LongCounter assessed;
  private transient LongCounter late;

  /** What this task knows of its recent journeys without reading state: see {@link Known}. */
  private transient Map<String, Known> known;

  private transient ListState<JourneyEvent> events;

  /** The findings shown now, by id, each with its value (its line without the asOf). */
  private transient MapState<String, String> findings;

  private transient MapState<String, Boolean> written;

  /** The window cases handed on, by key ({@link CaseLines#key}), each as its JSON text. */
  private transient MapState<String, String> cases;

  private transient ValueState<Long> clearAt;

  /**
   * A function for a job.
   *
   * @param partiesJson the parties, partnerships, products and customers, as a portfolio file's text
   * @param allowedLateness how long, in milliseconds, behind the watermark an event is still taken
   * @param quietPeriod how long, in milliseconds, after its latest event a journey's state is kept (plus
   *     the allowed lateness)
   * @param end the last instant judged, epoch milliseconds ({@code Long.MAX_VALUE}: no end); each
   *     journey is judged as of it at the end
   */
  public JourneyAssessor(String partiesJson, long allowedLateness, long quietPeriod, long end) {
    this.partiesJson = partiesJson;
    this.allowedLateness = allowedLateness;
    this.quietPeriod = quietPeriod;
    this.end = end;
  }

  @Override
  public void open(OpenContext context) {
    // One assessor per task: the agreements are checked once and its session keeps the terms in
    // force. Like this job, it leaves portfolio-level facts (feeds, purchase orders, audits) to the
    // batch engine.
    assessor = CxEngine.builder().build().assessor(CxJson.readPortfolio(partiesJson, "parties"));
    json = Outputs.mapper();
    assessed = getRuntimeContext().getLongCounter(ASSESSED);
    late = getRuntimeContext().getLongCounter(LATE_COUNT);
    known = new RecentlyUsed<>(CACHED_JOURNEYS);
    events =
        getRuntimeContext()
            .getListState(
                new ListStateDescriptor<>("events", TypeInformation.of(JourneyEvent.class)));
    findings =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("findings", Types.STRING, Types.STRING));
    written =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("written", Types.STRING, Types.BOOLEAN));
    cases =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("cases", Types.STRING, Types.STRING));
    clearAt = getRuntimeContext().getState(new ValueStateDescriptor<>("clearAt", Types.LONG));
  }

  @Override
  public void close() throws Exception {
    if (assessor != null) {
      assessor.close();
    }
    super.close();
  }

  @Override
  public void processElement(JourneyEvent event, Context ctx, Collector<String> out)
      throws Exception {
    long watermark = ctx.timerService().currentWatermark();
    if (watermark != Long.MIN_VALUE && event.time() <= watermark - allowedLateness) {
      late.add(1);
      ObjectNode node = json.createObjectNode();
      node.put("id", "late:" + event.journey() + ":" + event.touchpoint());
      node.put("journey", event.journey());
      node.put("time", Instant.ofEpochMilli(event.time()).toString());
      node.put("watermark", Instant.ofEpochMilli(watermark).toString());
      node.set("event", json.readTree(event.json()));
      ctx.output(LATE, Outputs.line(json, node));
      return;
    }
    assessed.add(1);
    events.add(event);
    Known journey = known.get(event.journey());
    if (journey != null && journey.events != null) {
      journey.events.add(
          TouchpointEvents.read(event.json(), "state of journey " + event.journey(), 1));
    }
    long judgeAt =
        Math.max(event.time(), watermark == Long.MIN_VALUE ? event.time() : watermark + 1);
    if (judgeAt <= end) {
      ctx.timerService().registerEventTimeTimer(judgeAt);
    }
    if (end != Long.MAX_VALUE) {
      ctx.timerService().registerEventTimeTimer(end);
    }
    long clear = saturatedAdd(saturatedAdd(event.time(), quietPeriod), allowedLateness);
    Long previous = clearAt.value();
    if (previous == null || clear > previous) {
      if (previous != null) {
        ctx.timerService().deleteEventTimeTimer(previous);
      }
      clearAt.update(clear);
      ctx.timerService().registerEventTimeTimer(clear);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
    String journeyId = ctx.getCurrentKey();
    Long clear = clearAt.value();
    if (timestamp <= end) {
      judge(journeyId, timestamp, ctx, out);
    }
    if (clear != null && timestamp >= clear) {
      events.clear();
      findings.clear();
      written.clear();
      // The cases handed on stay counted in their metrics: the journey is over, not withdrawn.
      cases.clear();
      clearAt.clear();
      known.remove(journeyId);
    }
  }

  /** Judges the journey as of {@code at} and writes what was not written before. */
  private void judge(String journeyId, long at, OnTimerContext ctx, Collector<String> out)
      throws Exception {
    Known mine = known.computeIfAbsent(journeyId, id -> new Known());
    List<TouchpointEvent> all = mine.events;
    if (all == null) {
      all = new ArrayList<>();
      for (JourneyEvent e : events.get()) {
        all.add(TouchpointEvents.read(e.json(), "state of journey " + journeyId, 1));
      }
      if (all.isEmpty()) {
        return;
      }
      mine.events = all;
    }
    Instant asOf = Instant.ofEpochMilli(at);
    Journey journey;
    try {
      journey = TouchpointEvents.journeyAsOf(journeyId, all, asOf);
    } catch (ModelException e) {
      writeFailure(journeyId, asOf, e.getMessage(), out);
      return;
    }
    if (journey == null) {
      return;
    }
    List<WindowCase> windowCases = new ArrayList<>();
    Assessment assessment = assessor.assess(journey, asOf, windowCases::add);
    handOn(journeyId, windowCases, mine, ctx);
    for (Failure f : assessment.failures()) {
      writeFailure(journeyId, asOf, f.message(), out);
    }
    // The findings as of now, by id: a finding seen earlier may be gone (a shipment recorded late
    // was not known at the expected ship date) or changed; each change is written once, with this
    // asOf. A finding equal to the one shown last is not written out again to be compared.
    Map<String, Object> now = new LinkedHashMap<>();
    for (Violation v : assessment.violations()) {
      now.put("violation:" + v.id(), v);
    }
    for (Recommendation r : assessment.recommendations()) {
      now.put("recommendation:" + r.id(), r);
    }
    for (Map.Entry<String, Object> f : now.entrySet()) {
      String id = f.getKey();
      if (f.getValue().equals(mine.findings.get(id))) {
        continue;
      }
      String kind = f.getValue() instanceof Violation ? "violation" : "recommendation";
      String line = finding(id, journeyId, asOf, kind, f.getValue());
      String value = valueOf(line);
      if (!value.equals(findings.get(id))) {
        findings.put(id, value);
        out.collect(line);
      }
      mine.findings.put(id, f.getValue());
    }
    List<String> gone = new ArrayList<>();
    for (String id : findings.keys()) {
      if (!now.containsKey(id)) {
        gone.add(id);
      }
    }
    for (String id : gone) {
      findings.remove(id);
      mine.findings.remove(id);
      ObjectNode node = json.createObjectNode();
      node.put("id", id);
      node.put("journey", journeyId);
      node.put("asOf", asOf.toString());
      node.put("withdrawn", true);
      out.collect(Outputs.line(json, node));
    }
    for (Alarm a : assessment.alarms()) {
      String id =
          "alarm:"
              + journeyId
              + ":"
              + a.standard()
              + ":"
              + a.party()
              + ":"
              + a.level()
              + ":"
              + String.join("+", a.subjects());
      if (!written.contains(id)) {
        written.put(id, Boolean.TRUE);
        ctx.output(ALARMS, finding(id, journeyId, asOf, "alarm", a));
      }
    }
    Instant next = assessment.nextChangeAt();
    if (next != null && next.toEpochMilli() > at && next.toEpochMilli() <= end) {
      ctx.timerService().registerEventTimeTimer(next.toEpochMilli());
    }
  }

  /** Hands the window cases that appeared or changed since the last judgement on, and withdraws the ones gone. */
  private void handOn(String journeyId, List<WindowCase> now, Known mine, OnTimerContext ctx)
      throws Exception {
    Map<String, WindowCase> current = new LinkedHashMap<>();
    Map<String, Integer> seen = new java.util.HashMap<>();
    for (WindowCase c : now) {
      String subject = CaseLines.key(journeyId, c, 0);
      int occurrence = seen.merge(subject, 1, Integer::sum) - 1;
      current.put(CaseLines.key(journeyId, c, occurrence), c);
    }
    for (Map.Entry<String, WindowCase> e : current.entrySet()) {
      if (e.getValue().equals(mine.cases.get(e.getKey()))) {
        continue;
      }
      String value = CaseLines.write(e.getValue());
      if (!value.equals(cases.get(e.getKey()))) {
        cases.put(e.getKey(), value);
        ctx.output(CASES, new CaseChange(CaseLines.metric(e.getValue()), e.getKey(), value));
      }
      mine.cases.put(e.getKey(), e.getValue());
    }
    List<String> gone = new ArrayList<>();
    for (String key : cases.keys()) {
      if (!current.containsKey(key)) {
        gone.add(key);
        ctx.output(CASES, new CaseChange(CaseLines.metricOfKey(key), key, ""));
      }
    }
    for (String key : gone) {
      cases.remove(key);
      mine.cases.remove(key);
    }
  }

  private void writeFailure(String journeyId, Instant asOf, String reason, Collector<String> out)
      throws Exception {
    String id = "failure:" + journeyId;
    if (!written.contains(id)) {
      written.put(id, Boolean.TRUE);
      ObjectNode node = json.createObjectNode();
      node.put("id", id);
      node.put("journey", journeyId);
      node.put("asOf", asOf.toString());
      node.put("failure", reason);
      out.collect(Outputs.line(json, node));
    }
  }

  /** A finding's line without its asOf: what a change is judged by. */
  private static String valueOf(String line) {
    int at = line.indexOf(",\"asOf\":\"");
    int after = line.indexOf('"', at + 10);
    return line.substring(0, at) + line.substring(after + 1);
  }

  private String finding(String id, String journeyId, Instant asOf, String kind, Object value) {
    return Outputs.finding(json, id, journeyId, asOf, kind, value);
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }

  /**
   * What a task knows of a journey without reading its state, so that a timer need not parse every
   * event again nor write every finding and case out to compare it with the text state holds. Lost
   * when the journey falls out of the task's cache or the job restarts from a checkpoint; state is then
   * read as before.
   */
  private static final class Known {
    /** The journey's events in state order, parsed; null until read from state. */
    @Nullable List<TouchpointEvent> events;

    /** Findings by id, each equal to the one whose line state holds. */
    final Map<String, Object> findings = new HashMap<>();

    /** Window cases by key, each equal to the one whose text state holds. */
    final Map<String, WindowCase> cases = new HashMap<>();
  }
}
