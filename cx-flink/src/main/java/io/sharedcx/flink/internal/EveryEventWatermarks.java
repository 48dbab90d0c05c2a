package io.sharedcx.flink.internal;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.BoundedOutOfOrdernessWatermarks;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * Flink's bounded-out-of-orderness watermarks, emitted after every event as well as periodically: an
 * event's lateness then depends on the events before it in its file alone, not on when the periodic
 * emitter happened to run, so late events are the same on every run.
 */
public final class EveryEventWatermarks implements WatermarkGenerator<JourneyEvent> {
  private final BoundedOutOfOrdernessWatermarks<JourneyEvent> bounded;

  /**
   * Watermarks {@code outOfOrderness} behind the latest event.
   *
   * @param outOfOrderness how far behind the latest event an event may still come
   */
  public EveryEventWatermarks(Duration outOfOrderness) {
    this.bounded = new BoundedOutOfOrdernessWatermarks<>(outOfOrderness);
  }

  @Override
  public void onEvent(JourneyEvent event, long timestamp, WatermarkOutput output) {
    bounded.onEvent(event, timestamp, output);
    bounded.onPeriodicEmit(output);
  }

  @Override
  public void onPeriodicEmit(WatermarkOutput output) {
    bounded.onPeriodicEmit(output);
  }
}
