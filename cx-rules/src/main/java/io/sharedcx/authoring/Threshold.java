package io.sharedcx.authoring;

import io.sharedcx.model.Provenance;
import io.sharedcx.model.Unit;

/**
 * A threshold in force for one party during an assessment: the agreed value when the partnership the
 * journey concerns sets one, else the pack's default. Rules match it as a fact, e.g.
 * {@code Threshold( standard == "SERVICE-COMPLAINT-RELAY", key == "maxHours", party == $receiver, $max : value )};
 * the violation a rule emits then lists the thresholds it matched ({@link
 * io.sharedcx.model.finding.Violation#thresholds()}), with no extra code in the rule.
 *
 * @param standard the standard id
 * @param key the threshold's key within the standard
 * @param party the party it applies to
 * @param value the number
 * @param unit what the number measures, as the pack's default declares it
 * @param provenance where the number comes from
 */
public record Threshold(
    String standard, String key, String party, double value, Unit unit, Provenance provenance) {}
