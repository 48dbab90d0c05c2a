package io.sharedcx.engine;

import io.sharedcx.model.DisputeReason;
import io.sharedcx.model.Term;
import io.sharedcx.model.finding.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One standard of a pack, as its rules declare it: id, theme (the DRL package's last segment), severity,
 * title, the rules that implement it, its default thresholds, the unit and range each threshold allows
 * (an agreed value outside them is an error), and the reasons a violation of it may be disputed for.
 *
 * @param id the standard's stable id, e.g. {@code SERVICE-COMPLAINT-RELAY}
 * @param theme the theme, e.g. {@code service}
 * @param severity the highest severity among its rules
 * @param title its title
 * @param rules the names of the rules that emit its violations and recommendations
 * @param defaults its default thresholds, with their units and sources
 * @param ranges the values each threshold may take, by key: the default's unit and its bounds
 * @param disputeReasons the reasons a violation of it may be disputed for: those its rules declare in
 *     {@code @disputeReasons(...)}, every reason when none does
 */
public record StandardInfo(
    String id,
    String theme,
    Severity severity,
    String title,
    List<String> rules,
    List<Term> defaults,
    Map<String, ThresholdRange> ranges,
    Set<DisputeReason> disputeReasons) {

  /**
   * Copies the lists and the map so the record stays immutable.
   *
   * @param id the standard's stable id
   * @param theme the theme
   * @param severity the highest severity among its rules
   * @param title its title
   * @param rules the names of the rules that emit its violations and recommendations
   * @param defaults its default thresholds, with their sources
   * @param ranges the values each threshold key allows, by key
   * @param disputeReasons the reasons a violation of it may be disputed for
   */
  public StandardInfo {
    rules = List.copyOf(rules);
    defaults = List.copyOf(defaults);
    ranges = Map.copyOf(ranges);
    disputeReasons =
        java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(disputeReasons));
  }
}
