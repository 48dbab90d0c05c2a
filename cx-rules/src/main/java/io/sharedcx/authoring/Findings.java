package io.sharedcx.authoring;

import io.sharedcx.model.finding.MetricResult;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Violation;
import java.time.Instant;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The one helper a DRL consequence calls. It builds the finding from the rule's metadata
 * ({@code @standard}, {@code @severity}, {@code @title}), records it, and inserts violations into
 * working memory so recommendation rules can react to them. Declared in DRL as
 * {@code global io.sharedcx.authoring.Findings findings;}.
 *
 * <pre>{@code
 * then
 *     findings.violation(kcontext, $s.packedBy(), "packed below the spec", "Parcel arrived damaged.", $s);
 * }</pre>
 *
 * <p>The engine supplies the instance; one serves one journey's assessment and is not shared between
 * threads.
 */
public interface Findings {

  /**
   * Emits a violation of the calling rule's standard.
   *
   * @param context the rule context ({@code kcontext} in DRL)
   * @param responsibleParty the party that answers for it: a party of the portfolio, else the rule fails
   *     its journey
   * @param responsibility why that party, as a clause: "packed the parcel below the spec"
   * @param message what happened, in one sentence
   * @param evidence the facts it rests on: touchpoints, products or other violations
   * @return the violation, also inserted into working memory; null when the responsible party's agreements
   *     leave the standard out
   */
  @Nullable Violation violation(
      RuleContext context,
      String responsibleParty,
      String responsibility,
      String message,
      Object... evidence);

  /**
   * Emits a violation that carries a labelled estimate, e.g. the silent dissatisfied customers behind
   * complaints.
   *
   * @param context the rule context ({@code kcontext} in DRL)
   * @param responsibleParty the party that answers for it: a party of the portfolio, else the rule fails
   *     its journey
   * @param responsibility why that party
   * @param message what happened
   * @param estimate the estimated number
   * @param estimateLabel what it estimates and how, always shown with it
   * @param evidence the facts it rests on
   * @return the violation, also inserted into working memory; null when the party's agreements leave the
   *     standard out
   */
  @Nullable Violation estimated(
      RuleContext context,
      String responsibleParty,
      String responsibility,
      String message,
      long estimate,
      String estimateLabel,
      Object... evidence);

  /**
   * States the calling deadline rule's obligation ({@code @kind(deadline)}): the party owes something on
   * the subject by {@code dueAt}. Its status as of {@code now} is PENDING, AT_RISK, MET, MET_LATE or
   * VIOLATED (see {@link Deadline#statusAt}); the rule's {@code @late(MET_LATE)} makes a late fulfilment
   * only late, by default it is VIOLATED. The deadline is inserted into working memory, where the
   * standard's violation rules match it when VIOLATED and call {@link #breach}; every VIOLATED deadline
   * must get exactly one violation that way. Its open ones are counted in alarms under the rule's
   * {@code @alarm("...")}.
   *
   * @param context the rule context ({@code kcontext} in DRL)
   * @param subject the fact it is about (a touchpoint or a feed)
   * @param party the party that owes it and answers when it is violated
   * @param now the instant it is judged at: the journey's {@code observedUntil}, or a feed's observation
   * @param dueAt when it must be met
   * @param atRiskFrom from when, not yet met, it is at risk
   * @param metAt when it was met; null when it was not
   * @return the deadline, also inserted into working memory when some rule's conditions can match it
   *     (a VIOLATED one always; others only when a rule matches deadlines of another status); null
   *     when the party's agreements leave the standard out
   */
  @Nullable Deadline deadline(
      RuleContext context,
      Object subject,
      String party,
      Instant now,
      Instant dueAt,
      Instant atRiskFrom,
      @Nullable Instant metAt);

  /**
   * States the calling deadline rule's obligation, judged as of the instant the journey being assessed
   * is judged at: its {@code observedUntil} (its {@code observedAt}, or the as-of instant). The same as
   * {@link #deadline(RuleContext, Object, String, Instant, Instant, Instant, Instant)} with that instant
   * as {@code now}, so a rule about a journey's touchpoints need not match the {@code Journey} to learn
   * it:
   *
   * <pre>{@code
   * when
   *     $o : Order( $due : expectedShipBy != null )
   *     $s : Shipment( order == $o.id(), shippedAt != null, $packer : packedBy )
   *     Threshold( standard == "SHIP-ON-TIME-DISPATCH", key == "atRiskHours", party == $packer, $risk : value )
   * then
   *     findings.deadline(kcontext, $s, $packer, $due, after($due, -$risk), $s.shippedAt());
   * }</pre>
   *
   * @param context the rule context ({@code kcontext} in DRL)
   * @param subject the fact it is about (a touchpoint)
   * @param party the party that owes it and answers when it is violated
   * @param dueAt when it must be met
   * @param atRiskFrom from when, not yet met, it is at risk
   * @param metAt when it was met; null when it was not
   * @return the deadline, as the other form returns it
   * @throws IllegalStateException outside a journey (a rule on feeds, purchase orders or stock audits),
   *     where there is no journey to be judged as of: such a rule passes its own {@code now}
   */
  @Nullable Deadline deadline(
      RuleContext context,
      Object subject,
      String party,
      Instant dueAt,
      Instant atRiskFrom,
      @Nullable Instant metAt);

