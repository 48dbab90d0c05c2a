package io.sharedcx.engine.internal;

import io.sharedcx.engine.AdjustmentProblem;
import io.sharedcx.model.Adjustments;
import io.sharedcx.model.Agreement;
import io.sharedcx.model.Dispute;
import io.sharedcx.model.DisputeReason;
import io.sharedcx.model.DisputeStatus;
import io.sharedcx.model.Exemption;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Partnership;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.PurchaseOrder;
import io.sharedcx.model.Shipment;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.Adjudication;
import io.sharedcx.model.finding.AdjustedMetric;
import io.sharedcx.model.finding.AdjustedViolation;
import io.sharedcx.model.finding.AppliedThreshold;
import io.sharedcx.model.finding.AuditAction;
import io.sharedcx.model.finding.AuditEntry;
import io.sharedcx.model.finding.Comparison;
import io.sharedcx.model.finding.Evidence;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.MetricStatus;
import io.sharedcx.model.finding.Violation;
import io.sharedcx.model.finding.ViolationStanding;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Applies exemptions and disputes to findings: each violation's standing, the window metrics raw and
 * adjusted, and the audit trail (docs/DISPUTES.md).
 */
public final class Adjudicator {
  /** Who the audit trail names for what the rules of adjudication decide themselves. */
  static final String SHAREDCX = "sharedcx";

  private final Portfolio portfolio;
  private final Set<String> standards;
  private final Map<String, Set<DisputeReason>> reasons;
  private final Map<String, Map<String, Touchpoint>> facts = new HashMap<>();
  private final Map<String, Object> portfolioFacts = new HashMap<>();

  /**
   * Prepares to adjust findings about {@code portfolio}.
   *
   * @param portfolio the portfolio the findings are about: its parties, agreements and facts
   * @param reasons the engine's standards, each with the dispute reasons it accepts
   */
  public Adjudicator(Portfolio portfolio, Map<String, Set<DisputeReason>> reasons) {
    this.portfolio = portfolio;
    this.standards = reasons.keySet();
    this.reasons = reasons;
    for (Journey journey : portfolio.journeys()) {
      Map<String, Touchpoint> byId = new HashMap<>();
      for (Touchpoint t : journey.touchpoints()) {
        byId.put(t.id(), t);
      }
      facts.put(journey.id(), byId);
    }
    portfolio.feeds().forEach(f -> portfolioFacts.put(f.id(), f));
    portfolio.purchaseOrders().forEach(po -> portfolioFacts.put(po.id(), po));
    portfolio.stockAudits().forEach(s -> portfolioFacts.put(s.id(), s));
  }

  /**
   * Checks {@code adjustments} against the violations they would apply to.
   *
   * @param violations the violations assessed
   * @param adjustments the exemptions and disputes
   * @return every problem, exemptions first; empty when they fit
   */
  public List<AdjustmentProblem> check(List<Violation> violations, Adjustments adjustments) {
    List<AdjustmentProblem> problems = new ArrayList<>();
    Set<String> parties = portfolio.parties().keySet();
    Set<String> products = new HashSet<>();
    portfolio.products().forEach(p -> products.add(p.id()));
    for (int i = 0; i < adjustments.exemptions().size(); i++) {
      Exemption e = adjustments.exemptions().get(i);
      String at = "$.exemptions[" + i + "]";
      if (!parties.contains(e.party())) {
        problems.add(unknown(at + ".party", "party", e.party(), parties));
      }
      if (!standards.contains(e.standard())) {
        problems.add(unknown(at + ".standard", "standard", e.standard(), standards));
      }
      // A scope that names nothing in the portfolio would never apply, though approved.
      if (e.product() != null && !products.contains(e.product())) {
        problems.add(unknown(at + ".product", "product", e.product(), products));
      }
      if (e.carrier() != null && !parties.contains(e.carrier())) {
        problems.add(unknown(at + ".carrier", "carrier", e.carrier(), parties));
      }
      if (e.node() != null && !parties.contains(e.node())) {
        problems.add(unknown(at + ".node", "node", e.node(), parties));
      }
    }
    Set<String> ids = new HashSet<>();
    violations.forEach(v -> ids.add(v.id()));
    Map<String, Violation> byId = new HashMap<>();
    violations.forEach(v -> byId.put(v.id(), v));
    for (int i = 0; i < adjustments.disputes().size(); i++) {
      Dispute d = adjustments.disputes().get(i);
      String at = "$.disputes[" + i + "]";
      if (!ids.contains(d.violation())) {
        String closest = DrlCompiler.closest(d.violation(), ids);
        problems.add(
            new AdjustmentProblem(
                at + ".violation",
                "dispute '"
                    + d.id()
                    + "' names violation '"
                    + d.violation()
                    + "', which the"
                    + " assessment does not have",
                closest != null
                    ? "Maybe '" + closest + "'"
                    : "Maybe copy the id from the assessment's JSON (cx assess --format json)"));
      }
      if (!parties.contains(d.raisedBy())) {
        problems.add(unknown(at + ".raisedBy", "party", d.raisedBy(), parties));
      }
      Violation disputed = byId.get(d.violation());
      Set<DisputeReason> accepted = disputed == null ? null : reasons.get(disputed.standard());
      if (accepted != null && !accepted.contains(d.reason())) {
        problems.add(
            new AdjustmentProblem(
                at + ".reason",
                "dispute '"
                    + d.id()
                    + "' gives reason "
                    + d.reason()
                    + ", which standard "
                    + disputed.standard()
                    + " does not accept",
                "Maybe one of: " + String.join(", ", accepted.stream().map(Enum::name).toList())));
      }
    }
    return problems;
  }

