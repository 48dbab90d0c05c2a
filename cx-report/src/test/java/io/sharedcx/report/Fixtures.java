package io.sharedcx.report;

import io.sharedcx.model.Brand;
import io.sharedcx.model.Partner;
import io.sharedcx.model.PartnerRole;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Product;
import io.sharedcx.model.Provenance;
import io.sharedcx.model.Unit;
import io.sharedcx.model.finding.Alarm;
import io.sharedcx.model.finding.AlarmLevel;
import io.sharedcx.model.finding.AppliedThreshold;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Comparison;
import io.sharedcx.model.finding.Driver;
import io.sharedcx.model.finding.DriverDimension;
import io.sharedcx.model.finding.Evidence;
import io.sharedcx.model.finding.Health;
import io.sharedcx.model.finding.HealthBand;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.MetricStatus;
import io.sharedcx.model.finding.PeriodValue;
import io.sharedcx.model.finding.Projection;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Scorecard;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Standing;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.finding.Window;
import io.sharedcx.model.finding.WindowAssessment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Window assessments built directly, without the engine: any number of partners, metrics and periods,
 * with ids and messages that may be hostile (markup, quotes, control characters).
 */
final class Fixtures {
  private Fixtures() {}

  static final Instant FROM = Instant.parse("2026-03-22T00:00:00Z");
  static final Duration PERIOD = Duration.ofDays(7);
  static final Window WINDOW = Window.of(FROM, FROM.plus(PERIOD));

  /** Text that would break out of HTML if it were not escaped. */
  static final String HOSTILE = "<script>alert(\"x\")</script>'\u001b[2K&amp;";

  /**
   * A report's input.
   *
   * @param partners how many partners
   * @param metrics metrics per partner
   * @param periods periods of history per metric
   * @param hostile whether ids, names and messages carry markup, quotes and control characters
   */
  static HtmlReport.Input input(int partners, int metrics, int periods, boolean hostile) {
    Random random = new Random(42);
    String mark = hostile ? HOSTILE : "";
    Portfolio.Builder portfolio =
        Portfolio.builder()
            .addBrands(Brand.builder().id("brand").name("Gift Shop" + mark).build())
            .addProducts(
                Product.builder().id("tea-box").name("Tea box" + mark).brand("brand").build());
    WindowAssessment.Builder window = WindowAssessment.builder().window(WINDOW);
    Assessment.Builder journeys = Assessment.builder().asOf(WINDOW.to().minusSeconds(3600));
    for (int p = 0; p < partners; p++) {
      String party = "partner-" + p + (hostile && p == 0 ? mark : "");
      portfolio.addPartners(
          Partner.builder()
              .id("partner-" + p)
              .name("Partner " + p + " Ltd" + mark)
              .addRoles(PartnerRole.FULFILMENT)
              .build());
      List<MetricResult> cardMetrics = new ArrayList<>();
      for (int s = 0; s < metrics; s++) {
        MetricResult m = metric(random, party, standard(s, hostile), periods);
        window.addMetrics(m);
        cardMetrics.add(m);
      }
      int score = random.nextInt(101);
      Standing standing =
          score >= 80
              ? Standing.EXCELLENT
              : score >= 50 ? Standing.AVERAGE : score >= 30 ? Standing.POOR : Standing.VERY_POOR;
      String std = standard(0, hostile);
      window.addScorecards(
          Scorecard.builder()
              .party(party)
              .window(WINDOW)
              .metrics(cardMetrics)
              .putViolationsByStandard(std, 2)
              .score(score)
              .standing(standing)
              .health(
                  Health.builder()
                      .asOf(WINDOW.to())
                      .score(Math.max(0, score - 5))
                      .band(score >= 80 ? HealthBand.HEALTHY : HealthBand.REVIEW)
                      .action("Review the partner" + mark)
                      .putPointsByStandard(std, 5)
                      .violationsCounted(2)
                      .violationsAgedOut(1)
                      .source(Provenance.byDefault("SharedCX defaults" + mark))
                      .build())
              .build());
      Violation windowViolation =
          Violation.builder()
              .id("W:" + party + ":" + std)
              .standard(std)
              .title("Cancellations stay rare" + mark)
              .severity(Severity.HIGH)
              .responsibleParty(party)
              .responsibility("cancelled the orders" + mark)
              .message("Cancel rate above target for " + party + mark)
              .addEvidence(Evidence.of("metric-" + p, "metric"))
              .addThresholds(
                  AppliedThreshold.builder()
                      .standard(std)
                      .key("maxRate")
                      .party(party)
                      .value(0.025)
                      .unit(Unit.FRACTION)
                      .provenance(Provenance.agreed("Contract s.4" + mark))
                      .partnership("brand-" + party)
                      .build())
              .at(WINDOW.to().minusSeconds(60))
              .rule("Cancel rate" + mark)
              .build();
      window.addViolations(windowViolation);
      Violation journeyViolation =
          Violation.builder()
              .id("J:" + party + ":slip")
              .standard("PROMISE-PACKING-SLIP" + (hostile ? mark : ""))
              .title("Parcels carry a slip")
              .severity(p % 2 == 0 ? Severity.MEDIUM : Severity.CRITICAL)
              .responsibleParty(party)
              // partner-0 sold the orders the others packed, under the brand
              .customerFacingParty("partner-0")
              .brand("brand")
              .responsibility("packed the parcel")
              .message("Parcel s-" + p + " shipped without a slip" + mark)
              .addEvidence(
                  Evidence.of("s-" + p + mark, "shipment"), Evidence.of("tea-box", "product"))
              .addThresholds(
                  AppliedThreshold.builder()
                      .standard("PROMISE-PACKING-SLIP")
                      .key("maxHours")
                      .party(party)
                      .value(48)
                      .unit(Unit.HOURS)
                      .provenance(Provenance.byDefault("Amazon Seller Central" + mark))
                      .build())
              .journey("j-" + p + mark)
              .at(FROM.plusSeconds(3600L * (p + 1)))
              .rule("Parcel without slip")
              .build();
      journeys.addViolations(journeyViolation);
      journeys.addRecommendations(
          Recommendation.builder()
              .id("R:" + party)
              .standard(journeyViolation.standard())
              .action("Add the slip" + mark)
              .owner(party)
              .accountableParty("brand")
              .dueBy(FROM.plus(Duration.ofDays(3 + p % 5)))
              .addAnswers(journeyViolation.id())
              .rule("Slip recommendation")
              .build());
      window.addRecommendations(
          Recommendation.builder()
              .id("RW:" + party)
              .standard(std)
              .action("Agree a plan to cut cancellations" + mark)
              .owner("brand")
              .accountableParty(party)
              .addAnswers(windowViolation.id())
              .rule("Cancel recommendation")
              .build());
      if (p % 3 == 0) {
        journeys.addAlarms(
            Alarm.builder()
                .party(party)
                .alarm("ship by" + mark)
                .standard("SHIP-ON-TIME-DISPATCH")
                .level(p % 2 == 0 ? AlarmLevel.DUE_TODAY : AlarmLevel.AT_RISK)
                .addSubjects("s-" + p)
                .earliestDue(WINDOW.to().plusSeconds(600L * p))
                .build());
      }
    }
    // A journey violation before the period: counted as left out, never shown.
    journeys.addViolations(
        Violation.builder()
            .id("J:old")
            .standard("PROMISE-PACKING-SLIP")
            .title("Parcels carry a slip")
            .severity(Severity.LOW)
            .responsibleParty("partner-1")
            .responsibility("packed the parcel")
            .message("An old parcel")
            .addEvidence(Evidence.of("s-old", "shipment"))
            .at(FROM.minus(Duration.ofDays(30)))
            .rule("Parcel without slip")
            .build());
    return new HtmlReport.Input(
        "Report " + mark,
        journeys.build(),
        window.build(),
        Names.of(portfolio.build()),
        Map.of(standard(0, hostile), "Cancellations stay rare" + mark),
        Map.of(),
        "../docs/standards/",
        HtmlReport.DEFAULT_PERIODS);
  }

