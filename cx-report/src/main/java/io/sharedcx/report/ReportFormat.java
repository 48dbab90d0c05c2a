package io.sharedcx.report;

import java.io.Writer;

/**
 * One way of writing findings: text for people, JSON or JSON Lines for machines. New formats (an HTML
 * report, SARIF) implement this interface and join {@link ReportFormats}.
 */
public interface ReportFormat {
  /**
   * The format's name, as given to {@code cx assess --format}.
   *
   * @return e.g. {@code text}
   */
  String name();

  /**
   * Starts a report on {@code out}.
   *
   * @param out where the report is written; it is flushed, never closed, by the report
   * @param options what to include
   * @return a report to add findings to and close
   */
  Report open(Writer out, ReportOptions options);
}
