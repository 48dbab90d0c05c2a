package io.sharedcx.examples;

import io.sharedcx.engine.CxEngine;
import io.sharedcx.engine.StandardInfo;
import io.sharedcx.engine.WindowOptions;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.Window;
import io.sharedcx.model.json.CxJson;
import io.sharedcx.report.HtmlReport;
import io.sharedcx.report.Names;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The partner report of the bundled month of orders ({@code month-of-orders.json}) as the README's
 * {@code cx report} writes it: 19 to 23 March in six four-day periods, the journeys as known at noon on
 * 22 March, so open deadlines show as alarms.
 */
public final class MonthReport {
  /** The resource of the bundled month of orders. */
  static final String RESOURCE = "month-of-orders.json";

  /** The report's period: the README's window. */
  static final Window PERIOD =
      Window.of(Instant.parse("2026-03-19T00:00:00Z"), Instant.parse("2026-03-23T00:00:00Z"));

  private MonthReport() {}

  /**
   * Writes the report.
   *
   * @param engine the engine to assess with
   * @param dir the directory to write {@code month-of-orders-report.html} in; made if missing
   * @return the report's file
   */
  public static Path write(CxEngine engine, Path dir) {
    Portfolio month = portfolio();
    Map<String, Touchpoint> touchpoints = new HashMap<>();
    for (Journey journey : month.journeys()) {
      for (Touchpoint t : journey.touchpoints()) {
        touchpoints.putIfAbsent(t.id(), t);
      }
    }
    Map<String, String> titles =
        engine.standards().values().stream()
            .collect(Collectors.toMap(StandardInfo::id, StandardInfo::title, (a, b) -> a));
    HtmlReport.Input input =
        new HtmlReport.Input(
            "A month of orders: three drop-ship partners",
            engine.assess(month, PortfolioExample.OBSERVED),
            engine.assessWindow(month, PERIOD, WindowOptions.periods(6)),
            Names.of(month),
            titles,
            touchpoints,
            HtmlReport.DEFAULT_DOCS_BASE,
            6);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make " + dir, e);
    }
    Path file = dir.resolve("month-of-orders-report.html");
    HtmlReport.write(input, file);
    return file;
  }

  static Portfolio portfolio() {
    try (InputStream in = MonthReport.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return CxJson.readPortfolio(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