  private static AdjustmentProblem unknown(
      String path, String what, String value, Set<String> known) {
    String closest = DrlCompiler.closest(value, known);
    return new AdjustmentProblem(
        path,
        "no " + what + " '" + value + "'",
        closest != null ? "Maybe '" + closest + "'" : "Maybe check the " + what + "'s id");
  }

  /**
   * Adjusts findings already checked with {@link #check}.
   *
   * @param violations the violations assessed
   * @param metrics the window metrics assessed (empty for a journey assessment)
   * @param adjustments the exemptions and disputes
   * @return the adjudication
   */
  public Adjudication adjudicate(
      List<Violation> violations, List<MetricResult> metrics, Adjustments adjustments) {
    List<AuditEntry> audit = new ArrayList<>();
    Map<String, ViolationStanding> standing = new LinkedHashMap<>();
    Map<String, String> exemptionOf = new HashMap<>();
    Map<String, String> disputeOf = new HashMap<>();
    for (Exemption e : adjustments.exemptions()) {
      audit.add(
          entry(
              e.approvedAt(),
              e.approvedBy(),
              AuditAction.EXEMPTION_APPROVED,
              e.id(),
              null,
              "exempts "
                  + e.party()
                  + " from "
                  + e.standard()
                  + scope(e)
                  + " from "
                  + e.validFrom()
                  + " until "
                  + e.validUntil()
                  + ": "
                  + e.reason()));
    }
    for (Violation v : violations) {
      standing.put(v.id(), ViolationStanding.COUNTED);
      for (Exemption e : adjustments.exemptions()) {
        if (covers(e, v)) {
          standing.put(v.id(), ViolationStanding.EXEMPTED);
          exemptionOf.put(v.id(), e.id());
          audit.add(
              entry(
                  v.at(),
                  e.approvedBy(),
                  AuditAction.EXEMPTION_APPLIED,
                  e.id(),
                  v.id(),
                  "happened at "
                      + v.at()
                      + ", inside exemption "
                      + e.id()
                      + scope(e)
                      + ": "
                      + e.reason()));
          break;
        }
      }
    }
    Map<String, Violation> byId = new HashMap<>();
    violations.forEach(v -> byId.put(v.id(), v));
    List<Dispute> disputes = new ArrayList<>(adjustments.disputes());
    disputes.sort(Comparator.comparing(Dispute::raisedAt).thenComparing(Dispute::id));
    for (Dispute d : disputes) {
      Violation v = byId.get(d.violation());
      audit.add(
          entry(
              d.raisedAt(),
              d.raisedBy(),
              AuditAction.DISPUTE_RAISED,
              d.id(),
              v.id(),
              d.reason()
                  + (d.explanation() == null ? "" : ": " + d.explanation())
                  + (d.evidence().isEmpty()
                      ? ""
                      : " (evidence: " + String.join(", ", d.evidence()) + ")")));
      String late = late(d, v);
      if (late != null) {
        audit.add(
            entry(d.raisedAt(), SHAREDCX, AuditAction.DISPUTE_REJECTED, d.id(), v.id(), late));
        decide(standing, disputeOf, v.id(), d.id(), ViolationStanding.UPHELD);
        continue;
      }
      if (d.reviewedAt() != null) {
        audit.add(
            entry(
                d.reviewedAt(),
                d.reviewedBy(),
                AuditAction.DISPUTE_UNDER_REVIEW,
                d.id(),
                v.id(),
                "taken under review"));
      }
      if (d.status().decided()) {
        AuditAction action =
            switch (d.status()) {
              case REVERSED -> AuditAction.DISPUTE_REVERSED;
              case EXPIRED -> AuditAction.DISPUTE_EXPIRED;
              default -> AuditAction.DISPUTE_UPHELD;
            };
        audit.add(
            entry(
                d.decidedAt(),
                d.decidedBy(),
                action,
                d.id(),
                v.id(),
                d.status() == DisputeStatus.REVERSED
                    ? "the violation is taken back and leaves the adjusted figures"
                    : d.status() == DisputeStatus.EXPIRED
                        ? "not decided in time: the violation stands"
                        : "the violation stands"));
        decide(
            standing,
            disputeOf,
            v.id(),
            d.id(),
            d.status() == DisputeStatus.REVERSED
                ? ViolationStanding.REVERSED
                : ViolationStanding.UPHELD);
      } else {
        decide(standing, disputeOf, v.id(), d.id(), ViolationStanding.DISPUTED);
      }
    }
    audit.sort(
        Comparator.comparing(AuditEntry::at)
            .thenComparing(AuditEntry::action)
            .thenComparing(AuditEntry::source)
            .thenComparing(a -> a.violation() == null ? "" : a.violation()));
    Adjudication.Builder result = Adjudication.builder().audit(audit);
    for (Violation v : violations) {
      result.addViolations(
          AdjustedViolation.builder()
              .violation(v)
              .standing(standing.get(v.id()))
              .exemption(exemptionOf.get(v.id()))
              .dispute(disputeOf.get(v.id()))
              .build());
    }
    result.metrics(adjust(metrics, violations, standing));
    return result.build();
  }

