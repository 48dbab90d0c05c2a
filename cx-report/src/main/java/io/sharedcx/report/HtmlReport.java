package io.sharedcx.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.WindowAssessment;
import io.sharedcx.report.internal.HtmlView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The partner report as one self-contained HTML page, for the people who act on the findings: an
 * overview (partners by standing, open alarms, violations by severity and by standard, the period
 * covered), a section per partner (standing and score and how it is computed, each metric as a bar
 * against its target with its status in words, a sparkline over the last periods, the projection, the
 * accountable beside the overall rate, the top drivers), the findings grouped by standard (the thresholds
 * in force and where they come from, the evidence down to the touchpoints, the recommendations), and the
 * recommendations by due date. CSS and SVG are inline; the page loads nothing and runs no script. Every
 * text from input is HTML-escaped, its control characters shown as escapes (see {@link Printable}).
 *
 * <pre>{@code
 * HtmlReport.write(
 *     HtmlReport.Input.of("March", engine.assess(portfolio), engine.assessWindow(portfolio, march),
 *         Names.of(portfolio)),
 *     Path.of("target/report.html"));
 * }</pre>
 *
 * <p>The sections and the CSV columns are described in {@code docs/REPORT.md}.
 */
public final class HtmlReport {
  /** A link's scheme, when it has one: a relative path has none. */
  private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");

  /** The schemes a docs base may have: a page opens their links. */
  private static final Set<String> LINKABLE = Set.of("http", "https", "file");

  /** Where the standards' pages are by default: the project's documentation. */
  public static final String DEFAULT_DOCS_BASE =
      "https://github.com/sharedcx/sharedcx/blob/main/docs/standards/";

  /** Periods a sparkline shows by default. */
  public static final int DEFAULT_PERIODS = 6;

  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, HtmlReport.class.getClassLoader(), "io.sharedcx.report.internal");

  private HtmlReport() {}

  /**
   * What a report is made of.
   *
   * @param title the page's title, e.g. the file's name
   * @param assessment the journeys' assessment: violations (those in the window's period are shown),
   *     recommendations, alarms, failures
   * @param window the window assessment: metrics, scorecards, window violations and recommendations
   * @param names the names of parties and products, shown beside their ids
   * @param standardTitles the standards' titles by id (a standard with a violation also has its title
   *     from it)
   * @param touchpoints the touchpoints by id, so evidence is shown down to them
   * @param docsBase the link each standard's page is under: the page is this, the standard's id and
   *     {@code .md}; relative (e.g. {@code ../docs/standards/}) or absolute
   * @param periods how many periods a sparkline shows at most, 1 or more
   */
  public record Input(
      String title,
      Assessment assessment,
      WindowAssessment window,
      Names names,
      Map<String, String> standardTitles,
      Map<String, Touchpoint> touchpoints,
      String docsBase,
      int periods) {
    /**
     * Checks the input and copies the maps.
     *
     * @param title the page's title
     * @param assessment the journeys' assessment
     * @param window the window assessment
     * @param names the names of parties and products
     * @param standardTitles the standards' titles by id
     * @param touchpoints the touchpoints by id
     * @param docsBase the link each standard's page is under
     * @param periods how many periods a sparkline shows at most
     */
    public Input {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(assessment, "assessment");
      Objects.requireNonNull(window, "window");
      Objects.requireNonNull(names, "names");
      Objects.requireNonNull(docsBase, "docsBase");
      var scheme = SCHEME.matcher(docsBase);
      if (scheme.lookingAt() && !LINKABLE.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
        // The page's template would blank such a link (javascript:, data:): every standard's link
        // would be empty.
        throw new IllegalArgumentException(
            "the docs base '"
                + docsBase
                + "' is neither a web address nor a relative path, so its links would not open."
                + " Maybe https://example.org/docs/standards/ or ../docs/standards/");
      }
      standardTitles = Map.copyOf(standardTitles);
      touchpoints = Map.copyOf(touchpoints);
      if (periods < 1) {
        throw new IllegalArgumentException("periods " + periods + ": a sparkline shows 1 or more");
      }
    }

    /**
     * {@return the input with no standard titles beyond the violations', no touchpoints, the default
     * documentation link and {@value HtmlReport#DEFAULT_PERIODS} periods}
     *
     * @param title the page's title
     * @param assessment the journeys' assessment
     * @param window the window assessment
     * @param names the names of parties and products
     */
    public static Input of(
        String title, Assessment assessment, WindowAssessment window, Names names) {
      return new Input(
          title, assessment, window, names, Map.of(), Map.of(), DEFAULT_DOCS_BASE, DEFAULT_PERIODS);
    }
  }

  /**
   * Writes the report.
   *
   * @param input what it is made of
   * @param out where the page is written; flushed, not closed
   * @throws UncheckedIOException when the page cannot be written
   */
  public static void write(Input input, Writer out) {
    HtmlView view =
        new HtmlView(
            input.title(),
            input.assessment(),
            input.window(),
            input.names(),
            input.standardTitles(),
            input.touchpoints(),
            input.docsBase(),
            input.periods());
    TEMPLATES.render("report.jte", view, new WriterOutput(out));
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the report to a file, UTF-8, replacing it.
   *
   * @param input what it is made of
   * @param file the page's file, e.g. {@code report.html}
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(Input input, Path file) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(input, out);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write the report: " + e.getMessage(), e);
    }
  }

  /**
   * {@return the report as a string}
   *
   * @param input what it is made of
   */
  public static String render(Input input) {
    StringWriter out = new StringWriter();
    write(input, out);
    return out.toString();
  }
}
