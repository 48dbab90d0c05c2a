package io.sharedcx.engine.internal;

import io.sharedcx.engine.AgreementProblem;
import io.sharedcx.engine.StandardInfo;
import io.sharedcx.engine.ThresholdRange;
import io.sharedcx.model.Partnership;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Term;
import io.sharedcx.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a portfolio's agreements against the standards of a rule base: every standard id an agreement
 * names exists, every term names a standard and key that has a default, its value lies in the range of
 * the default's unit and its unit, when given, is the default's; every master category its category map
 * names is the category of one of the portfolio's products (when any product gives one). One problem per
 * mistake.
 */
public final class AgreementCheck {
  private AgreementCheck() {}

  /** Every mistake in the agreements of {@code portfolio}; empty when they all fit {@code ruleBase}. */
  public static List<AgreementProblem> problems(Portfolio portfolio, RuleBase ruleBase) {
    Map<String, StandardInfo> standards = ruleBase.standards();
    List<AgreementProblem> problems = new ArrayList<>();
    List<Partnership> partnerships = portfolio.partnerships();
    Set<String> categories = new TreeSet<>();
    for (var product : portfolio.products()) {
      if (product.category() != null) {
        categories.add(product.category());
      }
    }
    for (int p = 0; p < partnerships.size(); p++) {
      Partnership partnership = partnerships.get(p);
      String at = "partnerships[" + p + "].agreement.";
      if (!categories.isEmpty()) {
        // A mapped category no product has would never be judged: most likely a typo.
        for (String master : partnership.agreement().categoryMap().keySet()) {
          if (!categories.contains(master)) {
            String closest = DrlCompiler.closest(master, categories);
            problems.add(
                new AgreementProblem(
                    partnership.id(),
                    at + "categoryMap",
                    "the category map names '" + master + "', which is no product's category",
                    closest != null
                        ? "Maybe '" + closest + "'"
                        : "Maybe one of the products' categories: "
                            + String.join(", ", categories.stream().limit(5).toList())
                            + (categories.size() > 5 ? ", ..." : "")));
          }
        }
      }
      int s = 0;
      for (String standard : partnership.agreement().standards()) {
        if (!standards.containsKey(standard)) {
          problems.add(
              new AgreementProblem(
                  partnership.id(),
                  at + "standards[" + s + "]",
                  "unknown standard '" + standard + "'",
                  standardHint(standard, standards)));
        }
        s++;
      }
      List<Term> terms = partnership.agreement().terms();
      for (int t = 0; t < terms.size(); t++) {
        Term term = terms.get(t);
        String here = at + "terms[" + t + "]";
        StandardInfo info = standards.get(term.standard());
        if (info == null) {
          problems.add(
              new AgreementProblem(
                  partnership.id(),
                  here + ".standard",
                  "unknown standard '" + term.standard() + "' in a term",
                  standardHint(term.standard(), standards)));
          continue;
        }
        ThresholdRange range = ruleBase.range(term.standard(), term.key());
        if (range == null) {
          problems.add(
              new AgreementProblem(
                  partnership.id(),
                  here + ".key",
                  "standard " + term.standard() + " has no threshold '" + term.key() + "'",
                  keyHint(term.key(), info)));
          continue;
        }
        if (term.unit() != null && term.unit() != range.unit()) {
          problems.add(
              new AgreementProblem(
                  partnership.id(),
                  here + ".unit",
                  term.standard()
                      + "/"
                      + term.key()
                      + " is in "
                      + range.unit()
                      + ", not "
                      + term.unit(),
                  unitHint(term, range.unit())));
          continue;
        }
        if (!range.contains(term.value())) {
          problems.add(
              new AgreementProblem(
                  partnership.id(),
                  here + ".value",
                  term.standard()
                      + "/"
                      + term.key()
                      + " = "
                      + term.value().stripTrailingZeros().toPlainString()
                      + " is outside its range ("
                      + range.unit()
                      + ": "
                      + range
                      + ")",
                  valueHint(term.value(), range)));
        }
      }
    }
    return problems;
  }

  private static String standardHint(String id, Map<String, StandardInfo> standards) {
    String closest = DrlCompiler.closest(id, standards.keySet());
    return closest != null
        ? "Maybe " + closest
        : "Maybe check the id: the engine's standards are listed by 'cx standards'";
  }

  private static String keyHint(String key, StandardInfo info) {
    List<String> keys = info.defaults().stream().map(Term::key).toList();
    if (keys.isEmpty()) {
      return "Maybe leave the term out: " + info.id() + " has no thresholds";
    }
    String closest = DrlCompiler.closest(key, keys);
    return closest != null ? "Maybe " + closest : "Maybe one of: " + String.join(", ", keys);
  }

  private static String unitHint(Term term, Unit unit) {
    String value = term.value().stripTrailingZeros().toPlainString();
    if (term.unit() == Unit.DAYS && unit == Unit.HOURS) {
      return "Maybe "
          + term.value().multiply(BigDecimal.valueOf(24)).stripTrailingZeros().toPlainString()
          + " with unit HOURS ("
          + value
          + " days), or leave the unit out";
    }
    if (term.unit() == Unit.HOURS && unit == Unit.DAYS) {
      return "Maybe a value in days with unit DAYS ("
          + value
          + " hours is "
          + term.value()
              .divide(BigDecimal.valueOf(24), 3, java.math.RoundingMode.HALF_UP)
              .stripTrailingZeros()
              .toPlainString()
          + " days), or leave the unit out";
    }
    return "Maybe a value in "
        + unit
        + " ("
        + ThresholdRange.of(unit)
        + ") with unit "
        + unit
        + ", or no unit";
  }

  private static String valueHint(BigDecimal value, ThresholdRange range) {
    if (range.unit() == Unit.FRACTION
        && value.compareTo(BigDecimal.ONE) > 0
        && value.compareTo(BigDecimal.valueOf(100)) <= 0) {
      BigDecimal fraction = value.movePointLeft(2).stripTrailingZeros();
      if (range.contains(fraction)) {
        return "Maybe "
            + fraction.toPlainString()
            + " (a fraction: "
            + value.stripTrailingZeros().toPlainString()
            + " % is "
            + fraction.toPlainString()
            + ")";
      }
    }
    return (range.unit() == Unit.COUNT ? "Maybe " : "Maybe a value ") + range;
  }
}
