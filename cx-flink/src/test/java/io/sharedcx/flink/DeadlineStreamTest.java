package io.sharedcx.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharedcx.engine.CxEngine;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Obligation;
import io.sharedcx.model.finding.ObligationStatus;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.model.json.TouchpointEvents;
import io.sharedcx.test.SyntheticPortfolios;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stream that stops after "shipped", with no carrier scan: the alarm comes before the deadline and
 * the violation once the watermark passes it, though no event comes after the shipment.
 */
class DeadlineStreamTest {
  @RegisterExtension static final MiniClusterExtension CLUSTER = FlinkRuns.cluster();

  static final String ORDER =
      "{\"kind\":\"order\",\"id\":\"o1\",\"at\":\"2026-03-02T09:00:00Z\",\"channel\":\"WEB\","
          + "\"party\":\"retail-ok\",\"seller\":\"retail-ok\","
          + "\"lines\":[{\"product\":\"sku-1\",\"quantity\":1}],\"promisedBy\":\"2026-03-09T18:00:00Z\"}";
  static final String SHIPMENT =
      "{\"kind\":\"shipment\",\"id\":\"s1\",\"at\":\"2026-03-03T10:00:00Z\",\"channel\":\"PARCEL\","
          + "\"party\":\"retail-ok\",\"order\":\"o1\",\"packedBy\":\"retail-ok\",\"carrier\":\"carrier-ok\","
          + "\"products\":[\"sku-1\"],\"shippedAt\":\"2026-03-03T10:00:00Z\","
          + "\"trackingNumber\":\"T1\",\"trackingValid\":true}";

  @TempDir Path dir;

  @Test
  void shippedWithoutScan_alarmBeforeTheDeadline_violationWhenTheWatermarkPassesIt()
      throws Exception {
    Portfolio parties = new SyntheticPortfolios(1).parties();
    String order = line("2026-03-02T09:00:00Z", ORDER);
    String shipment = line("2026-03-03T10:00:00Z", SHIPMENT);
    Journey journey =
        TouchpointEvents.journeys(
                List.of(
                    TouchpointEvents.read(order, "events", 1),
                    TouchpointEvents.read(shipment, "events", 2)),
                "events")
            .next();
    Portfolio whole = Portfolio.builder().from(parties).addJourneys(journey).build();
    CxEngine engine = CxEngine.builder().build();
    Instant shipped = Instant.parse("2026-03-03T10:00:00Z");
    Obligation scan =
        engine.assess(whole, shipped).obligations().stream()
            .filter(o -> o.party().equals("carrier-ok") && o.subject().equals("s1"))
            .findFirst()
            .orElseThrow();
    assertThat(scan.status()).isEqualTo(ObligationStatus.PENDING);
    Assessment later = engine.assess(whole, scan.dueAt().plusSeconds(3600));
    Violation unscanned =
        later.violations().stream()
            .filter(v -> v.id().equals(obligation(later, scan.id()).violation()))
            .findFirst()
            .orElseThrow();

    Path events = FlinkRuns.write(dir.resolve("events.jsonl"), List.of(order, shipment));
    Path out = dir.resolve("out");
    FlinkRuns.run(
        CxFlinkJob.Settings.of(
            FlinkRuns.partiesJson(parties), List.of(events.toString()), out.toString()));

    ObjectMapper json = CxJson.mapper();
    List<JsonNode> alarms = new ArrayList<>();
    for (String line : FlinkRuns.output(out, "alarms")) {
      alarms.add(json.readTree(line));
    }
    assertThat(alarms)
        .anySatisfy(
            a -> {
              assertThat(a.get("alarm").get("party").asText()).isEqualTo("carrier-ok");
              assertThat(a.get("alarm").get("standard").asText()).isEqualTo(scan.standard());
              Instant asOf = Instant.parse(a.get("asOf").asText());
              assertThat(asOf).isAfterOrEqualTo(scan.atRiskFrom()).isBefore(scan.dueAt());
            });
    List<JsonNode> findings = new ArrayList<>();
    for (String line : FlinkRuns.output(out, "findings")) {
      findings.add(json.readTree(line));
    }
    assertThat(findings)
        .filteredOn(f -> f.get("id").asText().equals("violation:" + unscanned.id()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(Instant.parse(f.get("asOf").asText())).isAfter(scan.dueAt());
              assertThat(f.get("violation").get("responsibleParty").asText())
                  .isEqualTo("carrier-ok");
            });
  }

  static Obligation obligation(Assessment a, String id) {
    return a.obligations().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
  }

  static String line(String time, String touchpoint) {
    return "{\"journey\":\"j1\",\"customer\":\"cust-1\",\"time\":\""
        + time
        + "\",\"touchpoint\":"
        + touchpoint
        + "}";
  }
}