  /**
   * Emits the violation of a VIOLATED deadline: against its party, at the later of its deadline and the
   * evidence's latest time (never before the breach, so recommendations are not due before it either).
   *
   * @param context the rule context ({@code kcontext} in DRL)
   * @param deadline the deadline, its status VIOLATED
   * @param responsibility why its party answers, as a clause
   * @param message what happened, in one sentence
   * @param evidence the facts it rests on
   * @return the violation, also inserted into working memory
   * @throws IllegalStateException when the deadline is not VIOLATED, belongs to another standard, or
   *     already has another violation
   */
  Violation breach(
      RuleContext context,
      Deadline deadline,
      String responsibility,
      String message,
      Object... evidence);

  /**
   * Emits a recommendation answering one violation.
   *
   * @param context the rule context ({@code kcontext} in DRL)
   * @param answers the violation it answers; its responsible party is the accountable party
   * @param owner who acts: the party the customer deals with; a party of the portfolio, else the rule
   *     fails its journey
   * @param action what to do, in one sentence
   * @param dueInHours hours from the violation's time to the due time, 0 or more (else the rule fails
   *     its journey)
   * @return the recommendation
   */
  Recommendation recommend(
      RuleContext context, Violation answers, String owner, String action, long dueInHours);

  /**
   * Emits one recommendation answering several violations of one standard by one accountable party:
   * repeated violations aggregated, with their count.
   *
   * @param context the rule context ({@code kcontext} in DRL)
   * @param answers the violations it answers (at least one; the first's standard and responsible party
   *     are the recommendation's)
   * @param owner who acts: a party of the portfolio
   * @param action what to do
   * @param dueInHours hours from the latest violation's time to the due time, 0 or more
   * @return the recommendation
   */
  Recommendation recommend(
      RuleContext context,
      Collection<Violation> answers,
      String owner,
      String action,
      long dueInHours);

  /**
   * Counts one case of the calling rule's standard toward its window metric: a subject (an order, a
   * shipment, a purchase order...) that the standard judges, the party accountable for it, whether it
   * met the standard, and when it happened (the window it falls in). Only window assessments keep
   * cases; a journey assessment ignores them.
   *
   * @param context the rule context ({@code kcontext} in DRL)
   * @param party the party the case counts for
   * @param failed whether the subject failed the standard
   * @param at when the case happened
   * @param subject the fact judged (its id is the case's), or an id
   */
  void windowCase(RuleContext context, String party, boolean failed, Instant at, Object subject);

  /**
   * Records a subject that the calling rule's standard leaves out of its window metric, with the reason
   * (a delay the carrier excused, a cancellation the buyer asked for...): counted as excluded, never in
   * the rate the party is accountable for. An exclusion is a failure the standard excuses: the metric's
   * overall rate counts it as failed.
   *
   * @param context the rule context ({@code kcontext} in DRL)
   * @param party the party the case would have counted for
   * @param reason why it is left out, in a few words
   * @param at when the case happened
   * @param subject the fact left out (its id is the case's), or an id
   */
  void windowExclusion(
      RuleContext context, String party, String reason, Instant at, Object subject);

  /**
   * Emits the violation of a window metric that missed its target: the calling rule's standard, the
   * metric's party, the rule's {@code @responsibility("...")} as the reason, and a message stating the
   * measure, the counts, the rate and the target with its source.
   *
   * @param context the rule context ({@code kcontext} in DRL)
   * @param metric the metric, its status BAD
   * @return the violation, also inserted into working memory; null when the party's agreements leave the
   *     standard out
   */
  @Nullable Violation windowViolation(RuleContext context, MetricResult metric);

  /**
   * The corrective-action plan for a violation emitted in this assessment: the {@code @plan("...")}
   * metadata of the rule that made it.
   *
   * @param violation a violation emitted in this assessment
   * @return the plan, in one sentence
   * @throws IllegalStateException when the violation was not made here, or its rule declares no plan
   */
  String planFor(Violation violation);
}
