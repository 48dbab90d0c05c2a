package io.sharedcx.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.CxEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job's report of the bundled month of orders. */
class MonthReportTest {
  @Test
  void write_makesThePartnerReportOfTheMonth(@TempDir Path dir) throws Exception {
    Path file = MonthReport.write(CxEngine.builder().build(), dir.resolve("target"));
    assertThat(file).exists().hasFileName("month-of-orders-report.html");
    String html = Files.readString(file);
    assertThat(html)
        .contains("data-party=\"" + PortfolioExample.FAILING + "\"")
        .contains("data-party=\"" + PortfolioExample.HEALTHY + "\"")
        .contains("Open alarms")
        .contains("Pantry Goods")
        .doesNotContain("<script");
  }
}
