package io.sharedcx.engine;

import io.sharedcx.model.Term;
import io.sharedcx.model.finding.Severity;
import java.util.List;

/**
 * One standard of a pack, as its rules declare it: id, theme (the DRL package's last segment), severity,
 * title, the rules that implement it and its default thresholds.
 *
 * @param id the standard's stable id, e.g. {@code SERVICE-COMPLAINT-RELAY}
 * @param theme the theme, e.g. {@code service}
 * @param severity the highest severity among its rules
 * @param title its title
 * @param rules the names of the rules that emit its violations and recommendations
 * @param defaults its default thresholds, with their sources
 */
public record StandardInfo(
    String id,
    String theme,
    Severity severity,
    String title,
    List<String> rules,
    List<Term> defaults) {

  /**
   * Copies the lists so the record stays immutable.
   *
   * @param id the standard's stable id
   * @param theme the theme
   * @param severity the highest severity among its rules
   * @param title its title
   * @param rules the names of the rules that emit its violations and recommendations
   * @param defaults its default thresholds, with their sources
   */
  public StandardInfo {
    rules = List.copyOf(rules);
    defaults = List.copyOf(defaults);
  }
}
