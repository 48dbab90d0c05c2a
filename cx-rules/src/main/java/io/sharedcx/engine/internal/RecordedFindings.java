package io.sharedcx.engine.internal;

import com.google.common.collect.ImmutableList;
import io.sharedcx.authoring.AgreedCategory;
import io.sharedcx.authoring.Deadline;
import io.sharedcx.authoring.Findings;
import io.sharedcx.authoring.Threshold;
import io.sharedcx.engine.WindowCase;
import io.sharedcx.model.Complaint;
import io.sharedcx.model.Feed;
import io.sharedcx.model.Order;
import io.sharedcx.model.Pickup;
import io.sharedcx.model.Product;
import io.sharedcx.model.PurchaseOrder;
import io.sharedcx.model.Shipment;
import io.sharedcx.model.StockCheck;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.AppliedThreshold;
import io.sharedcx.model.finding.Evidence;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.Obligation;
import io.sharedcx.model.finding.ObligationStatus;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/** The engine's record of one journey's findings, handed to DRL as the {@link Findings} global. */
public final class RecordedFindings implements Findings {
  private final @Nullable String journey;
  private final BiPredicate<String, String> applies;
  private final BiFunction<String, Object, String> partnershipOf;
  private final @Nullable FindingChain chain;
  private final Map<String, Violation> violations = new LinkedHashMap<>();
  private final Map<String, Recommendation> recommendations = new LinkedHashMap<>();
  private final List<WindowCase> cases = new ArrayList<>();
  private final Map<String, Deadline> deadlines = new LinkedHashMap<>();

  /** The violation each VIOLATED deadline got, by deadline id. */
  private final Map<String, String> breaches = new java.util.HashMap<>();

  /** The thresholds each deadline's rule matched: they decided the breach its violation reports. */
  private final Map<String, List<AppliedThreshold>> deadlineThresholds = new java.util.HashMap<>();

  /** Each threshold a finding cited, with the partnership in force for its party. */
  private final Map<Threshold, AppliedThreshold> appliedThresholds =
      new java.util.IdentityHashMap<>();

  /** The rule that made each violation, by violation id: plans are read from its metadata. */
  private final Map<String, Rule> makers = new java.util.HashMap<>();

  /** Whether a deadline that is not VIOLATED goes into working memory: some rule can match it. */
  private boolean unviolatedDeadlinesMatched = true;

  /** The instant the journey being assessed is judged at; null outside a journey. */
  private @Nullable Instant judgedAt;

  /** Whether an id is a party of the portfolio: a finding answers to, and is owned by, one. */
  private java.util.function.Predicate<String> isParty = party -> true;

  /**
   * Starts an empty record of findings.
   *
   * @param journey the journey being assessed, cited on each violation; null when none
   */
  RecordedFindings(@Nullable String journey) {
    this(journey, (standard, party) -> true);
  }

  /**
   * Starts an empty record of findings that keeps only violations of standards that apply to the
   * responsible party under its agreements.
   *
   * @param journey the journey being assessed, cited on each violation; null when none
   * @param applies whether a standard (first argument) applies to a party (second argument)
   */
  public RecordedFindings(@Nullable String journey, BiPredicate<String, String> applies) {
    this(journey, applies, (party, subject) -> null);
  }

  /**
   * Starts an empty record of findings that keeps only violations of standards that apply, and counts
   * each window case under the partnership in force for its party.
   *
   * @param journey the journey being assessed, cited on each violation; null when none
   * @param applies whether a standard (first argument) applies to a party (second argument)
   * @param partnershipOf the id of the partnership a window case of a party (first argument) about a
   *     subject (second argument) counts under; null when the party is in none
   */
  public RecordedFindings(
      @Nullable String journey,
      BiPredicate<String, String> applies,
      BiFunction<String, Object, @Nullable String> partnershipOf) {
    this(journey, applies, partnershipOf, null);
  }

  /**
   * Starts an empty record of findings that keeps only violations of standards that apply, counts each
   * window case under the partnership in force for its party, and places each finding in its chain of
   * partnerships.
   *
   * @param journey the journey being assessed, cited on each violation; null when none
   * @param applies whether a standard (first argument) applies to a party (second argument)
   * @param partnershipOf the id of the partnership a window case of a party (first argument) about a
   *     subject (second argument) counts under; null when the party is in none
   * @param chain the customer-facing party, brand and partnership of a finding; null to leave them out
   */
  public RecordedFindings(
      @Nullable String journey,
      BiPredicate<String, String> applies,
      BiFunction<String, Object, @Nullable String> partnershipOf,
      @Nullable FindingChain chain) {
    this.journey = journey;
    this.applies = applies;
    this.partnershipOf = partnershipOf;
    this.chain = chain;
  }

