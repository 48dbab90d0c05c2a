package io.sharedcx.report.internal;

import io.sharedcx.model.Provenance;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.Unit;
import io.sharedcx.model.finding.Alarm;
import io.sharedcx.model.finding.AppliedThreshold;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Comparison;
import io.sharedcx.model.finding.Driver;
import io.sharedcx.model.finding.Evidence;
import io.sharedcx.model.finding.Health;
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
import io.sharedcx.report.Failures;
import io.sharedcx.report.Names;
import io.sharedcx.report.Printable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the HTML report shows, worked out from the assessments: every number formatted, every text from
 * input made printable (control characters escaped; the template escapes HTML), every chart's geometry
 * computed. The templates only lay it out.
 */
public final class HtmlView {
  /** Width of a sparkline's drawing, in SVG units. */
  static final double SPARK_W = 120;

  /** Height of a sparkline's drawing, in SVG units. */
  static final double SPARK_H = 32;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** The report's title. */
  public final String title;

  /** The period covered, in words. */
  public final String period;

  /** The period's start, ISO-8601. */
  public final String periodFrom;

  /** The period's end (exclusive), ISO-8601. */
  public final String periodTo;

  /** How many periods the trend lines cover, and their length, in words. */
  public final String periods;

  /** When the journeys were assessed as of, in words, or empty. */
  public final String asOf;

  /** Partners by standing, worst first, with the standings nobody has left out. */
  public final List<StandingCount> standings = new ArrayList<>();

  /** Open alarms, soonest due first. */
  public final List<AlarmRow> alarms = new ArrayList<>();

  /** Whether the journeys were assessed as of an instant, so that alarms exist. */
  public final boolean alarmsKnown;

  /** Violations by severity, worst first, every severity listed. */
  public final List<Count> bySeverity = new ArrayList<>();

  /** Violations by standard, most first. */
  public final List<StandardCount> byStandard = new ArrayList<>();

  /** The number of violations shown. */
  public final int violations;

  /** Journey violations left out because they happened outside the period. */
  public final int outsidePeriod;

  /** Partners, worst score first. */
  public final List<PartnerView> partners = new ArrayList<>();

  /** Findings grouped by standard, worst standard first. */
  public final List<StandardGroup> findings = new ArrayList<>();

  /** Every recommendation, soonest due first, those without a due time last. */
  public final List<RecommendationView> recommendations = new ArrayList<>();

  /** Journeys that could not be assessed. */
  public final List<FailureView> failures = new ArrayList<>();

