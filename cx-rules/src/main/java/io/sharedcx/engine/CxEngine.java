package io.sharedcx.engine;

import com.google.common.collect.ImmutableSet;
import io.sharedcx.authoring.ComplaintCluster;
import io.sharedcx.authoring.RepeatedViolations;
import io.sharedcx.engine.internal.Adjudicator;
import io.sharedcx.engine.internal.AgreementCheck;
import io.sharedcx.engine.internal.Agreements;
import io.sharedcx.engine.internal.AsOf;
import io.sharedcx.engine.internal.CompileCache;
import io.sharedcx.engine.internal.ComplaintClusters;
import io.sharedcx.engine.internal.CustomDefaults;
import io.sharedcx.engine.internal.DefaultsFile;
import io.sharedcx.engine.internal.DrlCompiler;
import io.sharedcx.engine.internal.JourneyFacts;
import io.sharedcx.engine.internal.Lazy;
import io.sharedcx.engine.internal.PackSources;
import io.sharedcx.engine.internal.PartnershipsInForce;
import io.sharedcx.engine.internal.RecordedFindings;
import io.sharedcx.engine.internal.RuleBase;
import io.sharedcx.engine.internal.RuleBaseMemo;
import io.sharedcx.engine.internal.RuleMetadata;
import io.sharedcx.engine.internal.Run;
import io.sharedcx.engine.internal.Scorecards;
import io.sharedcx.engine.internal.SessionPool;
import io.sharedcx.engine.internal.WindowJudge;
import io.sharedcx.engine.internal.WindowTally;
import io.sharedcx.model.Adjustments;
import io.sharedcx.model.DisputeReason;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Partnership;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.finding.Adjudication;
import io.sharedcx.model.finding.Alarm;
import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Failure;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.Obligation;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Scorecard;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.finding.Window;
import io.sharedcx.model.finding.WindowAssessment;
import io.sharedcx.model.json.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * Assesses customer journeys against a standard pack. Built once (the pack is compiled or loaded when
 * {@link Builder#build()} runs), immutable and safe to share between threads.
 *
 * <pre>{@code
 * CxEngine engine = CxEngine.builder().build();           // the default standard pack
 * Assessment assessment = engine.assess(portfolio);
 * for (Violation v : assessment.violations()) {
 *   System.out.println(v.standard() + " " + v.severity() + " " + v.responsibleParty() + ": " + v.message());
 * }
 * }</pre>
 */
public final class CxEngine {
  /**
   * Firings allowed per journey (per started block of 500 facts of a big journey) before the engine
   * stops a runaway rule; a journey stopped there is a failure.
   */
  public static final int DEFAULT_FIRING_LIMIT = 10_000;

  private final RuleBase ruleBase;

  /**
   * Sessions of the whole rule base, for windows and small journey assessments once the part of it that
   * {@link RuleBase#reaching} gives the first of them no longer serves (see {@link #reached}): its
   * KieBase is built on first use, so an engine that only streams journeys (which {@link
   * #journeySessions} serve) never builds it.
   */
  private final Lazy<SessionPool> sessions;

  /**
   * Sessions of {@link RuleBase#journeyRules()}: journeys never fire window case rules, so they are
   * assessed without them; window cases come from sessions of the whole rule base. Made on first use.
   */
  private final Lazy<SessionPool> journeySessions;

  /**
   * Sessions of the rule base that {@link RuleBase#reaching} gave a small portfolio in place of the
   * whole one, and that rule base; null when there is none.
   */
  private volatile @Nullable Reached reached;

  private record Reached(RuleBase ruleBase, SessionPool sessions) {}

  private final int firingLimit;

  private final Set<String> only;

  /** What a journey assessment fires: the chosen standards' rules, window cases left out. */
  private final AgendaFilter filter;

  /** What a window assessment fires: the chosen standards' rules, window cases included. */
  private final AgendaFilter windowFilter;

  private CxEngine(RuleBase ruleBase, int firingLimit, Set<String> only) {
    this.ruleBase = ruleBase;
    this.sessions = new Lazy<>(() -> new SessionPool(ruleBase.kieBase()));
    this.journeySessions =
        new Lazy<>(
            () -> {
              RuleBase journeyRules = ruleBase.journeyRules();
              return journeyRules == ruleBase
                  ? sessions.get()
                  : new SessionPool(journeyRules.kieBase());
            });
    this.firingLimit = firingLimit;
    this.only = ImmutableSet.copyOf(only);
    // A recommendation rule of no standard (the shared window plan) reacts only to violations of
    // the standards run.
    this.windowFilter =
        only.isEmpty()
            ? match -> true
            : match -> {
              String standard = RuleMetadata.value(match.getRule(), "standard");
              return standard == null
                  ? "recommendation".equals(RuleMetadata.value(match.getRule(), "kind"))
                  : this.only.contains(standard);
            };
    this.filter = match -> !ruleBase.isCaseRule(match.getRule()) && windowFilter.accept(match);
  }

  /** An engine of every standard of {@code ruleBase}: for tests that need a rule base of their own. */
  static CxEngine over(RuleBase ruleBase) {
    return new CxEngine(ruleBase, DEFAULT_FIRING_LIMIT, Set.of());
  }

  /** {@return a new builder for an engine with the default standard pack} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the standards of this engine's pack, by id} */
  public Map<String, StandardInfo> standards() {
    return ruleBase.standards();
  }

  /**
   * {@return the ids of the standards this engine runs: all of the pack's, or the ones chosen with
   * {@link Builder#only}}
   */
  public Set<String> standardsRun() {
    return only.isEmpty() ? ruleBase.standards().keySet() : only;
  }

  /**
   * Checks the agreements of a portfolio against this engine's standards (the pack's and the custom ones
   * loaded): every standard id named exists, every term names a standard and key that has a default, its
   * value lies in the range of that threshold's unit, and its unit, when given, is the default's. The
   * assessing methods run the same check and throw an {@link AgreementException} when it finds anything.
   *
   * @param portfolio the portfolio (its partnerships are what is checked)
   * @return one problem per mistake, with the partnership and the JSON path; empty when all is well
   */
  public List<AgreementProblem> checkAgreements(Portfolio portfolio) {
    Required.portfolio(portfolio, "checkAgreements(portfolio)", "portfolio");
    return AgreementCheck.problems(portfolio, ruleBase);
  }

  private void requireSoundAgreements(Portfolio portfolio) {
    List<AgreementProblem> problems = checkAgreements(portfolio);
    if (!problems.isEmpty()) {
      throw new AgreementException(problems);
    }
  }

  /**
   * Assesses every journey of a portfolio, each on its own; a journey that fails is recorded as a
   * {@link Failure} and the others are still assessed.
   *
   * @param portfolio the parties, partnerships and journeys
   * @return the findings, in a stable order
   * @throws AgreementException when an agreement does not fit the engine's standards (see {@link
   *     #checkAgreements}); nothing is assessed then
   */
  public Assessment assess(Portfolio portfolio) {
    Required.portfolio(portfolio, "assess(portfolio)", "portfolio");
    requireSoundAgreements(portfolio);
    return assess(portfolio, filter, c -> {}, null, true);
  }

  /**
   * Assesses every journey of a portfolio as it stood at an instant: only what was known then is seen,
   * and "now" for every rule is {@code asOf}. A touchpoint is known from its {@code at}; a later time
   * inside a known touchpoint (a parcel's first carrier scan, a delivery, a pickup's ready time) had not
   * happened yet and is left out; a touchpoint about one not yet known (the delivery of a parcel whose
   * shipment record came later) is not known either. A feed is judged as last seen by then. As of a
   * journey's {@code observedAt} this gives the findings of {@link #assess(Portfolio)}; the obligations
   * say which deadlines are pending, at risk, met or violated then, the alarms which need action, and
   * {@link Assessment#nextChangeAt()} when to look again.
   *
   * @param portfolio the parties, partnerships and journeys
   * @param asOf the instant
   * @return the findings as of {@code asOf}, in a stable order
   */
  public Assessment assess(Portfolio portfolio, Instant asOf) {
    Required.portfolio(portfolio, "assess(portfolio, asOf)", "portfolio");
    Required.notNull(
        asOf,
        "assess(portfolio, asOf)",
        "asOf",
        "Maybe call assess(portfolio) to judge each journey as last observed");
    requireSoundAgreements(portfolio);
    return assess(AsOf.portfolio(portfolio, asOf), filter, c -> {}, asOf, true);
  }

  /**
   * Assesses every journey of a portfolio as of an instant, as {@link #assess(Portfolio, Instant)} does,
   * and hands each window case its journeys' rules decide to {@code windowCases}: which subject counts
   * for which window standard, party and partnership, met, failed or excluded, and when. A stream
   * runner keeps a journey's latest cases and judges the window metrics from them with {@link
   * #windowMetrics}; the findings are those of {@link #assess(Portfolio, Instant)}.
   *
   * @param portfolio the parties, partnerships and journeys
   * @param asOf the instant
   * @param windowCases receives the window cases, journey by journey
   * @return the findings as of {@code asOf}, in a stable order
   */
  public Assessment assess(Portfolio portfolio, Instant asOf, Consumer<WindowCase> windowCases) {
    String call = "assess(portfolio, asOf, windowCases)";
    Required.portfolio(portfolio, call, "portfolio");
    Required.notNull(
        asOf, call, "asOf", "Maybe pass the instant to judge as of, such as the latest event's");
    Required.notNull(
        windowCases,
        call,
        "windowCases",
        "Maybe call assess(portfolio, asOf) when the window cases are not wanted");
    requireSoundAgreements(portfolio);
    return assess(AsOf.portfolio(portfolio, asOf), windowFilter, windowCases, asOf, true);
  }

  /**
   * Judges window metrics from window cases kept elsewhere (a stream runner's state): the cases are
   * summed per standard, party and partnership in force, for the window and the periods of its length
   * before it, and each sum is judged against the target, minimum sample and early-warning ratio of the
   * agreement in force, as {@link #assessWindow(Portfolio, Window, WindowOptions)} judges its metrics.
   * The order of the cases changes only which failed subjects are listed first as drivers.
   *
   * @param parties the parties and partnerships whose agreements judge the metrics (journeys are not read)
   * @param window the window: the last period
   * @param options the periods of the trend line and the look-back
   * @param cases the cases, in any order; those outside the window and its periods are left out
   * @param knownUntil the data's last instant, for the projection; null when unknown
   * @return a metric per standard, party and partnership with a case in the window or its periods, by
   *     standard, party, then partnership
   */
  public List<MetricResult> windowMetrics(
      Portfolio parties,
      Window window,
      WindowOptions options,
      Iterable<WindowCase> cases,
      @Nullable Instant knownUntil) {
    String call = "windowMetrics(parties, window, options, cases, knownUntil)";
    Required.portfolio(parties, call, "parties");
    Required.notNull(window, call, "window", "Maybe pass Window.of(from, to)");
    Required.notNull(options, call, "options", "Maybe pass WindowOptions.DEFAULT");
    Required.notNull(cases, call, "cases", "Maybe pass an empty list when there are none");
    requireSoundAgreements(parties);
    WindowTally tally = new WindowTally(window, options.periods(), options.lookBack());
    cases.forEach(tally::add);
    return judge(
        parties,
        window,
        tally,
        new WindowJudge.Asked(options.periods(), options.lookBack(), knownUntil));
  }

  /** Judges each count of {@code tally} that the engine runs and the portfolio's agreements apply to. */
  private List<MetricResult> judge(
      Portfolio portfolio, Window window, WindowTally tally, WindowJudge.Asked asked) {
    PartnershipsInForce inForce = new PartnershipsInForce(portfolio, ruleBase.defaults());
    Map<String, Partnership> partnerships = new HashMap<>();
    portfolio.partnerships().forEach(p -> partnerships.put(p.id(), p));
    List<MetricResult> metrics = new ArrayList<>();
    for (WindowTally.Count count : tally.counts()) {
      if ((only.isEmpty() || only.contains(count.standard()))
          && Agreements.applies(portfolio, count.standard(), count.party())) {
        WindowJudge.Measure measure = ruleBase.windowMeasures().get(count.standard());
        if (measure == null) {
          throw new IllegalStateException(
              "standard "
                  + count.standard()
                  + " counts window cases but no rule of it"
                  + " says what they measure. Maybe add @measure(\"...\") and @comparison(AT_MOST|AT_LEAST) to its"
                  + " @kind(window) rule.");
        }
        metrics.add(
            WindowJudge.judge(
                count,
                measure,
                window,
                inForce.thresholds(
                    count.party(),
                    count.partnership() == null ? null : partnerships.get(count.partnership())),
                asked));
      }
    }
    return metrics;
  }

  /**
   * Assesses every journey with the rules {@code fire} accepts, handing the window cases they emit to
   * {@code cases}.
   *
   * @param keepObligations whether the assessment keeps the journeys' obligations, their alarms and next
   *     change (a window's pass over its journeys does not)
   */
  private Assessment assess(
      Portfolio portfolio,
      AgendaFilter fire,
      Consumer<WindowCase> cases,
      @Nullable Instant asOf,
      boolean keepObligations) {
    Assessment.Builder result = Assessment.builder().standardsRun(standardsRun()).asOf(asOf);
    Collected collected = new Collected(cases, keepObligations);
    // Window case rules fire only when a window asks for them; otherwise many journeys run without
    // them.
    try (Run run =
        fire == filter
                && (portfolio.journeys().size() >= JOURNEY_RULES_FROM || journeySessions.isMade())
            ? newRun(portfolio)
            : wholeRun(portfolio, fire)) {
      for (Journey journey : portfolio.journeys()) {
        try {
          collected.add(run.journey(journey));
          result.addJourneysAssessed(journey.id());
        } catch (RuntimeException e) {
          result.addFailures(JourneyFacts.failure(journey.id(), e));
        }
      }
      if (JourneyFacts.hasPortfolioLevelFacts(portfolio)) {
        try {
          collected.add(run.portfolioLevel());
        } catch (RuntimeException e) {
          result.addFailures(JourneyFacts.failure(JourneyFacts.PORTFOLIO_LEVEL, e));
        }
      }
    }
    return withObligations(result, collected.obligations)
        .violations(collected.violations)
        .recommendations(collected.recommendations)
        .build();
  }

  /** The findings of an assessment's records (its journeys, its portfolio-level facts), in order. */
  private static final class Collected {
    final List<Violation> violations = new ArrayList<>();
    final List<Recommendation> recommendations = new ArrayList<>();
    final List<Obligation> obligations = new ArrayList<>();
    private final Consumer<WindowCase> cases;
    private final boolean keepObligations;

    Collected(Consumer<WindowCase> cases, boolean keepObligations) {
      this.cases = cases;
      this.keepObligations = keepObligations;
    }

    /**
     * Adds one record's findings, each kind sorted, and hands its window cases on; nothing of it when
     * stating its obligations throws (that also checks every violated deadline has its breach).
     */
    void add(RecordedFindings findings) {
      List<Obligation> stated = findings.obligations();
      findings.cases().forEach(cases);
      addSorted(violations, findings.violations(), VIOLATION_ORDER);
      addSorted(recommendations, findings.recommendations(), RECOMMENDATION_ORDER);
      if (keepObligations) {
        addSorted(obligations, stated, OBLIGATION_ORDER);
      }
    }
  }

  /**
   * Sets one record's findings, each kind in its stable order, with the obligations' alarms and next
   * change: an assessment of one journey, or of the portfolio-level facts.
   */
  private static Assessment.Builder withSortedFindings(
      Assessment.Builder result, RecordedFindings findings) {
    List<Obligation> stated = new ArrayList<>();
    addSorted(stated, findings.obligations(), OBLIGATION_ORDER);
    List<Violation> found = new ArrayList<>();
    addSorted(found, findings.violations(), VIOLATION_ORDER);
    List<Recommendation> recommended = new ArrayList<>();
    addSorted(recommended, findings.recommendations(), RECOMMENDATION_ORDER);
    return withObligations(result, stated).violations(found).recommendations(recommended);
  }

  /** Adds the obligations, their alarms and the next instant one changes. */
  private static Assessment.Builder withObligations(
      Assessment.Builder result, List<Obligation> obligations) {
    return result
        .obligations(obligations)
        .alarms(Alarm.of(obligations))
        .nextChangeAt(Obligation.nextChangeOf(obligations));
  }

  private static final Comparator<Violation> VIOLATION_ORDER =
      Comparator.comparing(Violation::standard).thenComparing(Violation::id);
  private static final Comparator<Recommendation> RECOMMENDATION_ORDER =
      Comparator.comparing(Recommendation::standard).thenComparing(Recommendation::id);
  private static final Comparator<Obligation> OBLIGATION_ORDER =
      Comparator.comparing(Obligation::id);

  /** Adds one journey's findings in a stable order (sorting each journey's few beats sorting them all). */
  private static <T> void addSorted(List<T> all, List<T> journeys, Comparator<T> order) {
    List<T> sorted = new ArrayList<>(journeys);
    sorted.sort(order);
    all.addAll(sorted);
  }

  /**
   * Assesses journeys one at a time, in bounded memory, handing each journey's assessment to
   * {@code perJourney} as it is made, then the assessment of the portfolio-level facts of {@code parties}
   * (feeds, purchase orders, stock audits; no journey in it), when it has any. Use it with
   * {@link io.sharedcx.model.json.PortfolioStream} for files too large to hold: the findings handed over,
   * in order, are those of {@link #assess(Portfolio)} on the same portfolio.
   *
   * <p>A journey the iterator rejects with an {@link InputException} that names it
   * ({@link InputException#journey()}) is a failed journey and the next is read; an {@code InputException}
   * that names no journey (a truncated file) ends the journeys and is returned in
   * {@link BatchResult#inputError()}, after the portfolio-level facts are assessed.
   *
   * @param parties the parties, partnerships, products, customers and portfolio-level facts the journeys name
   * @param journeys the journeys, read lazily
   * @param perJourney receives each journey's assessment (its failure, if it failed or names an id
   *     {@code parties} does not have), then the portfolio-level one
   * @return the counts: read equals assessed plus failed
   * @throws AgreementException when an agreement of {@code parties} does not fit the engine's standards
   *     (see {@link #checkAgreements}); no journey is read then
   */
  public BatchResult assessEach(
      Portfolio parties, Iterator<Journey> journeys, Consumer<Assessment> perJourney) {
    return each("assessEach(parties, journeys, perJourney)", parties, journeys, null, perJourney);
  }

  /**
   * Like {@link #assessEach(Portfolio, Iterator, Consumer)}, with every journey and the portfolio-level
   * facts seen as they stood at {@code asOf} (see {@link #assess(Portfolio, Instant)}): the findings
   * handed over, in order, are those of {@code assess(portfolio, asOf)} on the same portfolio.
   *
   * @param parties the parties, partnerships, products, customers and portfolio-level facts the journeys name
   * @param journeys the journeys, read lazily
   * @param asOf the instant
   * @param perJourney receives each journey's assessment, then the portfolio-level one
   * @return the counts: read equals assessed plus failed
   */
  public BatchResult assessEach(
      Portfolio parties,
      Iterator<Journey> journeys,
      Instant asOf,
      Consumer<Assessment> perJourney) {
    String call = "assessEach(parties, journeys, asOf, perJourney)";
    return each(
        call,
        parties,
        journeys,
        Required.notNull(
            asOf,
            call,
            "asOf",
            "Maybe call assessEach(parties, journeys, perJourney) to judge each journey as last"
                + " observed"),
        perJourney);
  }

  private BatchResult each(
      String call,
      Portfolio given,
      Iterator<Journey> journeys,
      @Nullable Instant asOf,
      Consumer<Assessment> perJourney) {
    Required.portfolio(given, call, "parties");
    Required.notNull(
        journeys,
        call,
        "journeys",
        "Maybe pass a PortfolioStream, or the iterator of a list of journeys");
    Required.notNull(perJourney, call, "perJourney", "Maybe pass a consumer of each assessment");
    requireSoundAgreements(given);
    Portfolio parties = asOf == null ? given : AsOf.parties(given, asOf);
    long read = 0;
    long assessed = 0;
    long failed = 0;
    long violations = 0;
    long recommendations = 0;
    InputException inputError = null;
    try (Run run = newRun(parties)) {
      while (true) {
        Journey journey;
        try {
          if (!journeys.hasNext()) {
            break;
          }
          journey = journeys.next();
        } catch (InputException e) {
          if (e.journey() == null) {
            inputError = e;
            break;
          }
          read++;
          failed++;
          perJourney.accept(
              Assessment.builder()
                  .standardsRun(standardsRun())
                  .addFailures(
                      Failure.builder().journey(e.journey()).message(e.getMessage()).build())
                  .build());
          continue;
        }
        read++;
        Assessment one = assessOne(run, parties, journey, asOf, null);
        if (one.failures().isEmpty()) {
          assessed++;
          violations += one.violations().size();
          recommendations += one.recommendations().size();
        } else {
          failed++;
        }
        perJourney.accept(one);
      }
      if (JourneyFacts.hasPortfolioLevelFacts(parties)) {
        Assessment.Builder level = Assessment.builder().standardsRun(standardsRun()).asOf(asOf);
        try {
          withSortedFindings(level, run.portfolioLevel());
        } catch (RuntimeException e) {
          level.addFailures(JourneyFacts.failure(JourneyFacts.PORTFOLIO_LEVEL, e));
        }
        Assessment levelAssessment = level.build();
        violations += levelAssessment.violations().size();
        recommendations += levelAssessment.recommendations().size();
        perJourney.accept(levelAssessment);
      }
    }
    return new BatchResult(read, assessed, failed, violations, recommendations, inputError);
  }

  /**
   * One journey's assessment by {@code run}, as of {@code asOf} when given, its window cases handed to
   * {@code cases} when given; a journey that fails, or names an id {@code parties} does not have, is
   * its failure.
   */
  Assessment assessOne(
      Run run,
      Portfolio parties,
      Journey journey,
      @Nullable Instant asOf,
      @Nullable Consumer<WindowCase> cases) {
    Assessment.Builder one = Assessment.builder().standardsRun(standardsRun()).asOf(asOf);
    try {
      parties.requireKnown(journey);
      RecordedFindings findings = run.journey(asOf == null ? journey : AsOf.journey(journey, asOf));
      if (cases != null) {
        findings.cases().forEach(cases);
      }
      withSortedFindings(one, findings).addJourneysAssessed(journey.id());
    } catch (RuntimeException e) {
      one.addFailures(JourneyFacts.failure(journey.id(), e));
    }
    return one.build();
  }

  /**
   * Opens an assessor of journeys one at a time against {@code parties}: for journeys that arrive or
   * change over time, as in a stream, where each journey is assessed again as it grows. The agreements
   * are checked once, here, and the assessor keeps the agreed terms in force and a session of the rule
   * base between calls, which a one-journey {@link #assess(Portfolio, Instant, Consumer)} pays for on
   * each call. Close it when done.
   *
   * <pre>{@code
   * try (Assessor assessor = engine.assessor(parties)) {
   *   Assessment now = assessor.assess(journey, Instant.now());
   * }
   * }</pre>
   *
   * @param parties the parties, partnerships, products and customers the journeys name (its journeys
   *     and portfolio-level facts are not assessed)
   * @return an open assessor, for one thread
   * @throws AgreementException when an agreement of {@code parties} does not fit the engine's standards
   *     (see {@link #checkAgreements})
   */
  public Assessor assessor(Portfolio parties) {
    Required.portfolio(parties, "assessor(parties)", "parties");
    requireSoundAgreements(parties);
    return new Assessor(this, parties);
  }

  /** A run of journeys, window case rules left out. */
  Run journeyRun(Portfolio parties) {
    return newRun(parties);
  }

  /** A run of journeys with their window case rules. */
  Run caseRun(Portfolio parties) {
    return new Run(parties, ruleBase, sessions.get(), windowFilter, firingLimit);
  }

  /**
   * Judges a portfolio over a window: every window metric (late shipment, valid tracking, on-time
   * delivery, cancellation, order defects, pickups honoured, in-stock, supplier OTIF, complaint close)
   * per party with its target, source and status; the violations of window standards and of repeated
   * complaints (outer loop); recommendations, aggregated per partner and standard with a count; and a
   * scorecard per partner. Journey violations that happened in the window count on the scorecards.
   * Each metric also has the previous period of equal length and its trend, the burn rate, the overall
   * rate beside the accountable one, its top drivers and, when the data stops before the window's end,
   * a projection (docs/WINDOW.md).
   *
   * @param portfolio the portfolio, with many journeys
   * @param window the window
   * @return the window assessment
   * @throws AgreementException when an agreement does not fit the engine's standards (see {@link
   *     #checkAgreements}); nothing is assessed then
   */
  public WindowAssessment assessWindow(Portfolio portfolio, Window window) {
    return assessWindow(portfolio, window, WindowOptions.DEFAULT);
  }

  /**
   * Judges a portfolio over a window as {@link #assessWindow(Portfolio, Window)} does, with a trend line
   * over the last periods of the window's length ({@code MetricResult.history()}) and, when asked, an
   * adaptive look-back for metrics below their minimum sample. The journeys are assessed once whatever
   * the number of periods.
   *
   * @param portfolio the portfolio, with many journeys
   * @param window the window: the last period
   * @param options the periods of the trend line and the look-back
   * @return the window assessment
   */
  public WindowAssessment assessWindow(Portfolio portfolio, Window window, WindowOptions options) {
    String call = "assessWindow(portfolio, window, options)";
    Required.portfolio(portfolio, call, "portfolio");
    Required.notNull(window, call, "window", "Maybe pass Window.of(from, to)");
    Required.notNull(options, call, "options", "Maybe pass WindowOptions.DEFAULT");
    requireSoundAgreements(portfolio);
    WindowTally tally = new WindowTally(window, options.periods(), options.lookBack());
    // The window reads the journeys' violations and cases, never their deadlines: a month of a
    // million orders would otherwise hold every order's obligations to the end.
    Assessment journeys = assess(portfolio, windowFilter, tally::add, null, false);
    Instant knownUntil = null;
    for (Journey journey : portfolio.journeys()) {
      Instant until = journey.observedUntil();
      if (knownUntil == null || until.isAfter(knownUntil)) {
        knownUntil = until;
      }
    }
    WindowJudge.Asked asked =
        new WindowJudge.Asked(options.periods(), options.lookBack(), knownUntil);
    List<Violation> inWindow =
        journeys.violations().stream().filter(v -> window.contains(v.at())).toList();
    List<MetricResult> metrics = judge(portfolio, window, tally, asked);
    List<ComplaintCluster> clusters = ComplaintClusters.of(portfolio, window);
    List<Object> facts = new ArrayList<>(metrics);
    facts.addAll(clusters);
    Map<String, List<Violation>> groups = new TreeMap<>();
    for (Violation v : inWindow) {
      groups
          .computeIfAbsent(v.standard() + "\u0000" + v.responsibleParty(), k -> new ArrayList<>())
          .add(v);
    }
    groups
        .values()
        .forEach(
            g ->
                facts.add(
                    new RepeatedViolations(g.get(0).standard(), g.get(0).responsibleParty(), g)));
    facts.addAll(portfolio.partnerships());
    Set<String> parties = new TreeSet<>();
    metrics.forEach(m -> parties.add(m.party()));
    clusters.forEach(c -> parties.add(c.owner()));
    inWindow.forEach(v -> parties.add(v.responsibleParty()));
    RecordedFindings findings;
    try (Run run = wholeRun(portfolio, windowFilter)) {
      findings = run.facts("window " + window.from() + " to " + window.to(), facts, parties);
    }
    List<Violation> windowViolations = new ArrayList<>(findings.violations());
    windowViolations.sort(VIOLATION_ORDER);
    List<Recommendation> recommendations = new ArrayList<>(findings.recommendations());
    recommendations.sort(RECOMMENDATION_ORDER);
    List<Violation> all = new ArrayList<>(inWindow);
    all.addAll(windowViolations);
    Map<String, Severity> severities = new HashMap<>();
    ruleBase.standards().forEach((id, info) -> severities.put(id, info.severity()));
    return WindowAssessment.builder()
        .window(window)
        .failures(journeys.failures())
        .metrics(metrics)
        .violations(windowViolations)
        .recommendations(recommendations)
        .scorecards(
            Scorecards.of(
                portfolio,
                window,
                metrics,
                all,
                severities,
                journeys.violations(),
                windowViolations))
        .build();
  }

  /**
   * Applies exemptions and disputes to an assessment's violations (docs/DISPUTES.md): each violation
   * keeps its place and gains a standing (counted, exempted, disputed, upheld, reversed), and the audit
   * trail records what was approved, raised, decided and rejected. A dispute raised after its
   * agreement's dispute window ({@link io.sharedcx.model.Agreement#disputeWindowInForce()}) is rejected
   * with the reason, and its violation stands.
   *
   * @param portfolio the portfolio assessed: its parties, agreements and facts
   * @param assessment its assessment
   * @param adjustments the exemptions and disputes
   * @return the violations with their standing, and the audit trail
   * @throws AdjustmentException when a dispute names a violation the assessment does not have, or an
   *     exemption or dispute names an unknown party or standard; nothing is adjusted then
   */
  public Adjudication adjudicate(
      Portfolio portfolio, Assessment assessment, Adjustments adjustments) {
    String call = "adjudicate(portfolio, assessment, adjustments)";
    Required.portfolio(portfolio, call, "portfolio");
    Required.notNull(assessment, call, "assessment", "Maybe pass what assess(portfolio) gave");
    Required.notNull(
        adjustments, call, "adjustments", "Maybe read them with CxJson.readAdjustments");
    return adjudicate(portfolio, assessment.violations(), List.of(), adjustments);
  }

  /**
   * Applies exemptions and disputes to a window as {@link #adjudicate(Portfolio, Assessment,
   * Adjustments)} does, to the journey violations that happened in the window and to the window's own
   * violations, and gives every metric raw and adjusted: an exempted or reversed journey violation leaves
   * its metric's failures and cases.
   *
   * <pre>{@code
   * Assessment journeys = engine.assess(portfolio);
   * WindowAssessment march = engine.assessWindow(portfolio, Window.of(from, to));
   * Adjudication adjusted = engine.adjudicate(portfolio, journeys, march, CxJson.readAdjustments(file));
   * }</pre>
   *
   * @param portfolio the portfolio assessed: its parties, agreements and facts
   * @param journeys its journey assessment; the violations that happened in the window are adjudicated
   * @param window its window assessment
   * @param adjustments the exemptions and disputes
   * @return the violations with their standing (journey violations first, then the window's), the
   *     metrics raw and adjusted, the scorecards (score and health) raw and recomputed from the
   *     adjusted figures, and the audit trail
   * @throws AdjustmentException when a dispute names a violation the assessment does not have, or an
   *     exemption or dispute names an unknown party or standard; nothing is adjusted then
   */
  public Adjudication adjudicate(
      Portfolio portfolio, Assessment journeys, WindowAssessment window, Adjustments adjustments) {
    String call = "adjudicate(portfolio, journeys, window, adjustments)";
    Required.portfolio(portfolio, call, "portfolio");
    Required.notNull(journeys, call, "journeys", "Maybe pass what assess(portfolio) gave");
    Required.notNull(
        window, call, "window", "Maybe pass what assessWindow(portfolio, window) gave");
    Required.notNull(
        adjustments, call, "adjustments", "Maybe read them with CxJson.readAdjustments");
    List<Violation> violations = new ArrayList<>();
    for (Violation v : journeys.violations()) {
      if (v.at() != null && window.window().contains(v.at())) {
        violations.add(v);
      }
    }
    violations.addAll(window.violations());
    Adjudication adjudication = adjudicate(portfolio, violations, window.metrics(), adjustments);
    Set<String> setAside = new java.util.HashSet<>();
    adjudication.violations().stream()
        .filter(v -> !v.standing().counts())
        .forEach(v -> setAside.add(v.violation().id()));
    List<MetricResult> adjustedMetrics = new ArrayList<>();
    adjudication
        .metrics()
        .forEach(
            m ->
                adjustedMetrics.add(
                    MetricResult.builder()
                        .from(m.raw())
                        .numerator(m.numerator())
                        .denominator(m.denominator())
                        .rate(m.rate())
                        .status(m.status())
                        .build()));
    Map<String, Severity> severities = new HashMap<>();
    ruleBase.standards().forEach((id, info) -> severities.put(id, info.severity()));
    List<Scorecard> adjusted =
        Scorecards.of(
            portfolio,
            window.window(),
            adjustedMetrics,
            counting(violations, setAside),
            severities,
            counting(journeys.violations(), setAside),
            counting(window.violations(), setAside));
    return Adjudication.builder()
        .from(adjudication)
        .rawScorecards(window.scorecards())
        .adjustedScorecards(adjusted)
        .build();
  }

  private static List<Violation> counting(List<Violation> violations, Set<String> setAside) {
    return violations.stream().filter(v -> !setAside.contains(v.id())).toList();
  }

  private Adjudication adjudicate(
      Portfolio portfolio,
      List<Violation> violations,
      List<MetricResult> metrics,
      Adjustments adjustments) {
    Map<String, Set<DisputeReason>> reasons = new java.util.HashMap<>();
    ruleBase.standards().forEach((id, info) -> reasons.put(id, info.disputeReasons()));
    Adjudicator adjudicator = new Adjudicator(portfolio, reasons);
    List<AdjustmentProblem> problems = adjudicator.check(violations, adjustments);
    if (!problems.isEmpty()) {
      throw new AdjustmentException(problems);
    }
    return adjudicator.adjudicate(violations, metrics, adjustments);
  }

  /**
   * From how many journeys an assessment pays for the rule base without window case rules, when the
   * engine has none yet: building it takes about as long as assessing a few thousand journeys saves,
   * and a small assessment (the first one a process makes, a command line run on a small file) would
   * only wait for it. Once built it serves every later assessment; streams always use it.
   */
  static final int JOURNEY_RULES_FROM = 1_000;

  /**
   * A run of {@code portfolio} on the whole rule base, window case rules included, or on the part of it
   * that the portfolio's facts can reach while the whole one is not built (see {@link
   * RuleBase#reaching}).
   */
  private Run wholeRun(Portfolio portfolio, AgendaFilter fire) {
    RuleBase rules = ruleBase.reaching(portfolio);
    SessionPool pool;
    if (rules == ruleBase) {
      pool = sessions.get();
      if (reached != null) {
        reached = null; // the part is not used again: let it go
      }
    } else {
      Reached current = reached;
      if (current == null || current.ruleBase() != rules) {
        current = new Reached(rules, new SessionPool(rules.kieBase()));
        reached = current;
      }
      pool = current.sessions();
    }
    return new Run(portfolio, rules, pool, fire, firingLimit);
  }

  private Run newRun(Portfolio portfolio) {
    return new Run(portfolio, ruleBase.journeyRules(), journeySessions.get(), filter, firingLimit);
  }

  /** Configures and builds a {@link CxEngine}. */
  public static final class Builder {
    private int firingLimit = DEFAULT_FIRING_LIMIT;
    private final Set<String> only = new TreeSet<>();
    private final List<DrlCompiler.Source> custom = new ArrayList<>();
    private final List<DrlCompiler.Source> customDefaults = new ArrayList<>();
    private boolean defaultPack = true;
    private ClassLoader loader = CxEngine.class.getClassLoader();
    private @Nullable Path compileCache;

    private Builder() {}

    /**
     * Keeps compiled custom rules in {@code directory} and reuses them on later builds (in this or
     * another process) of the same rules: the entry's key is a hash of the SharedCX and Drools
     * versions, the pack and every DRL source's name and text. The rules are still parsed and checked
     * on every build, so every problem is reported as without a cache. An entry that cannot be read is
     * ignored with one warning (system logger {@code io.sharedcx.engine}) and written again; entries
     * are written to a temporary file and moved into place, so processes may share the directory.
     * Off by default; {@code cx check}, {@code cx test} and {@code cx assess --rules} use
     * {@code ~/.cache/sharedcx}.
     *
     * @param directory where the compiled rules are kept (created when first written); null for no
     *     cache
     * @return this builder
     */
    public Builder compileCache(@Nullable Path directory) {
      this.compileCache = directory;
      return this;
    }

    /**
     * Sets how many rule firings one journey may take before the engine stops it as a runaway: this many
     * for each started block of 500 facts, so a journey of 5,000 parcels may take ten times as many.
     *
     * @param limit at least 1; default {@value CxEngine#DEFAULT_FIRING_LIMIT}
     * @return this builder
     */
    public Builder firingLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException(
            "firingLimit = " + limit + " is not valid: expected at least 1");
      }
      this.firingLimit = limit;
      return this;
    }

    /**
     * Runs only the given standards' rules (their violation and recommendation rules); by default every
     * standard of the pack runs. The other standards' rules are left out of the engine's rule base, so
     * facts go through none of their conditions. Tests use this to check one standard in isolation.
     *
     * @param standardIds standard ids of the pack
     * @return this builder
     */
    public Builder only(String... standardIds) {
      Required.notNull(standardIds, "only(standardIds)", "standardIds", "Maybe name a standard");
      if (standardIds.length == 0) {
        // An empty list from configuration would otherwise run every standard: the opposite.
        throw new IllegalArgumentException(
            "only(): no standard named. Maybe name at least one, or leave only(...) out to run"
                + " every standard");
      }
      for (String id : standardIds) {
        Required.notNull(id, "only(standardIds)", "a standard id", "Maybe leave it out");
      }
      only.addAll(Arrays.asList(standardIds));
      return this;
    }

    /**
     * Adds rules from DRL text. DRL is code: add only rules from places your application trusts.
     *
     * @param name the name shown in problems, e.g. a file name
     * @param drl the DRL text
     * @return this builder
     */
    public Builder addRules(String name, String drl) {
      Required.notNull(
          name, "addRules(name, drl)", "name", "Maybe pass the file name of the rules");
      Required.notNull(drl, "addRules(name, drl)", "drl", "Maybe pass the DRL text of " + name);
      custom.add(new DrlCompiler.Source(name, drl));
      return this;
    }

    /**
     * Adds rules from a DRL file, or from every {@code .drl} file under a directory; JSON files there
     * named {@code <STANDARD-ID>.json} (an array of terms, each with its unit) give the custom standards'
     * default thresholds. They are checked when the engine is built: a file named after a standard of the
     * default pack, a term without a unit, or a file of no custom standard is a problem at that file.
     *
     * @param path a file or directory
     * @return this builder
     * @throws IllegalArgumentException when the path does not exist or cannot be read
     */
    public Builder addRules(Path path) {
      Required.notNull(
          path, "addRules(path)", "path", "Maybe pass a .drl file or a directory of them");
      if (!Files.exists(path)) {
        throw new IllegalArgumentException(
            "rules path " + path + " does not exist. Maybe check the path.");
      }
      try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
        for (Path file : files.sorted().toList()) {
          String name = file.getFileName().toString();
          if (name.endsWith(".drl")) {
            custom.add(
                new DrlCompiler.Source(
                    file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
          } else if (name.endsWith(".json")
              && Files.isDirectory(path)
              && name.matches("[A-Z0-9][A-Z0-9-]*\\.json")) {
            customDefaults.add(
                new DrlCompiler.Source(
                    file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
          }
        }
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "cannot read rules from " + path + ": " + e.getMessage(), e);
      }
      return this;
    }

    /**
     * Adds rules from a DRL resource on the class path; a resource {@code <STANDARD-ID>.json} beside it
     * gives the defaults of a standard its rules declare, as in a rules directory.
     *
     * @param resource e.g. {@code com/acme/cx/our-standards.drl}
     * @return this builder
     */
    public Builder addClasspathRules(String resource) {
      Required.notNull(
          resource,
          "addClasspathRules(resource)",
          "resource",
          "Maybe pass a resource name such as com/acme/cx/our-standards.drl");
      try (var in = loader.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalArgumentException(
              "no class path resource " + resource + ". Maybe check the name.");
        }
        String drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        custom.add(new DrlCompiler.Source(resource, drl));
        String folder =
            resource.contains("/") ? resource.substring(0, resource.lastIndexOf('/') + 1) : "";
        Matcher declared = DECLARED_STANDARD.matcher(drl);
        while (declared.find()) {
          String defaults = folder + declared.group(1) + ".json";
          try (var json = loader.getResourceAsStream(defaults)) {
            if (json != null && customDefaults.stream().noneMatch(d -> d.name().equals(defaults))) {
              customDefaults.add(
                  new DrlCompiler.Source(
                      defaults, new String(json.readAllBytes(), StandardCharsets.UTF_8)));
            }
          }
        }
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read " + resource + ": " + e.getMessage(), e);
      }
      return this;
    }

    private static final Pattern DECLARED_STANDARD =
        Pattern.compile("@standard\\(\\s*\"?([A-Z0-9][A-Z0-9-]*)\"?\\s*\\)");

    /**
     * Leaves the default pack out: only the added rules run (a replacement pack).
     *
     * @return this builder
     */
    public Builder withoutDefaultPack() {
      this.defaultPack = false;
      return this;
    }

    /**
     * Loads the standard pack (and compiles any added rules with it) and returns the engine.
     *
     * @return the engine, immutable and safe to share between threads
     * @throws RuleCompilationException listing every problem in the added rules and their defaults files,
     *     with file, line and hint
     * @throws IllegalArgumentException when {@link #only} names a standard the rules do not have
     */
    public CxEngine build() {
      RuleBase ruleBase;
      if (custom.isEmpty() && defaultPack && customDefaults.isEmpty()) {
        ruleBase = RuleBase.defaultPack();
      } else {
        // An engine restricted by only(...) takes the other standards' rules out of its KieBase in
        // place, so engines of the same rules share one rule base per set of standards run.
        ruleBase =
            RuleBaseMemo.get(
                defaultPack,
                custom,
                customDefaults,
                loader,
                compileCache,
                only,
                () -> {
                  RuleBase whole = compileRuleBase();
                  return only.isEmpty() ? whole : whole.restrictedTo(only);
                });
      }
      for (String id : only) {
        if (!ruleBase.standards().containsKey(id)) {
          throw new IllegalArgumentException(
              "only(\""
                  + id
                  + "\"): the pack has no such standard. Maybe one of: "
                  + String.join(", ", ruleBase.standards().keySet()));
        }
      }
      if (!only.isEmpty() && custom.isEmpty() && defaultPack && customDefaults.isEmpty()) {
        // The other standards' rules are left out of the KieBase, not just kept from firing: facts
        // would still propagate through their conditions.
        ruleBase = ruleBase.restrictedTo(only);
      }
      return new CxEngine(ruleBase, firingLimit, only);
    }

    /** Checks the custom defaults and compiles the custom rules against the pack. */
    private RuleBase compileRuleBase() {
      Map<String, String> packStandards =
          defaultPack ? RuleBase.defaultPack().standardPackages() : Map.of();
      List<RuleProblem> defaultsProblems = new ArrayList<>();
      Set<String> unreadable = new TreeSet<>();
      List<DefaultsFile.Default> extraDefaults =
          CustomDefaults.read(customDefaults, packStandards, defaultsProblems, unreadable);
      if (custom.isEmpty()) {
        CustomDefaults.orphans(customDefaults, packStandards, Set.of(), defaultsProblems);
      }
      if (custom.isEmpty() && !defaultsProblems.isEmpty()) {
        throw new RuleCompilationException(defaultsProblems);
      }
      if (custom.isEmpty() && defaultPack) {
        return RuleBase.defaultPack();
      }
      List<DrlCompiler.Source> sources = new ArrayList<>();
      if (defaultPack) {
        PackSources.drl(loader)
            .forEach((name, text) -> sources.add(new DrlCompiler.Source(name, text)));
      }
      sources.addAll(custom);
      Set<String> customNames = new TreeSet<>();
      custom.forEach(c -> customNames.add(c.name()));
      RuleBase ruleBase =
          new RuleBase(
              DrlCompiler.compile(
                  sources,
                  customNames,
                  packStandards,
                  loader,
                  CustomDefaults.keys(
                      defaultPack ? RuleBase.defaultPack().defaults() : List.of(),
                      extraDefaults,
                      unreadable),
                  defaultsProblems,
                  defaultPack ? RuleBase.prebuilt() : DrlCompiler.Prebuilt.NONE,
                  compileCache == null ? null : new CompileCache(compileCache)),
              loader,
              extraDefaults);
      CustomDefaults.orphans(
          customDefaults, packStandards, ruleBase.standards().keySet(), defaultsProblems);
      if (!defaultsProblems.isEmpty()) {
        throw new RuleCompilationException(defaultsProblems);
      }
      return ruleBase;
    }
  }
}