  /**
   * Checks every responsible party, owner and accountable party a rule names against the portfolio's
   * parties: a rule that names another (a typo in a literal, a field holding something else) fails its
   * journey, naming the rule, rather than blaming no one a report can name.
   *
   * @param isParty whether an id is a party of the portfolio
   * @return this record
   */
  public RecordedFindings partiesOf(java.util.function.Predicate<String> isParty) {
    this.isParty = isParty;
    return this;
  }

  /**
   * Leaves deadlines that are not VIOLATED out of working memory when no rule's conditions can match
   * one ({@link RuleBase#matchesUnviolatedDeadlines}); they are recorded all the same.
   *
   * @param matched whether some rule can match a deadline that is not VIOLATED
   * @return this record
   */
  public RecordedFindings unviolatedDeadlinesMatched(boolean matched) {
    this.unviolatedDeadlinesMatched = matched;
    return this;
  }

  /**
   * Sets the instant the journey being assessed is judged at (its {@code observedUntil}), which a
   * deadline rule that names no instant of its own is judged as of.
   *
   * @param judgedAt the instant; null outside a journey
   * @return this record
   */
  public RecordedFindings judgedAt(@Nullable Instant judgedAt) {
    this.judgedAt = judgedAt;
    return this;
  }

  /**
   * Fails the firing rule when {@code party} is not a party of the portfolio; the journey's failure
   * names the rule.
   */
  private void requireParty(@Nullable String party, String as, String hint) {
    if (party == null) {
      throw new IllegalArgumentException("no " + as + " (null). Maybe " + hint);
    }
    if (!isParty.test(party)) {
      throw new IllegalArgumentException(
          "the " + as + " '" + party + "' is no party of this portfolio. Maybe " + hint);
    }
  }

  /**
   * Emits a violation of the calling rule's standard.
   *
   * @param context the rule context ({@code kcontext} in DRL)
   * @param responsibleParty the party that answers for it
   * @param responsibility why that party, as a clause: "packed the parcel below the spec"
   * @param message what happened, in one sentence
   * @param evidence the facts it rests on: touchpoints, products or other violations
   * @return the violation, also inserted into working memory; null when the responsible party's agreements
   *     leave the standard out
   */
  @Override
  public Violation violation(
      RuleContext context,
      String responsibleParty,
      String responsibility,
      String message,
      Object... evidence) {
    return violation(
        context,
        responsibleParty,
        responsibility,
        message,
        null,
        null,
        null,
        matched(context),
        evidence);
  }

  /**
   * Emits a violation that carries a labelled estimate, e.g. the silent dissatisfied customers behind
   * complaints.
   *
   * @param context the rule context ({@code kcontext} in DRL)
   * @param responsibleParty the party that answers for it
   * @param responsibility why that party
   * @param message what happened
   * @param estimate the estimated number
   * @param estimateLabel what it estimates and how, always shown with it
   * @param evidence the facts it rests on
   * @return the violation, also inserted into working memory
   */
  @Override
  public Violation estimated(
      RuleContext context,
      String responsibleParty,
      String responsibility,
      String message,
      long estimate,
      String estimateLabel,
      Object... evidence) {
    return violation(
        context,
        responsibleParty,
        responsibility,
        message,
        estimate,
        estimateLabel,
        null,
        matched(context),
        evidence);
  }

  /**
   * The thresholds the firing rule matched, in the order of its patterns, each once, with the partnership
   * in force for its party: what decided the violation, read from the match so rules need not pass them.
   */
  private List<AppliedThreshold> matched(RuleContext context) {
    List<AppliedThreshold> thresholds = new ArrayList<>(2);
    if (context.getMatch() == null) {
      return thresholds;
    }
    for (Object fact : context.getMatch().getObjects()) {
      if (fact instanceof Threshold t) {
        // The partnership in force for a party is one for the whole record, so each threshold is
        // applied once, however many findings it decides.
        AppliedThreshold applied =
            appliedThresholds.computeIfAbsent(
                t, k -> Agreements.applied(k, partnershipOf.apply(k.party(), null)));
        if (!thresholds.contains(applied)) {
          thresholds.add(applied);
        }
      }
    }
    return thresholds;
  }