  /**
   * Records a dispute's effect on a violation: an exemption stays; a reversal wins over any other
   * dispute; an open dispute wins over an upheld one (it may still reverse it).
   */
  private static void decide(
      Map<String, ViolationStanding> standing,
      Map<String, String> disputeOf,
      String violation,
      String dispute,
      ViolationStanding outcome) {
    ViolationStanding now = standing.get(violation);
    if (now == ViolationStanding.EXEMPTED || now == ViolationStanding.REVERSED) {
      return;
    }
    if (now == ViolationStanding.DISPUTED && outcome == ViolationStanding.UPHELD) {
      return;
    }
    standing.put(violation, outcome);
    disputeOf.put(violation, dispute);
  }

  /** Why a dispute is too late, or null when it is in time. */
  private @Nullable String late(Dispute d, Violation v) {
    if (v.at() == null) {
      return null; // a violation with no time cannot be disputed late
    }
    Window window = window(v);
    Duration after = Duration.between(v.at(), d.raisedAt());
    if (after.compareTo(Duration.ofDays(window.days())) <= 0) {
      return null;
    }
    return "raised "
        + after.toDays()
        + " days after the violation at "
        + v.at()
        + ", after the "
        + window.days()
        + "-day dispute window "
        + window.source()
        + ": the violation stands";
  }

  private record Window(int days, String source) {}

  /**
   * The dispute window in force for a violation: that of its partnership ({@link
   * Violation#partnership()}, the partnership in force for its responsible party); else that of the
   * partnership its thresholds name; else the longest of its responsible party's partnerships (a
   * dispute is never rejected under an agreement it may not fall under); else the default.
   */
  private Window window(Violation v) {
    if (v.partnership() != null) {
      Partnership named =
          portfolio.partnerships().stream()
              .filter(p -> p.id().equals(v.partnership()))
              .findFirst()
              .orElse(null);
      if (named != null) {
        Agreement agreement = named.agreement();
        return agreement.disputeWindowDays() == null
            ? new Window(
                Agreement.DEFAULT_DISPUTE_WINDOW_DAYS,
                "(the default; partnership " + named.id() + " agrees none)")
            : new Window(agreement.disputeWindowDays(), "agreed in partnership " + named.id());
      }
    }
    String partnership = partnership(v);
    Window best = null;
    for (Partnership p : portfolio.partnershipsOf(v.responsibleParty())) {
      if (partnership != null && !p.id().equals(partnership)) {
        continue;
      }
      Agreement agreement = p.agreement();
      Window w =
          agreement.disputeWindowDays() == null
              ? new Window(
                  Agreement.DEFAULT_DISPUTE_WINDOW_DAYS,
                  "(the default; partnership " + p.id() + " agrees none)")
              : new Window(agreement.disputeWindowDays(), "agreed in partnership " + p.id());
      if (best == null || w.days() > best.days()) {
        best = w;
      }
    }
    return best != null
        ? best
        : new Window(
            Agreement.DEFAULT_DISPUTE_WINDOW_DAYS, "(the default: no partnership agrees one)");
  }

  /** Whether an exemption covers a violation: its party, standard, time and, if narrowed, a cited fact. */
  boolean covers(Exemption e, Violation v) {
    if (!e.party().equals(v.responsibleParty())
        || !e.standard().equals(v.standard())
        || v.at() == null
        || !e.holdsAt(v.at())) {
      return false;
    }
    if (e.product() == null && e.carrier() == null && e.node() == null) {
      return true;
    }
    for (Evidence cited : v.evidence()) {
      Object fact = fact(v.journey(), cited.id());
      if (fact != null
          && (e.product() == null || products(fact).contains(e.product()))
          && (e.carrier() == null || e.carrier().equals(carrier(fact)))
          && (e.node() == null || (fact instanceof Shipment s && e.node().equals(s.packedBy())))) {
        return true;
      }
    }
    return false;
  }

