package io.sharedcx.engine.internal;

import io.sharedcx.authoring.AgreedCategory;
import io.sharedcx.model.Feed;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Product;
import io.sharedcx.model.PurchaseOrder;
import io.sharedcx.model.Touchpoint;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.drools.model.Condition;
import org.drools.model.Declaration;
import org.drools.model.Pattern;
import org.drools.model.Rule;

/**
 * Which rules of the prebuilt pack a portfolio's facts can reach. Only a portfolio supplies journeys,
 * touchpoints, products, feeds, purchase orders and agreed categories: the pack's rules insert none
 * of them, only findings. A rule whose conditions join a fact of such a type at the top (not under
 * {@code not}, {@code exists}, {@code or}, {@code forall}, {@code accumulate} or {@code from}) can
 * never fire on a portfolio that has no fact of that type, so a KieBase built for that portfolio can
 * leave it out, and its facts propagate through the same matches as in the whole pack's.
 */
final class PortfolioReach {
  private PortfolioReach() {}

  /**
   * The types of fact only a portfolio supplies, that {@code rule}'s conditions need at least one fact
   * of each to match: the types of the patterns joined at its top that {@link #onlyFromPortfolio}
   * accepts.
   */
  static Set<Class<?>> needed(Rule rule) {
    Set<Class<?>> needed = new LinkedHashSet<>();
    collect(rule.getView(), needed);
    return needed;
  }

  private static void collect(Condition condition, Set<Class<?>> needed) {
    if (condition.getType() == Condition.Type.AND) {
      for (Condition sub : condition.getSubConditions()) {
        collect(sub, needed);
      }
    } else if (condition.getType() == Condition.Type.PATTERN
        && condition instanceof Pattern<?> pattern
        && pattern.getPatternVariable() instanceof Declaration<?> declaration
        && declaration.getSource() == null
        && onlyFromPortfolio(declaration.getType())) {
      needed.add(declaration.getType());
    }
    // not, exists, or, forall, accumulate, eval, queries: they need no fact of their own.
  }

  /**
   * Whether every fact of {@code type} an assessment can hold comes from the portfolio: journeys,
   * touchpoints of every kind, products, feeds, purchase orders and agreed categories. Thresholds,
   * deadlines, violations, partnerships and what a window inserts are not: they are always counted as
   * present.
   */
  static boolean onlyFromPortfolio(Class<?> type) {
    return type == Journey.class
        || Touchpoint.class.isAssignableFrom(type)
        || type == Product.class
        || type == Feed.class
        || type == PurchaseOrder.class
        || type == AgreedCategory.class;
  }

  /** Whether {@code present} has a fact of every type of {@code needed}. */
  static boolean reached(Set<Class<?>> needed, Set<Class<?>> present) {
    for (Class<?> type : needed) {
      boolean found = false;
      for (Class<?> candidate : present) {
        if (type.isAssignableFrom(candidate)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** Whether every rule {@code present} reaches, {@code covering} reaches too. */
  static boolean covers(List<Set<Class<?>>> needs, Set<Class<?>> covering, Set<Class<?>> present) {
    for (Set<Class<?>> needed : needs) {
      if (reached(needed, present) && !reached(needed, covering)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code present} reaches every rule. */
  static boolean reachesAll(List<Set<Class<?>>> needs, Set<Class<?>> present) {
    for (Set<Class<?>> needed : needs) {
      if (!reached(needed, present)) {
        return false;
      }
    }
    return true;
  }
}
