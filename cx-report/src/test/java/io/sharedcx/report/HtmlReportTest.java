package io.sharedcx.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sharedcx.model.finding.Alarm;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Failure;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Scorecard;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Standing;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.finding.WindowAssessment;
import io.sharedcx.report.internal.HtmlView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML report's structure, read back with jsoup: every number shown is the assessment's. */
class HtmlReportTest {
  static final HtmlReport.Input INPUT = Fixtures.input(4, 5, 6, false);
  static final Document DOC = Jsoup.parse(HtmlReport.render(INPUT));

  /** A shown percentage, e.g. {@code 8.9 %}, as a fraction. */
  static double percent(String text) {
    String t = text.trim();
    assertThat(t).matches("-?[0-9]+\\.[0-9] %");
    return Double.parseDouble(t.substring(0, t.length() - 2)) / 100;
  }

  static List<Violation> shownViolations() {
    List<Violation> shown = new ArrayList<>(INPUT.window().violations());
    for (Violation v : INPUT.assessment().violations()) {
      if (v.at() == null || INPUT.window().window().contains(v.at())) {
        shown.add(v);
      }
    }
    return shown;
  }

  @Test
  void partnerSections_showEachScorecardsScoreHealthAndStanding() {
    for (Scorecard card : INPUT.window().scorecards()) {
      Element section = DOC.selectFirst("section.partner[data-party=" + card.party() + "]");
      assertThat(section).as(card.party()).isNotNull();
      assertThat(section.selectFirst("[data-score]").text())
          .isEqualTo(Integer.toString(card.score()));
      assertThat(section.selectFirst("[data-health]").text())
          .isEqualTo(Integer.toString(card.health().score()));
      String standing = card.standing().name().replace('_', ' ').toLowerCase(Locale.ROOT);
      assertThat(section.selectFirst(".partner-head .standing").text().toLowerCase(Locale.ROOT))
          .isEqualTo(standing);
      assertThat(section.selectFirst("h3").text()).isEqualTo(INPUT.names().party(card.party()));
    }
  }

  @Test
  void partnersAreListedWorstScoreFirst() {
    List<Integer> scores =
        DOC.select("section.partner [data-score]").stream()
            .map(e -> Integer.parseInt(e.text()))
            .toList();
    assertThat(scores).hasSize(INPUT.window().scorecards().size()).isSorted();
  }

  @Test
  void everyMetric_showsTheAssessmentsNumbers() {
    int seen = 0;
    for (MetricResult m : INPUT.window().metrics()) {
      Element section = DOC.selectFirst("section.partner[data-party=" + m.party() + "]");
      Element card =
          section.select("tr.metric").stream()
              .filter(r -> r.selectFirst("th a").text().equals(m.standard()))
              .findFirst()
              .orElse(null);
      assertThat(card).as(m.party() + " " + m.standard()).isNotNull();
      assertThat(percent(card.selectFirst(".rate").text())).isCloseTo(m.rate(), within(0.0005));
      assertThat(percent(card.selectFirst("span.target").text()))
          .isCloseTo(m.target(), within(0.0005));
      List<String> cells = card.select("td").eachText();
      assertThat(cells.get(3)).isEqualTo(m.numerator() + " of " + m.denominator());
      assertThat(percent(cells.get(4))).isCloseTo(m.overallRate(), within(0.0005));
      String previous = cells.get(2).replaceAll(".*, previous ", "");
      assertThat(percent(previous)).isCloseTo(m.previous().rate(), within(0.0005));
      String projected = cells.get(5).substring(0, cells.get(5).indexOf('%') + 1);
      assertThat(percent(projected)).isCloseTo(m.projection().rate(), within(0.0005));
      assertThat(cells.get(0)).isEqualTo(HtmlView.statusLabel(m.status()));
      assertThat(cells.get(5))
          .contains(HtmlView.statusLabel(m.projection().status()))
          .contains(String.format(Locale.ROOT, "burn rate %.2f", m.burnRate()));
      assertThat(cells.get(6)).contains("Tea box (tea-box)");
      // The sparkline says its rates, oldest first.
      String rates =
          String.join(
              ", ",
              m.history().stream()
                  .map(v -> v.rate() == null ? "n/a" : HtmlView.percent(v.rate()))
                  .toList());
      assertThat(card.selectFirst("svg.spark").attr("aria-label"))
          .startsWith("Periods, oldest first: " + rates + "; target");
      seen++;
    }
    assertThat(seen).isEqualTo(20);
  }

