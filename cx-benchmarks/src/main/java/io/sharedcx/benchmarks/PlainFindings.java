package io.sharedcx.benchmarks;

import io.sharedcx.authoring.Deadline;
import io.sharedcx.authoring.Findings;
import io.sharedcx.model.Feed;
import io.sharedcx.model.Product;
import io.sharedcx.model.PurchaseOrder;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.Evidence;
import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The naive embedding's own {@link Findings}: builds each finding from the firing rule's metadata the
 * way the pack's contract describes, keeps every violation (no agreement filter), and records them in
 * emission order. Written against the public contract only, as an embedder without the engine would.
 */
final class PlainFindings implements Findings {
  private final String journey;
  private final Instant judgedAt;
  private final Map<String, Violation> violations = new LinkedHashMap<>();
  private final Map<String, Recommendation> recommendations = new LinkedHashMap<>();

  /** A record for one journey, judged as of {@code judgedAt} (its {@code observedUntil}). */
  PlainFindings(String journey, Instant judgedAt) {
    this.journey = journey;
    this.judgedAt = judgedAt;
  }

  @Override
  public Violation violation(
      RuleContext context,
      String responsibleParty,
      String responsibility,
      String message,
      Object... evidence) {
    return record(context, responsibleParty, responsibility, message, null, null, null, evidence);
  }

  @Override
  public Violation estimated(
      RuleContext context,
      String responsibleParty,
      String responsibility,
      String message,
      long estimate,
      String estimateLabel,
      Object... evidence) {
    return record(
        context,
        responsibleParty,
        responsibility,
        message,
        estimate,
        estimateLabel,
        null,
        evidence);
  }

  /** States a deadline with its status as the contract describes; every standard applies here. */
  @Override
  public Deadline deadline(
      RuleContext context,
      Object subject,
      String party,
      Instant now,
      Instant dueAt,
      Instant atRiskFrom,
      @Nullable Instant metAt) {
    Rule rule = context.getRule();
    Evidence about = evidence(rule, new Object[] {subject}).get(0);
    Object late = rule.getMetaData().get("late");
    Instant known = metAt != null && !metAt.isAfter(now) ? metAt : null;
    String ruleId = metadata(rule, "id");
    Deadline deadline =
        new Deadline(
            metadata(rule, "standard") + ":" + party + ":" + about.id() + ":" + ruleId,
            metadata(rule, "standard"),
            ruleId,
            about.kind(),
            about.id(),
            party,
            metadata(rule, "alarm"),
            Deadline.judgedAt(now, known),
            dueAt,
            atRiskFrom,
            known,
            Deadline.statusAt(
                now,
                dueAt,
                atRiskFrom,
                known,
                late == null || !late.toString().contains("MET_LATE")));
    context.getKieRuntime().insert(deadline);
    return deadline;
  }

  /** States a deadline as of the journey's instant. */
  @Override
  public Deadline deadline(
      RuleContext context,
      Object subject,
      String party,
      Instant dueAt,
      Instant atRiskFrom,
      @Nullable Instant metAt) {
    return deadline(context, subject, party, judgedAt, dueAt, atRiskFrom, metAt);
  }

  /** Emits a deadline's violation against its party, dated no earlier than its deadline. */
  @Override
  public Violation breach(
      RuleContext context,
      Deadline deadline,
      String responsibility,
      String message,
      Object... evidence) {
    return record(
        context, deadline.party(), responsibility, message, null, null, deadline.dueAt(), evidence);
  }

  private Violation record(
      RuleContext context,
      String responsibleParty,
      String responsibility,
      String message,
      @Nullable Long estimate,
      @Nullable String estimateLabel,
      @Nullable Instant notBefore,
      Object[] evidence) {
    Rule rule = context.getRule();
    String standard = metadata(rule, "standard");
    List<Evidence> cited = evidence(rule, evidence);
    String id =
        standard
            + ":"
            + responsibleParty
            + ":"
            + cited.stream().map(Evidence::id).collect(Collectors.joining("+"))
            + ":"
            + rule.getName();
    Violation existing = violations.get(id);
    if (existing != null) {
      return existing;
    }
    Violation violation =
        Violation.builder()
            .id(id)
            .standard(standard)
            .title(metadata(rule, "title"))
            .severity(Severity.parse(metadata(rule, "severity")))
            .responsibleParty(responsibleParty)
            .responsibility(responsibility)
            .message(message)
            .evidence(cited)
            .journey(journey)
            .at(
                notBefore != null
                        && (latest(evidence) == null || latest(evidence).isBefore(notBefore))
                    ? notBefore
                    : latest(evidence))
            .estimate(estimate)
            .estimateLabel(estimateLabel)
            .rule(rule.getName())
            .ruleId(rule.getMetaData().containsKey("id") ? metadata(rule, "id") : rule.getName())
            .build();
    violations.put(id, violation);
    context.getKieRuntime().insert(violation);
    return violation;
  }

