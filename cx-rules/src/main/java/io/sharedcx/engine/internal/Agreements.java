package io.sharedcx.engine.internal;

import io.sharedcx.authoring.Threshold;
import io.sharedcx.model.Partnership;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Term;
import io.sharedcx.model.finding.AppliedThreshold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the agreements of a portfolio say for one party: which standards apply to it and the threshold
 * in force for each default term of the pack. Journey rules, window cases and window targets all read
 * their thresholds from here, so an agreed value changes every one of them alike.
 */
public final class Agreements {
  private Agreements() {}

  /**
   * The thresholds in force for {@code party} when nothing says which of its partnerships the facts
   * concern: those of its partnership with the smallest id (see {@link PartnershipsInForce}).
   */
  public static List<Threshold> thresholds(Portfolio portfolio, String party, List<Term> defaults) {
    List<Partnership> partnerships = new ArrayList<>(portfolio.partnershipsOf(party));
    partnerships.sort(Comparator.comparing(Partnership::id));
    return thresholds(party, partnerships.isEmpty() ? null : partnerships.get(0), defaults);
  }

  /**
   * The thresholds in force for {@code party} under {@code partnership}, one per default term of the
   * pack: the term its agreement sets, else the pack's default. Terms of the party's other partnerships
   * never apply.
   *
   * @param partnership the partnership in force; null when the party is in none
   */
  public static List<Threshold> thresholds(
      String party, @Nullable Partnership partnership, List<Term> defaults) {
    List<Threshold> thresholds = new ArrayList<>(defaults.size());
    for (Term fallback : defaults) {
      thresholds.add(threshold(partnership, party, fallback));
    }
    return List.copyOf(thresholds);
  }

  /** The threshold in force for {@code party}: the term agreed in {@code partnership}, else the pack's default. */
  static Threshold threshold(@Nullable Partnership partnership, String party, Term fallback) {
    Optional<Term> agreed =
        partnership == null
            ? Optional.empty()
            : partnership.agreement().term(fallback.standard(), fallback.key());
    return agreed.isPresent()
        ? threshold(party, agreed.get(), fallback)
        : byDefault(party, fallback);
  }

  /** The pack's default {@code fallback} as a threshold for {@code party}. */
  static Threshold byDefault(String party, Term fallback) {
    return threshold(party, fallback, fallback);
  }

  /** {@code term} as a threshold for {@code party}, with the unit of the pack's {@code fallback}. */
  static Threshold threshold(String party, Term term, Term fallback) {
    return new Threshold(
        term.standard(), term.key(), party, term.asDouble(), fallback.unit(), term.provenance());
  }

  /**
   * A threshold as a finding records it.
   *
   * @param t the threshold
   * @param partnership the partnership in force for its party where it decided the finding; null when
   *     none
   */
  public static AppliedThreshold applied(Threshold t, @Nullable String partnership) {
    return AppliedThreshold.builder()
        .standard(t.standard())
        .key(t.key())
        .party(t.party())
        .value(t.value())
        .unit(t.unit())
        .provenance(t.provenance())
        .partnership(partnership)
        .build();
  }

  /**
   * The threshold {@code standard}/{@code key} among {@code thresholds}.
   *
   * @throws IllegalStateException when the pack has no default for it: a default term is what every
   *     agreement falls back to, so a missing one is a mistake in the pack, never a silent constant
   */
  public static Threshold required(List<Threshold> thresholds, String standard, String key) {
    for (Threshold t : thresholds) {
      if (t.standard().equals(standard) && t.key().equals(key)) {
        return t;
      }
    }
    throw new IllegalStateException(
        "standard "
            + standard
            + " has no default threshold '"
            + key
            + "'. Maybe add {\"standard\": \""
            + standard
            + "\", \"key\": \""
            + key
            + "\", ...} to "
            + String.format(RuleBase.DEFAULTS, standard)
            + ".");
  }

  /**
   * Whether {@code standard} applies to {@code party}: yes unless every partnership in which the party is
   * the partner has an agreement that lists its standards and leaves this one out.
   */
  public static boolean applies(Portfolio portfolio, String standard, String party) {
    boolean partner = false;
    for (Partnership p : portfolio.partnershipsOf(party)) {
      if (p.partner().equals(party)) {
        partner = true;
        if (p.agreement().covers(standard)) {
          return true;
        }
      }
    }
    return !partner;
  }
}
