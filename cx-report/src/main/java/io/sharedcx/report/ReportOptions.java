package io.sharedcx.report;

/**
 * What a report includes beyond the findings, and which findings it shows.
 *
 * @param explain whether each violation is explained: its rule, standard, doc page, the facts matched,
 *     why the responsible party answers for it, and the thresholds that decided it
 * @param filter which violations and recommendations are shown; what it leaves out is counted in the
 *     totals
 */
public record ReportOptions(boolean explain, FindingFilter filter) {
  /** The findings only, all of them. */
  public static final ReportOptions DEFAULT = new ReportOptions(false);

  /**
   * Every finding, explained or not.
   *
   * @param explain whether each violation is explained
   */
  public ReportOptions(boolean explain) {
    this(explain, FindingFilter.NONE);
  }
}