  private Violation violation(
      RuleContext context,
      String responsibleParty,
      String responsibility,
      String message,
      @Nullable Long estimate,
      @Nullable String estimateLabel,
      @Nullable Instant notBefore,
      List<AppliedThreshold> thresholds,
      Object[] evidence) {
    requireParty(
        responsibleParty,
        "responsible party",
        "take it from a fact the rule matched, such as $s.packedBy()");
    Rule rule = context.getRule();
    String standard = RuleMetadata.standard(rule);
    List<Evidence> cited = evidence(rule, evidence);
    // The rule is part of the identity: two rules of one standard may cite the same facts (a parcel
    // with no slip AND another seller's branding is two violations).
    StringBuilder idText = new StringBuilder(96);
    idText.append(idPart(standard)).append(':').append(idPart(responsibleParty)).append(':');
    for (int i = 0; i < cited.size(); i++) {
      if (i > 0) {
        idText.append('+');
      }
      idText.append(idPart(cited.get(i).id()));
    }
    String id = idText.append(':').append(idPart(rule.getName())).toString();
    Violation existing = violations.get(id);
    if (existing != null) {
      return existing;
    }
    if (!applies.test(standard, responsibleParty)) {
      return null; // the partners agreed to leave this standard out
    }
    FindingChain.Link link =
        chain == null
            ? new FindingChain.Link(null, null, null)
            : chain.of(responsibleParty, evidence);
    Violation violation =
        Violation.builder()
            .id(id)
            .standard(standard)
            .title(RuleMetadata.title(rule))
            .severity(RuleMetadata.severity(rule))
            .responsibleParty(responsibleParty)
            .customerFacingParty(link.customerFacing())
            .brand(link.brand())
            .partnership(link.partnership())
            .responsibility(responsibility)
            .message(message)
            .evidence(cited)
            .thresholds(thresholds)
            .journey(journey)
            .at(notBefore(latest(evidence), notBefore))
            .estimate(estimate)
            .estimateLabel(estimateLabel)
            .rule(rule.getName())
            .ruleId(RuleMetadata.ruleId(rule))
            .build();
    violations.put(id, violation);
    makers.put(id, rule);
    context.getKieRuntime().insert(violation);
    return violation;
  }

  /**
   * States the calling deadline rule's obligation, with its status as of {@code now}.
   *
   * @param context the rule context ({@code kcontext} in DRL)
   * @param subject the fact it is about
   * @param party the party that owes it
   * @param now the instant it is judged at
   * @param dueAt when it must be met
   * @param atRiskFrom from when it is at risk
   * @param metAt when it was met; null when not
   * @return the deadline, also inserted into working memory when some rule's conditions can match it
   *     (a VIOLATED one always; others only when a rule matches deadlines of another status); null
   *     when the party's agreements leave the standard out
   */
  @Override
  public @Nullable Deadline deadline(
      RuleContext context,
      Object subject,
      String party,
      Instant now,
      Instant dueAt,
      Instant atRiskFrom,
      @Nullable Instant metAt) {
    Rule rule = context.getRule();
    String standard = RuleMetadata.standard(rule);
    String ruleId = RuleMetadata.ruleId(rule);
    Evidence about = evidence(rule, new Object[] {subject}).get(0);
    String id =
        "obl:"
            + idPart(standard)
            + ":"
            + idPart(party)
            + ":"
            + idPart(about.id())
            + ":"
            + idPart(ruleId);
    Deadline existing = deadlines.get(id);
    if (existing != null) {
      return existing;
    }
    if (!applies.test(standard, party)) {
      return null; // the partners agreed to leave this standard out
    }
    String late = RuleMetadata.value(rule, "late");
    boolean lateIsBreach = late == null || "VIOLATED".equals(late);
    if (!lateIsBreach && !"MET_LATE".equals(late)) {
      throw new IllegalStateException(
          "rule '"
              + rule.getName()
              + "' has @late("
              + late
              + "), which is not a status a late fulfilment can take. Maybe @late(MET_LATE) or"
              + " @late(VIOLATED).");
    }
    Instant judgedAt = Deadline.judgedAt(now, metAt);
    Deadline deadline =
        new Deadline(
            id,
            standard,
            ruleId,
            about.kind(),
            about.id(),
            party,
            RuleMetadata.required(rule, "alarm"),
            judgedAt,
            dueAt,
            atRiskFrom,
            metAt,
            Deadline.statusAt(now, dueAt, atRiskFrom, metAt, lateIsBreach));
    deadlines.put(id, deadline);
    if (deadline.status() == ObligationStatus.VIOLATED) {
      // Only a VIOLATED deadline gets a violation, which reports these thresholds.
      deadlineThresholds.put(id, matched(context));
    }
    if (unviolatedDeadlinesMatched || deadline.status() == ObligationStatus.VIOLATED) {
      context.getKieRuntime().insert(deadline);
    }
    return deadline;
  }

