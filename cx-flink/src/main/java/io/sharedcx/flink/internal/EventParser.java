package io.sharedcx.flink.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sharedcx.model.TouchpointEvent;
import io.sharedcx.model.json.InputException;
import io.sharedcx.model.json.TouchpointEvents;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Reads each line as a touchpoint event; a line that cannot be read goes to {@link #REJECTED} with its
 * file, line and reason, and is counted. The job goes on.
 */
public final class EventParser extends ProcessFunction<EventLine, JourneyEvent> {
  private static final long serialVersionUID = 1L;

  /** The lines that could not be read, as JSON lines. */
  public static final OutputTag<String> REJECTED = new OutputTag<>("rejected") {};

  /** The accumulator counting the lines read. */
  public static final String IN = "events.in";

  /** The accumulator counting the lines rejected. */
  public static final String REJECTED_COUNT = "events.rejected";

  private transient LongCounter in;
  private transient LongCounter rejected;
  private transient ObjectMapper json;

  @Override
  public void open(OpenContext context) {
    in = getRuntimeContext().getLongCounter(IN);
    rejected = getRuntimeContext().getLongCounter(REJECTED_COUNT);
    json = Outputs.mapper();
  }

  @Override
  public void processElement(EventLine line, Context ctx, Collector<JourneyEvent> out) {
    in.add(1);
    TouchpointEvent event;
    try {
      event = TouchpointEvents.read(line.text(), line.file(), line.line());
    } catch (InputException e) {
      rejected.add(1);
      ObjectNode node = json.createObjectNode();
      node.put("id", "rejected:" + line.file() + ":" + line.line());
      node.put("file", line.file());
      node.put("line", line.line());
      node.put("error", e.getMessage());
      ctx.output(REJECTED, Outputs.line(json, node));
      return;
    }
    out.collect(
        new JourneyEvent(
            event.journey(), event.time().toEpochMilli(), event.touchpoint().id(), line.text()));
  }
}
