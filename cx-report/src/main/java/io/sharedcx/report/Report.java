package io.sharedcx.report;

import io.sharedcx.model.finding.Assessment;
import java.io.Closeable;

/**
 * A report being written: file by file, part by part, as the assessments are made, so a portfolio of
 * millions of journeys never has to be held. A part is one journey's assessment (or the assessment of a
 * portfolio's portfolio-level facts: feeds, purchase orders, stock audits); a whole portfolio's
 * assessment is also a valid part. Output errors are thrown as {@link java.io.UncheckedIOException}.
 *
 * <pre>{@code
 * try (Report report = ReportFormats.named("jsonl").open(writer, ReportOptions.DEFAULT)) {
 *   report.beginFile("orders.json");
 *   report.names(Names.of(stream.parties()));
 *   engine.assessEach(stream.parties(), stream, report::add);
 *   report.endFile();
 * }
 * }</pre>
 */
public interface Report extends Closeable {
  /**
   * Starts the findings of one input file.
   *
   * @param source the file's name as the user gave it
   */
  void beginFile(String source);

  /**
   * Names the parties and products of the current file, once its parties are read, so the text report
   * can show {@code QuickShip Logistics (quickship)} where it would show {@code quickship}. Optional:
   * without it ids are shown alone.
   *
   * @param names the names from the file's portfolio
   */
  default void names(Names names) {}

  /**
   * Writes one part of the current file's findings: its violations (sorted by standard and id), its
   * recommendations and its failures.
   *
   * @param part one journey's assessment, the portfolio-level facts' assessment, or a whole portfolio's
   */
  void add(Assessment part);

  /** Ends the current file with its totals. */
  void endFile();

  /**
   * Ends the current file because it could not be read or assessed to its end; the parts already added
   * stay in the report.
   *
   * @param message what went wrong, in one line
   */
  void fileFailed(String message);

  /** Writes what was written so far through to the underlying output. */
  void flush();

  /**
   * Ends the report (the totals of every file, the closing brackets of a document) and flushes it. The
   * report stays a complete document when a file failed; the underlying output is not closed.
   */
  @Override
  void close();
}
