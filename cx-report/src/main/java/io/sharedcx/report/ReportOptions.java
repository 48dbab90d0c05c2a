package io.sharedcx.report;

/**
 * What a report includes beyond the findings.
 *
 * @param explain whether each violation is explained: its rule, standard, doc page, the facts matched,
 *     why the responsible party answers for it, and the thresholds that decided it
 */
public record ReportOptions(boolean explain) {
  /** The findings only. */
  public static final ReportOptions DEFAULT = new ReportOptions(false);
}