  /**
   * States the calling deadline rule's obligation, judged as of the journey's instant.
   *
   * @throws IllegalStateException outside a journey, naming the rule and the form to use instead
   */
  @Override
  public @Nullable Deadline deadline(
      RuleContext context,
      Object subject,
      String party,
      Instant dueAt,
      Instant atRiskFrom,
      @Nullable Instant metAt) {
    if (judgedAt == null) {
      throw new IllegalStateException(
          "rule '"
              + context.getRule().getName()
              + "' stated a deadline without the instant it is judged at, outside any journey, so"
              + " there is no journey's instant to judge it as of. Maybe pass the instant, as in"
              + " findings.deadline(kcontext, subject, party, now, dueAt, atRiskFrom, metAt), with"
              + " now the fact's own observation (a feed's observedAt).");
    }
    return deadline(context, subject, party, judgedAt, dueAt, atRiskFrom, metAt);
  }

  /**
   * Emits the violation of a VIOLATED deadline, never dated before its deadline.
   *
   * @param context the rule context ({@code kcontext} in DRL)
   * @param deadline the deadline, VIOLATED
   * @param responsibility why its party answers
   * @param message what happened
   * @param evidence the facts it rests on
   * @return the violation, also inserted into working memory
   */
  @Override
  public Violation breach(
      RuleContext context,
      Deadline deadline,
      String responsibility,
      String message,
      Object... evidence) {
    Rule rule = context.getRule();
    String standard = RuleMetadata.standard(rule);
    if (deadline.status() != ObligationStatus.VIOLATED || !standard.equals(deadline.standard())) {
      throw new IllegalStateException(
          "rule '"
              + rule.getName()
              + "' of "
              + standard
              + " reported a breach of "
              + deadline.id()
              + " ("
              + deadline.status()
              + ", of "
              + deadline.standard()
              + "). Maybe match Deadline( standard == \""
              + standard
              + "\", status == ObligationStatus.VIOLATED ).");
    }
    Violation violation =
        violation(
            context,
            deadline.party(),
            responsibility,
            message,
            null,
            null,
            deadline.dueAt(),
            breachThresholds(context, deadline),
            evidence);
    String before = breaches.putIfAbsent(deadline.id(), violation.id());
    if (before != null && !before.equals(violation.id())) {
      throw new IllegalStateException(
          "deadline "
              + deadline.id()
              + " got two violations, "
              + before
              + " and "
              + violation.id()
              + " (the second from rule '"
              + rule.getName()
              + "'). Maybe make the standard's violation rules exclusive, so each breach is reported once.");
    }
    return violation;
  }

  /**
   * The obligations stated so far, each VIOLATED one with the id of its violation.
   *
   * @throws IllegalStateException when a VIOLATED deadline got no violation
   */
  public List<Obligation> obligations() {
    List<Obligation> obligations = new ArrayList<>(deadlines.size());
    for (Deadline d : deadlines.values()) {
      String violation = breaches.get(d.id());
      if (d.status() == ObligationStatus.VIOLATED && violation == null) {
        throw new IllegalStateException(
            "deadline "
                + d.id()
                + " of "
                + d.standard()
                + " is VIOLATED but no rule reported the breach. Maybe add a rule matching Deadline("
                + " ruleId == \""
                + d.ruleId()
                + "\", status == ObligationStatus.VIOLATED ) that calls findings.breach(...).");
      }
      obligations.add(
          Obligation.builder()
              .id(d.id())
              .standard(d.standard())
              .ruleId(d.ruleId())
              .subjectKind(d.subjectKind())
              .subject(d.subject())
              .party(d.party())
              .journey(journey)
              .alarm(d.alarm())
              .asOf(d.asOf())
              .dueAt(d.dueAt())
              .atRiskFrom(d.atRiskFrom())
              .metAt(d.metAt())
              .status(d.status())
              .violation(violation)
              .build());
    }
    return obligations;
  }