  private @Nullable Object fact(@Nullable String journey, String id) {
    if (journey != null) {
      Map<String, Touchpoint> touchpoints = facts.get(journey);
      if (touchpoints != null && touchpoints.containsKey(id)) {
        return touchpoints.get(id);
      }
    }
    return portfolioFacts.get(id);
  }

  private static Set<String> products(Object fact) {
    if (fact instanceof Touchpoint t) {
      return t.productReferences();
    }
    if (fact instanceof PurchaseOrder po) {
      return Set.of(po.product());
    }
    return Set.of();
  }

  private static @Nullable String carrier(Object fact) {
    if (fact instanceof Shipment s) {
      return s.carrier();
    }
    if (fact instanceof PurchaseOrder po) {
      return po.carrier();
    }
    return null;
  }

  private static String scope(Exemption e) {
    StringBuilder s = new StringBuilder();
    if (e.product() != null) {
      s.append(" for product ").append(e.product());
    }
    if (e.carrier() != null) {
      s.append(" on carrier ").append(e.carrier());
    }
    if (e.node() != null) {
      s.append(" at node ").append(e.node());
    }
    return s.toString();
  }

  /**
   * The metrics adjusted: each exempted or reversed journey violation of a metric's standard and party
   * that happened in its window leaves one failed case, from the failures and from the cases alike. A
   * violation goes to the metric of the partnership its thresholds name; one that names none goes to
   * its party's only metric of the standard, or the first by partnership id when there are several.
   */
  private static List<AdjustedMetric> adjust(
      List<MetricResult> metrics,
      List<Violation> violations,
      Map<String, ViolationStanding> standing) {
    Map<MetricResult, Long> removed = new LinkedHashMap<>();
    metrics.forEach(m -> removed.put(m, 0L));
    for (Violation v : violations) {
      if (standing.get(v.id()).counts() || isWindowViolation(v) || v.at() == null) {
        continue;
      }
      MetricResult target = null;
      String partnership = partnership(v);
      for (MetricResult m : metrics) {
        if (!m.standard().equals(v.standard())
            || !m.party().equals(v.responsibleParty())
            || !m.window().contains(v.at())) {
          continue;
        }
        if (partnership != null && partnership.equals(m.partnership())) {
          target = m;
          break;
        }
        if (target == null
            || (partnership == null
                && m.partnership() != null
                && target.partnership() != null
                && m.partnership().compareTo(target.partnership()) < 0)) {
          target = m;
        }
      }
      if (target != null) {
        removed.merge(target, 1L, Long::sum);
      }
    }
    List<AdjustedMetric> adjusted = new ArrayList<>();
    for (Map.Entry<MetricResult, Long> e : removed.entrySet()) {
      MetricResult m = e.getKey();
      long failed =
          m.comparison() == Comparison.AT_MOST ? m.numerator() : m.denominator() - m.numerator();
      long out = Math.min(e.getValue(), failed);
      long numerator = m.comparison() == Comparison.AT_MOST ? m.numerator() - out : m.numerator();
      long denominator = m.denominator() - out;
      MetricStatus status =
          WindowJudge.status(
              m.target(), m.minSample(), ratio(m), m.comparison(), numerator, denominator);
      adjusted.add(
          AdjustedMetric.builder()
              .raw(m)
              .removed(out)
              .numerator(numerator)
              .denominator(denominator)
              .rate(
                  status == MetricStatus.INSUFFICIENT_DATA
                      ? null
                      : (double) numerator / denominator)
              .status(status)
              .build());
    }
    return adjusted;
  }

  private static double ratio(MetricResult m) {
    for (AppliedThreshold t : m.thresholds()) {
      if (t.key().equals("atRiskRatio")) {
        return t.value();
      }
    }
    return 1.0;
  }

  private static @Nullable String partnership(Violation v) {
    for (AppliedThreshold t : v.thresholds()) {
      if (t.partnership() != null) {
        return t.partnership();
      }
    }
    return null;
  }

  private static boolean isWindowViolation(Violation v) {
    return v.evidence().stream().anyMatch(e -> e.kind().equals("metric"));
  }

  private static AuditEntry entry(
      @Nullable Instant at,
      @Nullable String who,
      AuditAction action,
      String source,
      @Nullable String violation,
      String why) {
    return AuditEntry.builder()
        .at(at == null ? Instant.EPOCH : at)
        .who(who == null ? SHAREDCX : who)
        .action(action)
        .source(source)
        .violation(violation)
        .why(why)
        .build();
  }
}
