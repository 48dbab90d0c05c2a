package io.sharedcx.flink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedcx.engine.WindowCase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A case's key names its metric, so a withdrawn case reaches its metric without its text being read. */
class CaseLinesTest {
  @Test
  void aCasesKey_namesItsMetric() {
    WindowCase under =
        new WindowCase(
            "SHIP-ON-TIME-DISPATCH",
            "s1",
            "packer",
            "brand-packer",
            WindowCase.Outcome.FAILED,
            null,
            Instant.parse("2026-03-01T00:00:00Z"),
            "post",
            "packer",
            List.of("sku-1"));
    WindowCase none =
        new WindowCase(
            "SHIP-ON-TIME-DISPATCH",
            "s2",
            "packer",
            null,
            WindowCase.Outcome.MET,
            null,
            Instant.parse("2026-03-01T00:00:00Z"));

    assertThat(CaseLines.metricOfKey(CaseLines.key("j1", under, 2)))
        .isEqualTo(CaseLines.metric(under));
    assertThat(CaseLines.metricOfKey(CaseLines.key("j1", none, 0)))
        .isEqualTo(CaseLines.metric(none));
    assertThat(CaseLines.read(CaseLines.write(under))).isEqualTo(under);
  }
}