  /**
   * Emits a recommendation answering one violation.
   *
   * @param context the rule context ({@code kcontext} in DRL)
   * @param answers the violation it answers; its responsible party is the accountable party
   * @param owner who acts: the party the customer deals with
   * @param action what to do, in one sentence
   * @param dueInHours hours from the violation's time to the due time
   * @return the recommendation
   */
  @Override
  public Recommendation recommend(
      RuleContext context, Violation answers, String owner, String action, long dueInHours) {
    return recommend(context, List.of(answers), owner, action, dueInHours);
  }

  /**
   * Emits one recommendation answering several violations of one standard by one accountable party:
   * repeated violations aggregated, with their count.
   *
   * @param context the rule context ({@code kcontext} in DRL)
   * @param answers the violations it answers (at least one; the first's standard and responsible party
   *     are the recommendation's)
   * @param owner who acts
   * @param action what to do
   * @param dueInHours hours from the latest violation's time to the due time
   * @return the recommendation
   */
  @Override
  public Recommendation recommend(
      RuleContext context,
      Collection<Violation> answers,
      String owner,
      String action,
      long dueInHours) {
    if (answers.isEmpty()) {
      throw new IllegalArgumentException(
          "rule '"
              + context.getRule().getName()
              + "' recommended an answer to no violation. Maybe bind the violations it answers.");
    }
    requireParty(
        owner,
        "owner of the recommendation",
        "take it from the violation, such as $v.customerFacingParty() or $v.brand()");
    if (dueInHours < 0) {
      throw new IllegalArgumentException(
          "a recommendation due "
              + -dueInHours
              + " hour(s) before the violation it answers. Maybe give 0 or more hours after it");
    }
    List<Violation> sorted = new ArrayList<>(answers);
    sorted.sort(java.util.Comparator.comparing(Violation::id));
    Violation first = sorted.get(0);
    Instant at =
        sorted.stream()
            .map(Violation::at)
            .filter(java.util.Objects::nonNull)
            .max(Instant::compareTo)
            .orElse(null);
    Rule rule = context.getRule();
    String standard = first.standard();
    String id =
        "rec:"
            + idPart(standard)
            + ":"
            + idPart(owner)
            + ":"
            + (sorted.size() == 1
                ? idPart(first.id())
                : idPart(first.responsibleParty()) + ":" + sorted.size() + "x");
    Recommendation recommendation =
        Recommendation.builder()
            .id(id)
            .standard(standard)
            .action(action)
            .owner(owner)
            .accountableParty(first.responsibleParty())
            .customerFacingParty(first.customerFacingParty())
            .brand(first.brand())
            .partnership(
                chain != null && chain.serves(first.partnership(), first.responsibleParty())
                    ? first.partnership()
                    : null)
            .dueBy(at == null ? null : at.plusSeconds(dueInHours * 3600))
            .answers(sorted.stream().map(Violation::id).toList())
            .count(sorted.size())
            .rule(rule.getName())
            .build();
    recommendations.putIfAbsent(id, recommendation);
    return recommendation;
  }

