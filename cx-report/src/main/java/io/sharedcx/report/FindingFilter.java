package io.sharedcx.report;

import io.sharedcx.model.finding.Assessment;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which findings a report shows: the violations of some parties only, at or above a severity, and the
 * recommendations that answer them. A violation is a party's when the party is its responsible party,
 * its customer-facing party or its brand (a brand sees what its partners did to its customers; a
 * retailer sees what its suppliers and carriers did to the orders it sold). Every report format applies it the same way and counts what it left
 * out, so nothing is hidden silently; journeys that could not be assessed are always shown.
 *
 * @param parties the parties whose violations are shown (as responsible party, customer-facing party or
 *     brand); empty shows every party's
 * @param minSeverity the lowest severity shown; {@link Severity#INFO} shows every severity
 */
public record FindingFilter(SortedSet<String> parties, Severity minSeverity) {
  /** Shows every finding. */
  public static final FindingFilter NONE = new FindingFilter(new TreeSet<>(), Severity.INFO);

  /**
   * Copies the parties, in id order.
   *
   * @param parties the responsible parties whose violations are shown; empty shows every party's
   * @param minSeverity the lowest severity shown
   */
  public FindingFilter {
    parties = Collections.unmodifiableSortedSet(new TreeSet<>(parties));
    Objects.requireNonNull(minSeverity, "minSeverity");
  }

  /**
   * {@return a filter on responsible parties and severity}
   *
   * @param parties party ids; empty for every party
   * @param minSeverity the lowest severity shown
   */
  public static FindingFilter of(Set<String> parties, Severity minSeverity) {
    return new FindingFilter(new TreeSet<>(parties), minSeverity);
  }

  /** {@return whether it leaves anything out} */
  public boolean active() {
    return !parties.isEmpty() || minSeverity != Severity.INFO;
  }

  /**
   * {@return whether the violation is shown}
   *
   * @param v a violation
   */
  public boolean keeps(Violation v) {
    return ofParty(v) && v.severity().isAtLeast(minSeverity);
  }

  /**
   * {@return whether one of the parties shown is the violation's responsible party, its
   * customer-facing party or its brand}
   *
   * @param v a violation
   */
  public boolean ofParty(Violation v) {
    return parties.isEmpty()
        || parties.contains(v.responsibleParty())
        || (v.customerFacingParty() != null && parties.contains(v.customerFacingParty()))
        || (v.brand() != null && parties.contains(v.brand()));
  }

  /**
   * The part as shown: the violations kept, the recommendations that answer one of them (one that
   * answers none is kept when its accountable party, customer-facing party or brand is shown and no
   * severity is asked for), every journey
   * assessed and every failure.
   *
   * @param part one journey's assessment, or a whole portfolio's
   * @return the part itself when nothing is left out
   */
  public Assessment apply(Assessment part) {
    if (!active()) {
      return part;
    }
    List<Violation> violations = new ArrayList<>();
    Set<String> kept = new HashSet<>();
    for (Violation v : part.violations()) {
      if (keeps(v)) {
        violations.add(v);
        kept.add(v.id());
      }
    }
    List<Recommendation> recommendations = new ArrayList<>();
    for (Recommendation r : part.recommendations()) {
      boolean shown =
          r.answers().isEmpty()
              ? minSeverity == Severity.INFO
                  && (parties.isEmpty()
                      || parties.contains(r.accountableParty())
                      || (r.customerFacingParty() != null
                          && parties.contains(r.customerFacingParty()))
                      || (r.brand() != null && parties.contains(r.brand())))
              : r.answers().stream().anyMatch(kept::contains);
      if (shown) {
        recommendations.add(r);
      }
    }
    return Assessment.builder()
        .from(part)
        .violations(violations)
        .recommendations(recommendations)
        .build();
  }

  /** {@return the filter as the options that ask for it, e.g. {@code --party a --min-severity HIGH}} */
  public String describe() {
    StringBuilder out = new StringBuilder();
    for (String party : parties) {
      out.append(out.length() == 0 ? "" : " ").append("--party ").append(Printable.escape(party));
    }
    if (minSeverity != Severity.INFO) {
      out.append(out.length() == 0 ? "" : " ").append("--min-severity ").append(minSeverity);
    }
    return out.toString();
  }
}