  static String standard(int s, boolean hostile) {
    String[] known = {
      "ACCESS-CANCEL-RATE",
      "SHIP-ON-TIME-DISPATCH",
      "DELIVERY-ON-TIME",
      "SERVICE-RESPONSE-TIME",
      "ACCESS-IN-STOCK-RATE",
      "SHIP-TRACKING-VALID",
      "SERVICE-COMPLAINT-RELAY",
      "PROMISE-CONTENT-ACCURATE",
      "ACCESS-SUPPLIER-OTIF",
      "DELIVERY-DAMAGE-RATE",
      "SERVICE-RETURN-RATE",
      "PROMISE-MAP",
      "ACCESS-PICKUP-READY-SLA"
    };
    String id = s < known.length ? known[s] : "STANDARD-" + s;
    return hostile && s == 0 ? id + HOSTILE : id;
  }

  static MetricResult metric(Random random, String party, String standard, int periods) {
    boolean atMost = random.nextBoolean();
    double target = atMost ? 0.025 : 0.95;
    long denominator = 40 + random.nextInt(200);
    long numerator = random.nextInt((int) denominator + 1);
    double rate = (double) numerator / denominator;
    MetricStatus status = MetricStatus.values()[random.nextInt(MetricStatus.values().length - 1)];
    List<PeriodValue> history = new ArrayList<>();
    for (int i = periods - 1; i >= 0; i--) {
      Instant from = FROM.minus(PERIOD.multipliedBy(i));
      long d = i == 0 ? denominator : 30 + random.nextInt(100);
      long n = i == 0 ? numerator : random.nextInt((int) d + 1);
      boolean none = i == periods - 1 && periods > 2;
      history.add(
          PeriodValue.builder()
              .window(Window.of(from, from.plus(PERIOD)))
              .numerator(none ? 0 : n)
              .denominator(none ? 0 : d)
              .rate(none ? null : (double) n / d)
              .status(none ? MetricStatus.INSUFFICIENT_DATA : status)
              .build());
    }
    PeriodValue previous = history.size() >= 2 ? history.get(history.size() - 2) : null;
    return MetricResult.builder()
        .standard(standard)
        .measure("cancelled orders / orders")
        .party(party)
        .window(WINDOW)
        .numerator(numerator)
        .denominator(denominator)
        .rate(rate)
        .target(target)
        .comparison(atMost ? Comparison.AT_MOST : Comparison.AT_LEAST)
        .minSample(20)
        .targetSource(Provenance.byDefault("Amazon Seller Central: cancel rate"))
        .status(status)
        .overallRate(Math.min(1.0, rate + 0.01))
        .previous(previous)
        .projection(
            Projection.builder()
                .knownUntil(WINDOW.to().minusSeconds(3600))
                .numerator(numerator + 1)
                .denominator(denominator + 2)
                .rate((double) (numerator + 1) / (denominator + 2))
                .status(status)
                .build())
        .burnRate(1.5)
        .breachAt(WINDOW.to().minusSeconds(7200))
        .addTopDrivers(
            Driver.builder()
                .dimension(DriverDimension.PRODUCT)
                .value("tea-box")
                .failed(Math.min(numerator, 5))
                .cases(denominator)
                .share(0.5)
                .build())
        .history(history)
        .build();
  }
}
