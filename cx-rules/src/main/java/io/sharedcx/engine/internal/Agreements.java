package io.sharedcx.engine.internal;

import io.sharedcx.authoring.Threshold;
import io.sharedcx.model.Partnership;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the agreements of a portfolio say for one party: which standards apply to it and the threshold
 * in force for each default term of the pack. Journey rules, window cases and window targets all read
 * their thresholds from here, so an agreed value changes every one of them alike.
 */
public final class Agreements {
  private Agreements() {}

  /** The thresholds in force for {@code party}, one per default term of the pack. */
  public static List<Threshold> thresholds(Portfolio portfolio, String party, List<Term> defaults) {
    List<Partnership> partnerships = new ArrayList<>(portfolio.partnershipsOf(party));
    partnerships.sort(Comparator.comparing(Partnership::id));
    List<Threshold> thresholds = new ArrayList<>(defaults.size());
    for (Term fallback : defaults) {
      thresholds.add(threshold(partnerships, party, fallback));
    }
    return thresholds;
  }

  /**
   * The threshold in force for {@code party}: the term agreed in its partnerships (the one with the
   * smallest id wins when several agree one, so the result never depends on which journey asks), else
   * the pack's default.
   */
  static Threshold threshold(List<Partnership> partnerships, String party, Term fallback) {
    for (Partnership partnership : partnerships) {
      Optional<Term> agreed = partnership.agreement().term(fallback.standard(), fallback.key());
      if (agreed.isPresent()) {
        Term term = agreed.get();
        return new Threshold(
            term.standard(),
            term.key(),
            party,
            term.asDouble(),
            fallback.unit(),
            term.provenance());
      }
    }
    return new Threshold(
        fallback.standard(),
        fallback.key(),
        party,
        fallback.asDouble(),
        fallback.unit(),
        fallback.provenance());
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
