package io.sharedcx.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code null} where the input should hold a value is an error that says where, never a crash. */
class NullInputTest {
  @TempDir Path dir;

  @Test
  void readPortfolio_documentIsNull_isAnErrorAtItsFirstValue() throws IOException {
    Path file = Files.writeString(dir.resolve("null.json"), "null\n");

    InputException e = catchThrowableOfType(InputException.class, () -> CxJson.readPortfolio(file));

    assertThat(e.getMessage())
        .isEqualTo(
            file
                + ":1:1: at $: expected a JSON object (a portfolio), but the document is null."
                + " Maybe check that this is the right file");
  }

  @Test
  void readPortfolio_nullAfterBlankLines_givesTheNullsLineAndColumn() {
    InputException e =
        catchThrowableOfType(
            InputException.class, () -> CxJson.readPortfolio("\n\n   null", "in.json"));

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(4);
    assertThat(e.problem()).contains("a portfolio").contains("the document is null");
  }

  @Test
  void readAdjustments_documentIsNull_isAnErrorAtItsFirstValue() throws IOException {
    Path file = Files.writeString(dir.resolve("adjustments.json"), "null");

    InputException e =
        catchThrowableOfType(InputException.class, () -> CxJson.readAdjustments(file));

    assertThat(e.getMessage())
        .startsWith(file + ":1:1: at $: expected a JSON object (exemptions and disputes)")
        .contains("the document is null");
  }

  @Test
  void portfolioStream_documentIsNull_saysWhatTheWholeFileReadSays() throws IOException {
    Path file = Files.writeString(dir.resolve("null.json"), "null");

    InputException streamed =
        catchThrowableOfType(InputException.class, () -> PortfolioStream.open(file));
    InputException whole =
        catchThrowableOfType(InputException.class, () -> CxJson.readPortfolio(file));

    assertThat(streamed.getMessage()).isEqualTo(whole.getMessage());
  }
}
