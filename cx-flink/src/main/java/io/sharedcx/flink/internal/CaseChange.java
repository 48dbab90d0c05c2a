package io.sharedcx.flink.internal;

/**
 * A window case of a journey that appeared, changed or was withdrawn, on its way from the journey's
 * assessor to the metric it counts in.
 *
 * @param metric the metric's key: standard, party and partnership ({@link CaseLines#metric})
 * @param key the case's key in its metric: journey, standard, subject and occurrence
 * @param json the case ({@link CaseLines#write}); empty when the case was withdrawn
 */
public record CaseChange(String metric, String key, String json) {
  /** {@return true when the case no longer holds} */
  public boolean withdrawn() {
    return json.isEmpty();
  }
}