  /**
   * One part of a finding's id, with the separators {@code :} and {@code +} (and the escape {@code \\})
   * escaped by a backslash: ids may contain {@code :}, and partners {@code p} and {@code p:x} with
   * shipments {@code x:y} and {@code y} must not give the same id. Parts without them are unchanged.
   */
  static String idPart(String part) {
    if (part.indexOf(':') < 0 && part.indexOf('+') < 0 && part.indexOf('\\') < 0) {
      return part;
    }
    StringBuilder escaped = new StringBuilder(part.length() + 8);
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == ':' || c == '+' || c == '\\') {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  /**
   * Records a case of the calling rule's standard.
   *
   * @param context the rule context ({@code kcontext} in DRL)
   * @param party the party the case counts for
   * @param failed whether the subject failed the standard
   * @param at when the case happened
   * @param subject the fact judged, or an id
   */
  @Override
  public void windowCase(
      RuleContext context, String party, boolean failed, Instant at, Object subject) {
    Rule rule = context.getRule();
    cases.add(
        where(
            context,
            RuleMetadata.standard(rule),
            subjectId(rule, subject),
            party,
            partnershipOf.apply(party, subject),
            failed ? WindowCase.Outcome.FAILED : WindowCase.Outcome.MET,
            null,
            at));
  }

  /**
   * Records a subject the calling rule's standard leaves out of its window metric.
   *
   * @param context the rule context ({@code kcontext} in DRL)
   * @param party the party the case would have counted for
   * @param reason why it is left out
   * @param at when the case happened
   * @param subject the fact left out, or an id
   */
  @Override
  public void windowExclusion(
      RuleContext context, String party, String reason, Instant at, Object subject) {
    Rule rule = context.getRule();
    cases.add(
        where(
            context,
            RuleMetadata.standard(rule),
            subjectId(rule, subject),
            party,
            partnershipOf.apply(party, subject),
            WindowCase.Outcome.EXCLUDED,
            reason,
            at));
  }

  /**
   * Emits the violation of a window metric that missed its target, with the calling rule's
   * {@code @responsibility} as the reason.
   *
   * @param context the rule context ({@code kcontext} in DRL)
   * @param m the metric, its status BAD
   * @return the violation; null when the party's agreements leave the standard out
   */
  @Override
  public @Nullable Violation windowViolation(RuleContext context, MetricResult m) {
    String responsibility = RuleMetadata.required(context.getRule(), "responsibility");
    String rate = m.rate() == null ? "" : String.format(" (%.1f %%)", m.rate() * 100);
    return violation(
        context,
        m.party(),
        responsibility,
        m.party()
            + ": "
            + m.measure()
            + " = "
            + m.numerator()
            + "/"
            + m.denominator()
            + rate
            + ", target "
            + m.comparison()
            + " "
            + String.format("%.1f %%", m.target() * 100)
            + " ("
            + m.targetSource().source()
            + ").",
        null,
        null,
        null,
        deciding(m),
        new Object[] {m});
  }

  /**
   * The thresholds of the deadline's rule, then any the breach rule matched itself; the at-risk point
   * only warns before the deadline, so it never decides a breach and is left out.
   */
  private List<AppliedThreshold> breachThresholds(RuleContext context, Deadline deadline) {
    List<AppliedThreshold> thresholds = new ArrayList<>();
    for (List<AppliedThreshold> source :
        List.of(deadlineThresholds.getOrDefault(deadline.id(), List.of()), matched(context))) {
      for (AppliedThreshold t : source) {
        if (!t.key().startsWith("atRisk") && !thresholds.contains(t)) {
          thresholds.add(t);
        }
      }
    }
    return thresholds;
  }

  /** A BAD metric was decided by its target, and by its minimum sample, which it reached. */
  private static List<AppliedThreshold> deciding(MetricResult m) {
    return m.thresholds().stream()
        .filter(t -> t.key().equals("windowTarget") || t.key().equals("minSample"))
        .toList();
  }

  /**
   * The {@code @plan} of the rule that made {@code violation}.
   *
   * @param violation a violation emitted in this assessment
   * @return the plan
   */
  @Override
  public String planFor(Violation violation) {
    Rule maker = makers.get(violation.id());
    if (maker == null) {
      throw new IllegalStateException(
          "violation "
              + violation.id()
              + " was not emitted in this assessment, so its "
              + "rule's plan is unknown. Maybe ask for plans only in rules that react to violations.");
    }
    return RuleMetadata.required(maker, "plan");
  }

  /** The window cases recorded so far, in emission order. */
  public List<WindowCase> cases() {
    return cases;
  }

  /**
   * A case with the carrier, node and products of the facts its rule matched: a parcel names its carrier,
   * packer and products; an order its products and pickup store; a pickup or stock audit its store; a
   * purchase order its supplier, product and carrier. These are the dimensions a metric's drivers are
   * ranked on.
   */
  private static WindowCase where(
      RuleContext context,
      String standard,
      String subject,
      String party,
      @Nullable String partnership,
      WindowCase.Outcome outcome,
      @Nullable String reason,
      Instant at) {
    String carrier = null;
    String node = null;
    java.util.Set<String> products = new java.util.TreeSet<>();
    java.util.Set<String> orderProducts = new java.util.TreeSet<>();
    for (Object fact : context.getMatch().getObjects()) {
      if (fact instanceof Shipment s) {
        carrier = s.carrier();
        node = s.packedBy();
        products.addAll(s.products());
      } else if (fact instanceof Order o) {
        o.lines().forEach(line -> orderProducts.add(line.product()));
        if (node == null) {
          node = o.pickupStore();
        }
      } else if (fact instanceof Pickup p && node == null) {
        node = p.party();
      } else if (fact instanceof StockCheck c) {
        node = c.party();
        products.add(c.product());
      } else if (fact instanceof PurchaseOrder po) {
        carrier = po.carrier();
        node = po.supplier();
        products.add(po.product());
      }
    }
    if (products.isEmpty()) {
      products = orderProducts;
    }
    return new WindowCase(
        standard,
        subject,
        party,
        partnership,
        outcome,
        reason,
        at,
        carrier,
        node,
        List.copyOf(products));
  }

  private static String subjectId(Rule rule, Object subject) {
    if (subject instanceof String id) {
      return id;
    }
    List<Evidence> cited = evidence(rule, new Object[] {subject});
    return cited.get(0).id();
  }

  /** The violations emitted so far, in emission order. */
  public List<Violation> violations() {
    return ImmutableList.copyOf(violations.values());
  }

  /** The recommendations emitted so far, in emission order. */
  public List<Recommendation> recommendations() {
    return ImmutableList.copyOf(recommendations.values());
  }

  private static List<Evidence> evidence(Rule rule, Object[] facts) {
    List<Evidence> cited = new ArrayList<>(facts.length);
    for (Object fact : facts) {
      if (fact instanceof Touchpoint t) {
        cited.add(Evidence.of(t.id(), t.kind().jsonName()));
        if (t instanceof Complaint c) {
          // The customer's photos are evidence of the complaint they came with.
          c.photos().forEach(photo -> cited.add(Evidence.of(photo, "photo")));
        }
      } else if (fact instanceof Violation v) {
        cited.add(Evidence.of(v.id(), "violation"));
      } else if (fact instanceof Product p) {
        cited.add(Evidence.of(p.id(), "product"));
      } else if (fact instanceof Evidence e) {
        cited.add(e);
      } else if (fact instanceof Collection<?> many) {
        // A collection's order is the input's (journeys in file order): sorted, so ids do not
        // depend on it.
        List<Evidence> each = evidence(rule, many.toArray());
        each.sort(java.util.Comparator.comparing(Evidence::id).thenComparing(Evidence::kind));
        cited.addAll(each);
      } else if (fact instanceof MetricResult m) {
        // A partner with two brands has a metric per partnership: each is its own evidence.
        cited.add(
            Evidence.of(
                m.standard()
                    + ":"
                    + m.party()
                    + (m.partnership() == null ? "" : "@" + m.partnership()),
                "metric"));
      } else if (fact instanceof Feed f) {
        cited.add(Evidence.of(f.id(), "feed"));
      } else if (fact instanceof PurchaseOrder po) {
        cited.add(Evidence.of(po.id(), "purchaseOrder"));
      } else if (fact instanceof AgreedCategory agreed) {
        // The agreement that maps the category is the evidence of what the listing owed.
        cited.add(Evidence.of(agreed.partnership(), "partnership"));
      } else {
        throw new IllegalArgumentException(
            "rule '"
                + rule.getName()
                + "' cited "
                + (fact == null ? "null" : "a " + fact.getClass().getSimpleName())
                + " as evidence; evidence must be touchpoints, feeds, purchase orders, products, agreed"
                + " categories or violations. "
                + "Maybe pass the matched fact ($s) rather than one of its fields.");
      }
    }
    return cited;
  }

  private static @Nullable Instant notBefore(@Nullable Instant at, @Nullable Instant floor) {
    return floor != null && (at == null || at.isBefore(floor)) ? floor : at;
  }

  private static @Nullable Instant latest(Object[] facts) {
    Instant latest = null;
    for (Object fact : facts) {
      Instant at = null;
      if (fact instanceof Touchpoint t) {
        at = t.at();
      } else if (fact instanceof Violation v) {
        at = v.at();
      } else if (fact instanceof Collection<?> many) {
        at = latest(many.toArray());
      } else if (fact instanceof MetricResult m) {
        at = m.window().to();
      } else if (fact instanceof Feed f) {
        at = f.observedAt();
      } else if (fact instanceof PurchaseOrder po) {
        at =
            po.receivedAt() != null && po.receivedAt().isAfter(po.mustArriveBy())
                ? po.receivedAt()
                : po.mustArriveBy();
      }
      if (at != null && (latest == null || at.isAfter(latest))) {
        latest = at;
      }
    }
    return latest;
  }
}