  @Override
  public Recommendation recommend(
      RuleContext context, Violation answers, String owner, String action, long dueInHours) {
    return recommend(context, List.of(answers), owner, action, dueInHours);
  }

  @Override
  public Recommendation recommend(
      RuleContext context,
      Collection<Violation> answers,
      String owner,
      String action,
      long dueInHours) {
    if (answers.isEmpty()) {
      throw new IllegalArgumentException(
          "rule '" + context.getRule().getName() + "' recommended an answer to no violation");
    }
    List<Violation> sorted = new ArrayList<>(answers);
    sorted.sort(Comparator.comparing(Violation::id));
    Violation first = sorted.get(0);
    Instant at =
        sorted.stream()
            .map(Violation::at)
            .filter(Objects::nonNull)
            .max(Instant::compareTo)
            .orElse(null);
    String id =
        "rec:"
            + first.standard()
            + ":"
            + owner
            + ":"
            + (sorted.size() == 1
                ? first.id()
                : first.responsibleParty() + ":" + sorted.size() + "x");
    Recommendation recommendation =
        Recommendation.builder()
            .id(id)
            .standard(first.standard())
            .action(action)
            .owner(owner)
            .accountableParty(first.responsibleParty())
            .dueBy(at == null ? null : at.plusSeconds(dueInHours * 3600))
            .answers(sorted.stream().map(Violation::id).toList())
            .count(sorted.size())
            .rule(context.getRule().getName())
            .build();
    recommendations.putIfAbsent(id, recommendation);
    return recommendation;
  }

  /** Window cases are counted only by the engine's window assessment; a plain embedding judges journeys. */
  @Override
  public void windowCase(
      RuleContext context, String party, boolean failed, Instant at, Object subject) {}

  /** Window exclusions are counted only by the engine's window assessment; a plain embedding judges journeys. */
  @Override
  public void windowExclusion(
      RuleContext context, String party, String reason, Instant at, Object subject) {}

  @Override
  public @Nullable Violation windowViolation(RuleContext context, MetricResult metric) {
    throw new UnsupportedOperationException(
        "the plain embedding inserts no window metrics, so rule '"
            + context.getRule().getName()
            + "' cannot have matched one");
  }

  @Override
  public String planFor(Violation violation) {
    throw new UnsupportedOperationException(
        "the plain embedding assesses no windows, so violation "
            + violation.id()
            + " has no window plan");
  }

  /** The violations emitted, in emission order. */
  List<Violation> violations() {
    return List.copyOf(violations.values());
  }

  /** A metadata value, quotes stripped (the executable model keeps them for {@code @title("...")}). */
  private static String metadata(Rule rule, String key) {
    Object raw = rule.getMetaData().get(key);
    if (raw == null) {
      throw new IllegalStateException(
          "rule '" + rule.getName() + "' has no @" + key + "(...) metadata");
    }
    String text = raw.toString().trim();
    return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
        ? text.substring(1, text.length() - 1)
        : text;
  }

  private static List<Evidence> evidence(Rule rule, Object[] facts) {
    List<Evidence> cited = new ArrayList<>(facts.length);
    for (Object fact : facts) {
      if (fact instanceof Touchpoint t) {
        cited.add(Evidence.of(t.id(), t.kind().jsonName()));
      } else if (fact instanceof Violation v) {
        cited.add(Evidence.of(v.id(), "violation"));
      } else if (fact instanceof Product p) {
        cited.add(Evidence.of(p.id(), "product"));
      } else if (fact instanceof Evidence e) {
        cited.add(e);
      } else if (fact instanceof Collection<?> many) {
        cited.addAll(evidence(rule, many.toArray()));
      } else if (fact instanceof MetricResult m) {
        cited.add(Evidence.of(m.standard() + ":" + m.party(), "metric"));
      } else if (fact instanceof Feed f) {
        cited.add(Evidence.of(f.id(), "feed"));
      } else if (fact instanceof PurchaseOrder po) {
        cited.add(Evidence.of(po.id(), "purchaseOrder"));
      } else {
        throw new IllegalArgumentException(
            "rule '"
                + rule.getName()
                + "' cited "
                + (fact == null ? "null" : "a " + fact.getClass().getSimpleName())
                + " as evidence");
      }
    }
    return cited;
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