  @Test
  void overview_countsPartnersByStandingViolationsBySeverityAndStandard_andAlarms() {
    for (Standing s : Standing.values()) {
      long expected = INPUT.window().scorecards().stream().filter(c -> c.standing() == s).count();
      String label = s.name().replace('_', ' ').toLowerCase(Locale.ROOT);
      Element row =
          DOC.select("li.standing-row").stream()
              .filter(e -> e.attr("data-standing").toLowerCase(Locale.ROOT).equals(label))
              .findFirst()
              .orElseThrow();
      assertThat(row.selectFirst(".num").text()).isEqualTo(Long.toString(expected));
    }
    List<Violation> shown = shownViolations();
    assertThat(shown).hasSize(INPUT.window().violations().size() + 4);
    assertThat(DOC.getElementById("violation-total").text())
        .isEqualTo(Integer.toString(shown.size()));
    for (Severity s : Severity.values()) {
      long expected = shown.stream().filter(v -> v.severity() == s).count();
      Element row =
          DOC.select("li.severity-row").stream()
              .filter(e -> e.attr("data-severity").equalsIgnoreCase(s.name()))
              .findFirst()
              .orElseThrow();
      assertThat(row.selectFirst(".num").text()).as(s.name()).isEqualTo(Long.toString(expected));
    }
    for (Element row : DOC.select("tr.standard-row")) {
      String standard = row.attr("data-standard");
      long expected = shown.stream().filter(v -> v.standard().equals(standard)).count();
      assertThat(row.selectFirst("td.num").text()).isEqualTo(Long.toString(expected));
      Element group = DOC.selectFirst("section.standard[data-standard=" + standard + "]");
      assertThat(group.select("details.finding")).hasSize((int) expected);
    }
    assertThat(DOC.select("tr.standard-row"))
        .hasSize((int) shown.stream().map(Violation::standard).distinct().count());
    assertThat(DOC.text()).contains("1 journey violations outside the period are not shown");
    List<Alarm> alarms = INPUT.assessment().alarms();
    assertThat(DOC.getElementById("alarm-total").text()).isEqualTo(Integer.toString(alarms.size()));
    assertThat(DOC.select("tr.alarm")).hasSize(alarms.size());
    assertThat(DOC.getElementById("period").attr("data-from"))
        .isEqualTo(INPUT.window().window().from().toString());
  }

  @Test
  void findings_showTheThresholdInForceWithItsSource_evidence_andRecommendation() {
    Violation v = INPUT.window().violations().get(0);
    Element finding = DOC.selectFirst("details.finding[data-violation=" + v.id() + "]");
    Element threshold = finding.selectFirst("li.threshold");
    assertThat(threshold.attr("data-key")).isEqualTo("maxRate");
    assertThat(Double.parseDouble(threshold.attr("data-value")))
        .isEqualTo(v.thresholds().get(0).value());
    assertThat(threshold.text())
        .contains("maxRate = 2.5 %")
        .contains("Agreed")
        .contains("Contract s.4")
        .contains("partnership brand-" + v.responsibleParty());
    assertThat(finding.select("ul.evidence li")).hasSize(v.evidence().size());
    assertThat(finding.selectFirst("p.rec").text())
        .contains("Agree a plan to cut cancellations")
        .contains("Owner Gift Shop (brand)")
        .contains("accountable Partner 0 Ltd (partner-0)");
    assertThat(finding.selectFirst("summary").text()).startsWith("High ");
  }

  @Test
  void findings_showTheChainPartiesWithNames_whenTheyDifferFromTheResponsibleParty() {
    Element packed = DOC.selectFirst("details.finding[data-violation=J:partner-1:slip]");
    assertThat(packed.selectFirst("dd.customer-facing").text())
        .isEqualTo("Partner 0 Ltd (partner-0)");
    assertThat(packed.selectFirst("dd.brand").text()).isEqualTo("Gift Shop (brand)");
    assertThat(packed.select("dt").eachText())
        .containsSubsequence("Responsible", "Customer-facing", "Brand", "Why this party");
    // the seller's own finding names it once, as responsible; its brand still shows
    Element own = DOC.selectFirst("details.finding[data-violation=J:partner-0:slip]");
    assertThat(own.select("dd.customer-facing")).isEmpty();
    assertThat(own.selectFirst("dd.brand").text()).isEqualTo("Gift Shop (brand)");
    // a window finding with no chain shows neither
    Element window =
        DOC.selectFirst(
            "details.finding[data-violation=" + INPUT.window().violations().get(0).id() + "]");
    assertThat(window.select("dd.customer-facing, dd.brand")).isEmpty();
  }

  @Test
  void recommendations_areListedByDueDate_withoutDueLast() {
    List<String> due = DOC.select("tr.recommendation").eachAttr("data-due");
    int total =
        INPUT.window().recommendations().size() + INPUT.assessment().recommendations().size();
    List<String> dated = due.stream().filter(d -> !d.isEmpty()).toList();
    assertThat(DOC.select("tr.recommendation")).hasSize(total);
    assertThat(dated).isSorted();
    assertThat(due.subList(0, dated.size())).isEqualTo(dated);
    Recommendation first =
        INPUT.assessment().recommendations().stream()
            .min((a, b) -> a.dueBy().compareTo(b.dueBy()))
            .orElseThrow();
    assertThat(DOC.selectFirst("tr.recommendation").text()).contains(first.action());
  }

  @Test
  void eachStandard_linksToItsPage_underTheConfiguredBase() {
    Element link = DOC.selectFirst("section.standard h3 a");
    String standard = link.text();
    assertThat(link.attr("href")).isEqualTo("../docs/standards/" + standard + ".md");
    assertThat(DOC.select("tr.metric th a").eachAttr("href"))
        .allMatch(h -> h.startsWith("../docs/standards/") && h.endsWith(".md"));
  }

