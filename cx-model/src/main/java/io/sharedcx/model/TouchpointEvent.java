package io.sharedcx.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One touchpoint as an event of a stream: which journey and customer it belongs to, when it happened
 * and what it is. A journey is the touchpoints of its events; its parties, partnerships and products
 * come from a portfolio without journeys. The event time is the touchpoint's {@code at}, the instant
 * from which an assessment as of an instant knows the touchpoint.
 *
 * @param journey the journey's id
 * @param customer the customer whose journey it is; the same on every event of one journey
 * @param time the event time: the touchpoint's {@code at}
 * @param touchpoint the touchpoint, in the model's JSON form
 */
public record TouchpointEvent(
    String journey, String customer, Instant time, Touchpoint touchpoint) {
  /**
   * Checks the event.
   *
   * @param journey the journey's id
   * @param customer the customer's id
   * @param time the event time
   * @param touchpoint the touchpoint
   * @throws ModelException when an id is not an id, or the time is not the touchpoint's {@code at}
   */
  public TouchpointEvent {
    Checks.id("TouchpointEvent", "journey", journey);
    Checks.id("TouchpointEvent", "customer", customer);
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(touchpoint, "touchpoint");
    if (!time.equals(touchpoint.at())) {
      throw new ModelException(
          "TouchpointEvent",
          "time",
          time,
          "the touchpoint's at ("
              + touchpoint.at()
              + "): an assessment as of an instant knows a touchpoint from its at. Maybe set time"
              + " to the touchpoint's at");
    }
  }

  /**
   * {@return one event per touchpoint of {@code journey}, in the journey's order} The journey's {@code
   * observedAt} is not an event: a stream's "now" is its event time.
   *
   * @param journey a journey
   */
  public static java.util.List<TouchpointEvent> of(Journey journey) {
    return journey.touchpoints().stream()
        .map(t -> new TouchpointEvent(journey.id(), journey.customer(), t.at(), t))
        .toList();
  }
}
