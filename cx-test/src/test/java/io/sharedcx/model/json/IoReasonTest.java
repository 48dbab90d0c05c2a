package io.sharedcx.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be read is named once, with why in words, and what to do where there is a step. */
class IoReasonTest {
  @TempDir Path dir;

  @Test
  void ioReason_saysWhyInWords_withoutTheFileNameAgain() {
    assertThat(CxJson.ioReason(new AccessDeniedException("/x/p.json")))
        .isEqualTo("permission denied. Maybe check the file's permissions");
    assertThat(CxJson.ioReason(new NoSuchFileException("/x/p.json")))
        .isEqualTo("no such file or directory. Maybe check the path");
    assertThat(CxJson.ioReason(new FileSystemException("/x/p.json", null, "Too many open files")))
        .isEqualTo("Too many open files");
    assertThat(CxJson.ioReason(new FileNotFoundException("/x/p.json (Is a directory)")))
        .isEqualTo("Is a directory");
    assertThat(CxJson.ioReason(new IOException("Input/output error\n\tat somewhere")))
        .isEqualTo("Input/output error");
    assertThat(CxJson.ioReason(new IOException())).isEqualTo("IOException");
  }

  @Test
  void aDirectoryGivenAsAPortfolio_isNamedOnce_withWhy() {
    String named = dir + ": cannot read: Is a directory";
    assertThatThrownBy(() -> CxJson.readPortfolio(dir))
        .isInstanceOf(InputException.class)
        .hasMessage(named);
    assertThatThrownBy(() -> PortfolioStream.open(dir))
        .isInstanceOf(InputException.class)
        .hasMessage(named);
  }
}