  @Test
  void page_isSelfContained_noScriptNoExternalResource() {
    assertThat(DOC.select("script, link, img, iframe, object, embed")).isEmpty();
    assertThat(DOC.select("[src]")).isEmpty();
    assertThat(DOC.select("style")).hasSize(1);
    assertThat(DOC.selectFirst("html").attr("lang")).isEqualTo("en");
  }

  @Test
  void hostileIdsAndMessages_appearEscaped() {
    HtmlReport.Input hostile = Fixtures.input(2, 2, 3, true);
    String html = HtmlReport.render(hostile);
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).isEmpty();
    assertThat(html).doesNotContain("<script>").doesNotContain("\u001b");
    assertThat(html).contains("&lt;script&gt;alert(");
    // Read back as text, the markup and quotes are there as they were, the control character as an
    // escape.
    String shown = "<script>alert(\"x\")</script>'\\u001b[2K&amp;";
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Report " + shown);
    Element partner = doc.selectFirst("section.partner[data-party^=partner-0]");
    assertThat(partner.attr("data-party")).isEqualTo("partner-0" + shown);
    // A party id no portfolio names is shown alone; a name from input is escaped like an id.
    assertThat(partner.selectFirst("h3").text()).isEqualTo("partner-0" + shown);
    assertThat(doc.selectFirst("section.partner[data-party=partner-1] h3").text())
        .isEqualTo("Partner 1 Ltd" + shown + " (partner-1)");
    assertThat(doc.select("span.message").eachText())
        .anyMatch(t -> t.equals("Cancel rate above target for partner-0" + shown + shown));
    // Every attribute stays one attribute: no element got an attribute from input.
    for (Element e : doc.getAllElements()) {
      e.attributes()
          .forEach(a -> assertThat(a.getKey()).doesNotContain("alert").doesNotContain("\""));
    }
    // The link of a hostile standard id is percent-encoded.
    assertThat(doc.select("a[href]").eachAttr("href"))
        .filteredOn(h -> h.startsWith("../docs/"))
        .allMatch(h -> h.matches("[A-Za-z0-9./_%-]+"));
  }

  @Test
  void write_toAFile_andBadInputIsAClearError(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("r.html");
    HtmlReport.write(INPUT, file);
    assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThatThrownBy(
            () ->
                new HtmlReport.Input(
                    "t",
                    INPUT.assessment(),
                    INPUT.window(),
                    Names.NONE,
                    java.util.Map.of(),
                    java.util.Map.of(),
                    "",
                    0))
        .hasMessageContaining("periods 0");
  }

  /**
   * A docs base the page could not link to (a script or data link, which the page's template blanks)
   * is an error, not a page of empty links; web addresses, file links and relative paths are kept.
   */
  @Test
  void docsBase_thatNoLinkCouldOpen_isAnError() {
    for (String bad : List.of("javascript:alert(1)", "JavaScript:void(0)", "data:text/html,x")) {
      assertThatThrownBy(() -> withDocsBase(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "the docs base '"
                  + bad
                  + "' is neither a web address nor a relative path, so its links would not open."
                  + " Maybe https://example.org/docs/standards/ or ../docs/standards/");
    }
    for (String good :
        List.of(
            "https://example.org/docs/standards/",
            "HTTP://example.org/",
            "file:///srv/docs/",
            "../docs/standards/",
            "docs/",
            "")) {
      Document doc = Jsoup.parse(HtmlReport.render(withDocsBase(good)));
      assertThat(doc.select("a[href]").eachAttr("href")).as(good).noneMatch(String::isEmpty);
    }
  }

  private static HtmlReport.Input withDocsBase(String docsBase) {
    return new HtmlReport.Input(
        "t",
        INPUT.assessment(),
        INPUT.window(),
        INPUT.names(),
        INPUT.standardTitles(),
        INPUT.touchpoints(),
        docsBase,
        INPUT.periods());
  }

  @Test
  void failures_ofTheAssessmentAndOfTheWindowAlone_areEachListedOnce() {
    Failure both =
        Failure.builder().journey("j-both").message("firing limit reached in both").build();
    Failure windowOnly =
        Failure.builder()
            .journey("j-window")
            .standard("ACME-CASE")
            .rule("Counts a case")
            .message("a case rule threw")
            .build();
    Assessment assessment = Assessment.builder().from(INPUT.assessment()).addFailures(both).build();
    WindowAssessment window =
        WindowAssessment.builder().from(INPUT.window()).addFailures(both, windowOnly).build();
    Document doc =
        Jsoup.parse(
            HtmlReport.render(HtmlReport.Input.of("Failures", assessment, window, INPUT.names())));
    List<String> journeys =
        doc.select("table.failures tbody tr td:first-child").stream().map(Element::text).toList();
    assertThat(journeys).containsExactly("j-both", "j-window");
    assertThat(doc.select("table.failures").text())
        .contains("ACME-CASE")
        .contains("a case rule threw");
  }
}
