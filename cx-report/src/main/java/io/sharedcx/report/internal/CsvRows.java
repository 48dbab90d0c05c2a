package io.sharedcx.report.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Rows of text written as RFC 4180 CSV through Jackson's CSV data format: a header row, CRLF line
 * ends, a field quoted when it holds a comma, a quote or a line break, a quote doubled inside it. Each
 * row has one value per column; {@code null} is written as an empty field.
 */
public final class CsvRows {
  private static final CsvMapper MAPPER = new CsvMapper();

  private final List<String> columns;
  private final SequenceWriter rows;
  private final Writer out;

  /**
   * Starts the rows on {@code out}, writing the header.
   *
   * @param out where the rows go; flushed, never closed
   * @param columns the header's columns
   */
  public CsvRows(Writer out, List<String> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a CSV needs at least one column");
    }
    this.out = out;
    this.columns = List.copyOf(columns);
    CsvSchema.Builder schema = CsvSchema.builder();
    for (String column : columns) {
      schema.addColumn(column);
    }
    try {
      // The header goes as the first row, so a report without findings still has it.
      this.rows =
          MAPPER
              .writer(schema.setUseHeader(false).setLineSeparator("\r\n").build())
              .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
              // Quote a field only when it needs it, however long it is.
              .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
              .writeValues(out);
      rows.write(columns.toArray(new String[0]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one row.
   *
   * @param values one value per column, each a string, a number or null
   */
  public void row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          values.length + " values for " + columns.size() + " columns");
    }
    String[] text = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      text[i] = values[i] == null ? "" : values[i].toString();
    }
    try {
      rows.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the rows through to the output. */
  public void flush() {
    try {
      rows.flush();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