  /**
   * Works out the view.
   *
   * @param title the report's title
   * @param assessment the journeys' assessment
   * @param window the window assessment
   * @param names names of parties and products
   * @param standardTitles standard titles by id
   * @param touchpoints the touchpoints findings may cite, by id
   * @param docsBase the link to the standards' pages, each page being its id and {@code .md}
   * @param periodsShown how many periods a sparkline covers at most
   */
  public HtmlView(
      String title,
      Assessment assessment,
      WindowAssessment window,
      Names names,
      Map<String, String> standardTitles,
      Map<String, Touchpoint> touchpoints,
      String docsBase,
      int periodsShown) {
    Window w = window.window();
    this.title = text(title);
    this.periodFrom = w.from().toString();
    this.periodTo = w.to().toString();
    this.period = DAY.format(w.from()) + " to " + DAY.format(w.to().minusNanos(1));
    int longest = window.metrics().stream().mapToInt(m -> m.history().size()).max().orElse(0);
    int shown = Math.min(longest, periodsShown);
    this.periods =
        shown <= 1
            ? "one period of " + days(Duration.between(w.from(), w.to()))
            : shown + " periods of " + days(Duration.between(w.from(), w.to()));
    this.asOf = assessment.asOf() == null ? "" : MOMENT.format(assessment.asOf());
    this.alarmsKnown = assessment.asOf() != null;
    Map<String, String> titles = new TreeMap<>(standardTitles);

    // The violations shown: the window's, then the journeys' within the period.
    List<Violation> shownViolations = new ArrayList<>(window.violations());
    int outside = 0;
    for (Violation v : assessment.violations()) {
      if (v.at() == null || w.contains(v.at())) {
        shownViolations.add(v);
      } else {
        outside++;
      }
    }
    this.outsidePeriod = outside;
    this.violations = shownViolations.size();
    for (Violation v : shownViolations) {
      titles.putIfAbsent(v.standard(), v.title());
    }
    List<Recommendation> allRecommendations = new ArrayList<>(window.recommendations());
    allRecommendations.addAll(assessment.recommendations());

    // Overview.
    Map<Standing, List<String>> byStanding = new EnumMap<>(Standing.class);
    for (Scorecard card : window.scorecards()) {
      byStanding.computeIfAbsent(card.standing(), s -> new ArrayList<>()).add(card.party());
    }
    for (Standing s :
        List.of(Standing.VERY_POOR, Standing.POOR, Standing.AVERAGE, Standing.EXCELLENT)) {
      List<String> parties = byStanding.getOrDefault(s, List.of());
      standings.add(
          new StandingCount(
              standingLabel(s),
              standingClass(s),
              parties.size(),
              parties.stream().map(p -> partyName(names, p)).toList()));
    }
    assessment.alarms().stream()
        .sorted(Comparator.comparing(Alarm::earliestDue).thenComparing(Alarm::party))
        .forEach(
            a ->
                alarms.add(
                    new AlarmRow(
                        partyName(names, a.party()),
                        text(a.alarm()),
                        text(a.standard()),
                        a.level() == io.sharedcx.model.finding.AlarmLevel.DUE_TODAY
                            ? "Due today"
                            : "At risk",
                        a.level() == io.sharedcx.model.finding.AlarmLevel.DUE_TODAY
                            ? "bad"
                            : "risk",
                        a.count(),
                        MOMENT.format(a.earliestDue()))));
    Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
    Map<String, Integer> standards = new TreeMap<>();
    Map<String, Severity> worst = new TreeMap<>();
    for (Violation v : shownViolations) {
      severities.merge(v.severity(), 1, Integer::sum);
      standards.merge(v.standard(), 1, Integer::sum);
      worst.merge(v.standard(), v.severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
    for (Severity s :
        List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO)) {
      bySeverity.add(new Count(severityLabel(s), severityClass(s), severities.getOrDefault(s, 0)));
    }
    List<String> order = new ArrayList<>();
    standards.entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .forEach(
            e -> {
              order.add(e.getKey());
              byStandard.add(
                  new StandardCount(
                      text(e.getKey()),
                      text(titles.getOrDefault(e.getKey(), "")),
                      link(docsBase, e.getKey()),
                      anchor("std", e.getKey()),
                      severityLabel(worst.get(e.getKey())),
                      severityClass(worst.get(e.getKey())),
                      e.getValue()));
            });

    // Partners.
    int index = 0;
    List<Scorecard> cards = new ArrayList<>(window.scorecards());
    cards.sort(Comparator.comparingInt(Scorecard::score).thenComparing(Scorecard::party));
    for (Scorecard card : cards) {
      List<MetricResult> metrics =
          window.metrics().stream().filter(m -> m.party().equals(card.party())).toList();
      long against =
          shownViolations.stream().filter(v -> v.responsibleParty().equals(card.party())).count();
      partners.add(
          partner(
              "partner-" + (++index),
              card,
              metrics,
              (int) against,
              names,
              titles,
              docsBase,
              periodsShown));
    }

    // Findings by standard.
    Map<String, List<Violation>> grouped = new TreeMap<>();
    for (Violation v : shownViolations) {
      grouped.computeIfAbsent(v.standard(), s -> new ArrayList<>()).add(v);
    }
    for (String standard : order) {
      List<Violation> list = new ArrayList<>(grouped.get(standard));
      list.sort(
          Comparator.comparing(Violation::severity)
              .reversed()
              .thenComparing(v -> v.at() == null ? Instant.MAX : v.at())
              .thenComparing(Violation::id));
      List<FindingView> items = new ArrayList<>();
      for (Violation v : list) {
        List<RecommendationView> recs = new ArrayList<>();
        for (Recommendation r : allRecommendations) {
          if (r.answers().contains(v.id())) {
            recs.add(recommendation(r, names, docsBase));
          }
        }
        items.add(finding(v, recs, names, touchpoints));
      }
      findings.add(
          new StandardGroup(
              text(standard),
              text(titles.getOrDefault(standard, "")),
              link(docsBase, standard),
              anchor("std", standard),
              items));
    }

    // Recommendations by due date.
    allRecommendations.stream()
        .sorted(
            Comparator.comparing((Recommendation r) -> r.dueBy() == null ? Instant.MAX : r.dueBy())
                .thenComparing(Recommendation::standard)
                .thenComparing(Recommendation::id))
        .forEach(r -> recommendations.add(recommendation(r, names, docsBase)));

    // A journey that failed only in the window's pass (a window case rule threw) is listed too.
    for (var f : Failures.of(assessment, window)) {
      failures.add(
          new FailureView(
              text(f.journey()),
              f.standard() == null ? "" : text(f.standard()),
              text(f.message())));
    }
  }

  private static PartnerView partner(
      String anchor,
      Scorecard card,
      List<MetricResult> metrics,
      int violations,
      Names names,
      Map<String, String> titles,
      String docsBase,
      int periodsShown) {
    List<MetricView> views = new ArrayList<>();
    for (MetricResult m : metrics) {
      views.add(metric(m, names, titles, docsBase, periodsShown));
    }
    Health h = card.health();
    HealthView health =
        h == null
            ? null
            : new HealthView(
                h.score(),
                text(h.band().name().replace('_', ' ').toLowerCase(Locale.ROOT)),
                healthClass(h.band()),
                text(h.action()),
                h.violationsCounted(),
                h.violationsAgedOut(),
                h.pointsByStandard().entrySet().stream()
                    .sorted(
                        Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                            .thenComparing(Map.Entry::getKey))
                    .map(e -> new Points(text(e.getKey()), e.getValue()))
                    .toList(),
                text(h.source().source()));
    // The score's terms, as Scorecard documents them.
    int bad = 0;
    int risk = 0;
    for (MetricResult m : card.metrics()) {
      if (m.status() == MetricStatus.BAD) {
        bad++;
      } else if (m.status() == MetricStatus.AT_RISK) {
        risk++;
      }
    }
    return new PartnerView(
        anchor,
        text(card.party()),
        text(names.partyName(card.party()).orElse("")),
        card.score(),
        standingLabel(card.standing()),
        standingClass(card.standing()),
        bad,
        risk,
        card.violationsByStandard().values().stream().mapToInt(Integer::intValue).sum(),
        violations,
        health,
        views);
  }

  private static MetricView metric(
      MetricResult m, Names names, Map<String, String> titles, String docsBase, int periodsShown) {
    double target = m.target();
    Double rate = m.rate();
    Projection p = m.projection();
    double top = Math.max(target * 2, 0.05);
    if (rate != null) {
      top = Math.max(top, rate * 1.1);
    }
    if (p != null && p.rate() != null) {
      top = Math.max(top, p.rate() * 1.1);
    }
    top = Math.min(1.0, top);
    if (target >= 0.5) {
      top = 1.0;
    }
    double barPct = rate == null ? 0 : clamp(rate / top * 100);
    double targetPct = clamp(target / top * 100);
    List<PeriodValue> history = m.history();
    if (history.size() > periodsShown) {
      history = history.subList(history.size() - periodsShown, history.size());
    }
    Spark spark = spark(history, target, m.comparison());
    List<String> drivers = new ArrayList<>();
    for (Driver d : m.topDrivers()) {
      String value =
          switch (d.dimension()) {
            case PRODUCT ->
                names.productName(d.value()).map(n -> n + " (" + d.value() + ")").orElse(d.value());
            default ->
                names.partyName(d.value()).map(n -> n + " (" + d.value() + ")").orElse(d.value());
          };
      drivers.add(
          text(
              String.format(
                  Locale.ROOT,
                  "%s %s: %d of %d failed (%s of failures)",
                  d.dimension().name().toLowerCase(Locale.ROOT),
                  value,
                  d.failed(),
                  d.cases(),
                  percent(d.share()))));
    }
    String trend =
        switch (m.trend()) {
          case IMPROVING -> "Improving";
          case WORSENING -> "Worsening";
          case STEADY -> "Steady";
          case INSUFFICIENT_DATA -> "No trend yet";
        };
    return new MetricView(
        text(m.standard()),
        text(titles.getOrDefault(m.standard(), "")),
        link(docsBase, m.standard()),
        text(m.measure()),
        m.partnership() == null ? "" : text(m.partnership()),
        statusLabel(m.status()),
        statusClass(m.status()),
        percent(rate),
        rate == null ? "" : Double.toString(rate),
        m.comparison() == Comparison.AT_MOST ? "≤ " : "≥ ",
        percent(target),
        Double.toString(target),
        m.numerator(),
        m.denominator(),
        m.minSample(),
        percent(m.overallRate()),
        m.previous() == null ? "n/a" : percent(m.previous().rate()),
        trend,
        p == null ? "n/a" : percent(p.rate()),
        p == null ? "" : statusLabel(p.status()),
        p == null ? "" : statusClass(p.status()),
        p == null ? "" : MOMENT.format(p.knownUntil()),
        m.burnRate() == null ? "" : String.format(Locale.ROOT, "%.2f", m.burnRate()),
        m.breachAt() == null ? "" : SHORT.format(m.breachAt()),
        origin(m.targetSource()),
        text(m.targetSource().source()),
        fmt(barPct),
        fmt(targetPct),
        percent(top),
        spark,
        "Periods, oldest first: "
            + String.join(", ", history.stream().map(v -> percent(v.rate())).toList())
            + "; target "
            + (m.comparison() == Comparison.AT_MOST ? "at most " : "at least ")
            + percent(target),
        drivers);
  }

  private static Spark spark(List<PeriodValue> history, double target, Comparison comparison) {
    double top = target * 1.5;
    for (PeriodValue v : history) {
      if (v.rate() != null) {
        top = Math.max(top, v.rate());
      }
    }
    if (top <= 0) {
      top = 1;
    }
    top = top * 1.1;
    int n = history.size();
    double step = n <= 1 ? 0 : (SPARK_W - 8) / (n - 1);
    StringBuilder path = new StringBuilder();
    Dot last = null;
    boolean pen = false;
    for (int i = 0; i < n; i++) {
      PeriodValue v = history.get(i);
      double x = n <= 1 ? SPARK_W / 2 : 4 + i * step;
      if (v.rate() == null) {
        pen = false;
        continue;
      }
      double y = SPARK_H - 3 - (v.rate() / top) * (SPARK_H - 6);
      path.append(pen ? "L" : "M").append(Math.round(x)).append(' ').append(Math.round(y));
      pen = true;
      last =
          i == n - 1
              ? new Dot(
                  Long.toString(Math.round(x)),
                  Long.toString(Math.round(y)),
                  statusClass(v.status()))
              : null;
    }
    double ty = SPARK_H - 3 - (target / top) * (SPARK_H - 6);
    return new Spark(
        path.toString(), Long.toString(Math.round(ty)), last, comparison == Comparison.AT_MOST);
  }

  private static FindingView finding(
      Violation v,
      List<RecommendationView> recs,
      Names names,
      Map<String, Touchpoint> touchpoints) {
    List<ThresholdView> thresholds = new ArrayList<>();
    for (AppliedThreshold t : v.thresholds()) {
      Provenance prov = t.provenance();
      thresholds.add(
          new ThresholdView(
              text(t.key()),
              value(t.value(), t.unit()),
              Double.toString(t.value()),
              partyName(names, t.party()),
              origin(prov),
              prov.origin() == Provenance.Origin.AGREED ? "agreed" : "default",
              text(prov.source()),
              prov.url() == null || !safeUrl(prov.url()) ? "" : prov.url(),
              prov.asOf() == null ? "" : prov.asOf().toString(),
              t.partnership() == null ? "" : text(t.partnership())));
    }
    List<EvidenceView> evidence = new ArrayList<>();
    for (Evidence e : v.evidence()) {
      Touchpoint tp = touchpoints.get(e.id());
      String detail = "";
      if (tp != null) {
        List<String> parts = new ArrayList<>();
        parts.add(tp.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        parts.add(MOMENT.format(tp.at()));
        parts.add("by " + partyName(names, tp.party()));
        parts.add("via " + tp.channel().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        for (String product : new java.util.TreeSet<>(tp.productReferences())) {
          parts.add("product " + productName(names, product));
        }
        detail = text(String.join(", ", parts));
      }
      evidence.add(new EvidenceView(text(e.kind()), text(e.id()), detail));
    }
    return new FindingView(
        text(v.id()),
        anchor("v", v.id()),
        severityLabel(v.severity()),
        severityClass(v.severity()),
        text(v.title()),
        text(v.message()),
        partyName(names, v.responsibleParty()),
        chainParty(names, v.customerFacingParty(), v.responsibleParty()),
        chainParty(names, v.brand(), v.responsibleParty()),
        text(v.responsibility()),
        v.journey() == null ? "" : text(v.journey()),
        v.at() == null ? "" : MOMENT.format(v.at()),
        v.estimate() == null
            ? ""
            : v.estimate() + (v.estimateLabel() == null ? "" : " " + text(v.estimateLabel())),
        text(v.rule()),
        thresholds,
        evidence,
        recs);
  }

  private static RecommendationView recommendation(Recommendation r, Names names, String docsBase) {
    return new RecommendationView(
        text(r.standard()),
        link(docsBase, r.standard()),
        text(r.action()),
        partyName(names, r.owner()),
        partyName(names, r.accountableParty()),
        r.dueBy() == null ? "no due time" : MOMENT.format(r.dueBy()),
        r.dueBy() == null ? "" : r.dueBy().toString(),
        r.count());
  }

  // --- formatting -----------------------------------------------------------------------------

  /** Text from input, printable: control characters escaped (the template escapes HTML). */
  static String text(String s) {
    return Printable.escape(s);
  }

  static String partyName(Names names, String id) {
    return names.party(id);
  }

  /** A party of a finding's chain (null when unknown) with its name; empty when unknown or the responsible party. */
  static String chainParty(Names names, String id, String responsible) {
    return id == null || id.equals(responsible) ? "" : partyName(names, id);
  }

  static String productName(Names names, String id) {
    return names.product(id);
  }

  /**
   * {@return a rate as a percentage with one decimal, e.g. {@code 8.9 %}; {@code n/a} for none}
   *
   * @param rate a fraction, or null
   */
  public static String percent(Double rate) {
    return rate == null ? "n/a" : String.format(Locale.ROOT, "%.1f %%", rate * 100);
  }

  static String value(double value, Unit unit) {
    if (unit == null) {
      return trim(value);
    }
    return switch (unit) {
      case FRACTION -> percent(value);
      case HOURS -> trim(value) + " h";
      case DAYS -> trim(value) + " d";
      case MONEY -> trim(value) + " (money)";
      case COUNT -> trim(value);
      case FACTOR -> trim(value) + "×";
      case CELSIUS -> trim(value) + " °C";
    };
  }

  static String trim(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.4g", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  static String origin(Provenance p) {
    return p.origin() == Provenance.Origin.AGREED ? "Agreed" : "Default";
  }

  static String days(Duration length) {
    long hours = length.toHours();
    if (hours % 24 == 0) {
      long d = hours / 24;
      return d == 1 ? "1 day" : d + " days";
    }
    return hours == 1 ? "1 hour" : hours + " hours";
  }

  static String link(String base, String standard) {
    return base + encode(standard) + ".md";
  }

  /** A fragment id safe in HTML and URLs. */
  static String anchor(String prefix, String id) {
    StringBuilder out = new StringBuilder(prefix).append('-');
    for (char c : id.toCharArray()) {
      out.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
    }
    return out.append('-').append(Integer.toHexString(id.hashCode())).toString();
  }

  static String encode(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.') {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  static boolean safeUrl(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    return u.startsWith("https://") || u.startsWith("http://");
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static double clamp(double pct) {
    return Math.max(0, Math.min(100, pct));
  }

  static String standingLabel(Standing s) {
    return switch (s) {
      case EXCELLENT -> "Excellent";
      case AVERAGE -> "Average";
      case POOR -> "Poor";
      case VERY_POOR -> "Very poor";
    };
  }

  static String standingClass(Standing s) {
    return switch (s) {
      case EXCELLENT -> "good";
      case AVERAGE -> "risk";
      case POOR -> "poor";
      case VERY_POOR -> "bad";
    };
  }

  static String healthClass(io.sharedcx.model.finding.HealthBand b) {
    return switch (b) {
      case HEALTHY -> "good";
      case WATCH -> "risk";
      case REVIEW -> "poor";
      case STOP_NEW_ORDERS -> "bad";
    };
  }

  /**
   * {@return the words a metric status is shown with}
   *
   * @param s a status
   */
  public static String statusLabel(MetricStatus s) {
    return switch (s) {
      case GOOD -> "Good";
      case AT_RISK -> "At risk";
      case BAD -> "Off target";
      case INSUFFICIENT_DATA -> "Too few cases";
    };
  }

  static String statusClass(MetricStatus s) {
    return switch (s) {
      case GOOD -> "good";
      case AT_RISK -> "risk";
      case BAD -> "bad";
      case INSUFFICIENT_DATA -> "none";
    };
  }

  static String severityLabel(Severity s) {
    String n = s.name();
    return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
  }

  static String severityClass(Severity s) {
    return switch (s) {
      case CRITICAL -> "bad";
      case HIGH -> "poor";
      case MEDIUM -> "risk";
      case LOW -> "low";
      case INFO -> "none";
    };
  }

  // --- the parts ------------------------------------------------------------------------------

  /**
   * A standing and the partners in it.
   *
   * @param label e.g. {@code Very poor}
   * @param css its colour class
   * @param count how many partners
   * @param partners their names
   */
  public record StandingCount(String label, String css, int count, List<String> partners) {}

  /**
   * A count under a label.
   *
   * @param label e.g. {@code Critical}
   * @param css its colour class
   * @param count the count
   */
  public record Count(String label, String css, int count) {}

  /**
   * Violations of one standard.
   *
   * @param id the standard, printable
   * @param title its title
   * @param link its page
   * @param anchor the fragment of its findings
   * @param worst the worst severity, in words
   * @param worstCss its colour class
   * @param count how many
   */
  public record StandardCount(
      String id,
      String title,
      String link,
      String anchor,
      String worst,
      String worstCss,
      int count) {}

  /**
   * An open alarm.
   *
   * @param party the party
   * @param alarm what is due
   * @param standard the standard
   * @param level {@code Due today} or {@code At risk}
   * @param css its colour class
   * @param count how many obligations
   * @param earliestDue the soonest due
   */
  public record AlarmRow(
      String party,
      String alarm,
      String standard,
      String level,
      String css,
      int count,
      String earliestDue) {}

  /**
   * A partner's section.
   *
   * @param anchor its fragment id
   * @param id the party id, printable
   * @param name its name, printable, or empty
   * @param score the score
   * @param standing the standing, in words
   * @param standingCss its colour class
   * @param badMetrics metrics off target
   * @param riskMetrics metrics at risk
   * @param scoredViolations the violations the score counted
   * @param violations the violations the partner is responsible for in this report
   * @param health the health score, or null
   * @param metrics its metrics
   */
  public record PartnerView(
      String anchor,
      String id,
      String name,
      int score,
      String standing,
      String standingCss,
      int badMetrics,
      int riskMetrics,
      int scoredViolations,
      int violations,
      HealthView health,
      List<MetricView> metrics) {
    /** {@return the name and id, or the id alone} */
    public String display() {
      return name.isEmpty() || name.equals(id) ? id : name + " (" + id + ")";
    }
  }

  /**
   * A health score.
   *
   * @param score 0 to 100
   * @param band the band, in words
   * @param css its colour class
   * @param action what to do
   * @param counted violations counted
   * @param agedOut violations aged out
   * @param points points lost per standard
   * @param source where the numbers come from
   */
  public record HealthView(
      int score,
      String band,
      String css,
      String action,
      int counted,
      int agedOut,
      List<Points> points,
      String source) {
    /** {@return the points lost per standard, most first, in words} */
    public String pointsText() {
      return String.join(", ", points.stream().map(p -> p.standard() + " " + p.points()).toList());
    }
  }

  /**
   * Points a standard cost.
   *
   * @param standard the standard
   * @param points the points
   */
  public record Points(String standard, int points) {}

  /**
   * One metric of a partner.
   *
   * @param standard the standard
   * @param title its title, or empty
   * @param link its page
   * @param measure what is counted
   * @param partnership the partnership, or empty
   * @param status the status, in words
   * @param statusCss its colour class
   * @param rate the accountable rate, formatted
   * @param rateValue the rate as a number, or empty
   * @param comparison {@code ≤} or {@code ≥}, and a space
   * @param target the target, formatted
   * @param targetValue the target as a number
   * @param numerator failed or met cases
   * @param denominator cases
   * @param minSample the minimum sample
   * @param overall the overall rate, formatted
   * @param previous the previous period's rate, formatted
   * @param trend the trend, in words
   * @param projected the projected rate, formatted
   * @param projectedStatus its status, in words
   * @param projectedCss its colour class
   * @param knownUntil until when the projection knows the cases
   * @param burnRate the burn rate, or empty
   * @param breachAt when the target breaks at this pace, or empty
   * @param targetOrigin agreed or default
   * @param targetSource where the target comes from
   * @param barPct the bar's length, percent of the scale
   * @param targetPct the target marker's place, percent of the scale
   * @param scale the scale's top, formatted
   * @param spark the sparkline
   * @param sparkLabel the sparkline in words
   * @param drivers the top drivers, in words
   */
  public record MetricView(
      String standard,
      String title,
      String link,
      String measure,
      String partnership,
      String status,
      String statusCss,
      String rate,
      String rateValue,
      String comparison,
      String target,
      String targetValue,
      long numerator,
      long denominator,
      long minSample,
      String overall,
      String previous,
      String trend,
      String projected,
      String projectedStatus,
      String projectedCss,
      String knownUntil,
      String burnRate,
      String breachAt,
      String targetOrigin,
      String targetSource,
      String barPct,
      String targetPct,
      String scale,
      Spark spark,
      String sparkLabel,
      List<String> drivers) {}

  /**
   * A sparkline's geometry.
   *
   * @param path the SVG path of the rates
   * @param targetY the target line's height
   * @param last a dot on the last period, when it has a rate; else null
   * @param atMost whether lower is better
   */
  public record Spark(String path, String targetY, Dot last, boolean atMost) {
    /** {@return the drawing's width} */
    public String width() {
      return Integer.toString((int) SPARK_W);
    }

    /** {@return the drawing's height} */
    public String height() {
      return Integer.toString((int) SPARK_H);
    }
  }

  /**
   * The last period on a sparkline.
   *
   * @param x across
   * @param y down
   * @param css its status's colour class
   */
  public record Dot(String x, String y, String css) {}

  /**
   * Findings of one standard.
   *
   * @param id the standard
   * @param title its title
   * @param link its page
   * @param anchor its fragment id
   * @param findings the findings
   */
  public record StandardGroup(
      String id, String title, String link, String anchor, List<FindingView> findings) {}

  /**
   * One violation.
   *
   * @param id its id
   * @param anchor its fragment id
   * @param severity its severity, in words
   * @param severityCss its colour class
   * @param title the standard's title
   * @param message what happened
   * @param party the responsible party
   * @param customerFacing the customer-facing party (the seller of record, or the nearest brand,
   *     retailer or marketplace up the chain), or empty when unknown or the responsible party itself
   * @param brand the brand of the products its evidence names, or empty when unknown or the
   *     responsible party itself
   * @param responsibility why that party
   * @param journey the journey, or empty
   * @param at when, or empty
   * @param estimate the estimate, or empty
   * @param rule the rule
   * @param thresholds the thresholds in force
   * @param evidence the facts it rests on
   * @param recommendations what to do
   */
  public record FindingView(
      String id,
      String anchor,
      String severity,
      String severityCss,
      String title,
      String message,
      String party,
      String customerFacing,
      String brand,
      String responsibility,
      String journey,
      String at,
      String estimate,
      String rule,
      List<ThresholdView> thresholds,
      List<EvidenceView> evidence,
      List<RecommendationView> recommendations) {}

  /**
   * A threshold in force.
   *
   * @param key its key
   * @param value its value with its unit
   * @param rawValue its value as a number
   * @param party the party it was in force for
   * @param origin {@code Agreed} or {@code Default}
   * @param originCss its class
   * @param source where it comes from
   * @param url a link to the source, or empty
   * @param asOf when the source was read or signed, or empty
   * @param partnership the partnership, or empty
   */
  public record ThresholdView(
      String key,
      String value,
      String rawValue,
      String party,
      String origin,
      String originCss,
      String source,
      String url,
      String asOf,
      String partnership) {}

  /**
   * A fact a finding rests on.
   *
   * @param kind its kind
   * @param id its id
   * @param detail the touchpoint in words, or empty
   */
  public record EvidenceView(String kind, String id, String detail) {}

  /**
   * A recommendation.
   *
   * @param standard its standard
   * @param link the standard's page
   * @param action what to do
   * @param owner who does it
   * @param accountable who answers for it
   * @param due when, in words
   * @param dueIso when, ISO-8601, or empty
   * @param count how many violations it answers
   */
  public record RecommendationView(
      String standard,
      String link,
      String action,
      String owner,
      String accountable,
      String due,
      String dueIso,
      int count) {}

  /**
   * A journey that could not be assessed.
   *
   * @param journey the journey
   * @param standard the standard, or empty
   * @param message what went wrong
   */
  public record FailureView(String journey, String standard, String message) {}
}
