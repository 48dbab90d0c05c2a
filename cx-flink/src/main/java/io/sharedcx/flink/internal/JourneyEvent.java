package io.sharedcx.flink.internal;

/**
 * A touchpoint event that was read, keyed by its journey: the event time in epoch milliseconds and the
 * event's JSON line (the model's immutable values are not Flink types; state holds the line).
 *
 * @param journey the journey's id
 * @param time the event time, epoch milliseconds
 * @param touchpoint the touchpoint's id
 * @param json the event's JSON line
 */
public record JourneyEvent(String journey, long time, String touchpoint, String json) {}
