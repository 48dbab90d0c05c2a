package io.sharedcx.flink.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * Reads one events file line by line, numbering the lines, so that an error names its file and line.
 * The file is one split (a simple stream format is never split); after a restore Flink reads it again
 * from the start and skips the records already emitted, so the numbers stay right.
 */
public final class NumberedLines extends SimpleStreamFormat<EventLine> {
  private static final long serialVersionUID = 1L;

  private final String file;

  /**
   * A format for one file.
   *
   * @param file the name errors give the file
   */
  public NumberedLines(String file) {
    this.file = file;
  }

  @Override
  public StreamFormat.Reader<EventLine> createReader(
      Configuration config, FSDataInputStream stream) {
    BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    return new StreamFormat.Reader<>() {
      private long number;

      @Override
      public EventLine read() throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
          number++;
          if (!line.isBlank()) {
            return new EventLine(file, number, line);
          }
        }
        return null;
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }

  @Override
  public TypeInformation<EventLine> getProducedType() {
    return TypeInformation.of(EventLine.class);
  }
}
