package io.sharedcx.benchmarks;

import io.sharedcx.authoring.Deadline;
import io.sharedcx.model.Brand;
import io.sharedcx.model.Cancellation;
import io.sharedcx.model.Claim;
import io.sharedcx.model.Complaint;
import io.sharedcx.model.Delivery;
import io.sharedcx.model.Feed;
import io.sharedcx.model.Feedback;
import io.sharedcx.model.Order;
import io.sharedcx.model.Partner;
import io.sharedcx.model.PartnerRole;
import io.sharedcx.model.Partnership;
import io.sharedcx.model.Party;
import io.sharedcx.model.Pickup;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Product;
import io.sharedcx.model.Shipment;
import io.sharedcx.model.StatusUpdate;
import io.sharedcx.model.Term;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.AppliedThreshold;
import io.sharedcx.model.finding.Evidence;
import io.sharedcx.model.finding.Obligation;
import io.sharedcx.model.finding.ObligationStatus;
import io.sharedcx.model.finding.Recommendation;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.finding.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The findings of one group of facts (a journey, or the portfolio-level facts) as the reference builds
 * them: violations with their ids, chain, thresholds and time, deadlines with their status, and
 * recommendations, all by the rules the pack documents (docs/ARCHITECTURE.md), written out by hand.
 */
final class ReferenceFindings {

  /** What the reference knows of a portfolio's parties, partnerships, products and default terms. */
  static final class Parties {
    final Portfolio portfolio;
    final Map<String, Term> defaults = new HashMap<>();
    final Map<String, List<Partnership>> byParty = new HashMap<>();
    final Map<String, Partnership> byId = new HashMap<>();
    final Map<String, Product> products;
    final Map<String, Boolean> applies = new HashMap<>();

    Parties(Portfolio portfolio, List<Term> defaults) {
      this.portfolio = portfolio;
      for (Term t : defaults) {
        this.defaults.put(t.standard() + "/" + t.key(), t);
      }
      for (Partnership p : portfolio.partnerships()) {
        byParty.computeIfAbsent(p.principal(), k -> new ArrayList<>()).add(p);
        byParty.computeIfAbsent(p.partner(), k -> new ArrayList<>()).add(p);
        byId.put(p.id(), p);
      }
      byParty.values().forEach(own -> own.sort(Comparator.comparing(Partnership::id)));
      products = portfolio.productsById();
    }

    boolean isBrand(String party) {
      return portfolio.party(party).map(p -> p instanceof Brand).orElse(false);
    }

    List<Partnership> of(String party) {
      return byParty.getOrDefault(party, List.of());
    }

    /** Whether the standard applies to the party: unless all its partnerships as partner leave it out. */
    boolean applies(String standard, String party) {
      return applies.computeIfAbsent(
          standard + "\u0000" + party,
          k -> {
            boolean partner = false;
            for (Partnership p : of(party)) {
              if (p.partner().equals(party)) {
                partner = true;
                if (p.agreement().covers(standard)) {
                  return true;
                }
              }
            }
            return !partner;
          });
    }
  }

  /** One threshold a rule matched: read from the agreement in force, else the pack's default. */
  record Key(String standard, String key, String party) {}

  private final Parties known;
  private final @Nullable String journey;
  private final Set<String> parties;
  private final Set<String> brands = new TreeSet<>();
  private final Map<String, @Nullable Partnership> inForce = new HashMap<>();
  private final Map<String, Order> orders = new HashMap<>();
  private final Map<String, Shipment> shipments = new HashMap<>();
  final Map<String, Violation> violations = new LinkedHashMap<>();
  final Map<String, Recommendation> recommendations = new LinkedHashMap<>();
  final Map<String, Deadline> deadlines = new LinkedHashMap<>();
  private final Map<String, List<AppliedThreshold>> deadlineThresholds = new HashMap<>();
  private final Map<String, String> breaches = new HashMap<>();

  ReferenceFindings(
      Parties known,
      @Nullable String journey,
      List<?> facts,
      Set<String> parties,
      Set<String> products) {
    this.known = known;
    this.journey = journey;
    this.parties = parties;
    for (String id : products) {
      Product p = known.products.get(id);
      if (p != null) {
        brands.add(p.brand());
      }
    }
    if (brands.isEmpty()) {
      for (String party : parties) {
        if (known.isBrand(party)) {
          brands.add(party);
        }
      }
    }
    for (Object fact : facts) {
      if (fact instanceof Order o) {
        orders.put(o.id(), o);
      } else if (fact instanceof Shipment s) {
        shipments.put(s.id(), s);
      }
    }
  }

  /** The value of a threshold in force. */
  double value(String standard, String key, String party) {
    return term(standard, key, party).asDouble();
  }

  private Term term(String standard, String key, String party) {
    Term fallback = known.defaults.get(standard + "/" + key);
    if (fallback == null) {
      throw new IllegalStateException("the pack has no default " + standard + "/" + key);
    }
    Partnership p = partnership(party);
    Optional<Term> agreed = p == null ? Optional.empty() : p.agreement().term(standard, key);
    return agreed.orElse(fallback);
  }

  private AppliedThreshold applied(Key k) {
    Term t = term(k.standard(), k.key(), k.party());
    Term fallback = known.defaults.get(k.standard() + "/" + k.key());
    Partnership p = partnership(k.party());
    return AppliedThreshold.builder()
        .standard(k.standard())
        .key(k.key())
        .party(k.party())
        .value(t.asDouble())
        .unit(fallback.unit())
        .provenance(t.provenance())
        .partnership(p == null ? null : p.id())
        .build();
  }

  private List<AppliedThreshold> applied(List<Key> keys, boolean forBreach) {
    List<AppliedThreshold> out = new ArrayList<>(keys.size());
    for (Key k : keys) {
      if (forBreach && k.key().startsWith("atRisk")) {
        continue;
      }
      AppliedThreshold a = applied(k);
      if (!out.contains(a)) {
        out.add(a);
      }
    }
    return out;
  }

  // --- Partnerships in force and the chain -------------------------------------------------------

  @Nullable Partnership partnership(String party) {
    if (inForce.containsKey(party)) {
      return inForce.get(party);
    }
    List<Partnership> own = known.of(party);
    Partnership chosen = null;
    if (!own.isEmpty()) {
      chosen = served(own, party);
      if (chosen == null) {
        for (Partnership p : own) {
          if (p.principal().equals(party) && parties.contains(p.partner())) {
            chosen = p;
            break;
          }
        }
      }
      if (chosen == null) {
        chosen = own.get(0);
      }
    }
    inForce.put(party, chosen);
    return chosen;
  }

  private @Nullable Partnership served(List<Partnership> own, String party) {
    for (Partnership p : own) {
      if (p.partner().equals(party)
          && !known.isBrand(p.principal())
          && parties.contains(p.principal())) {
        return p;
      }
    }
    for (Partnership p : own) {
      if (p.partner().equals(party) && brands.contains(p.principal())) {
        return p;
      }
    }
    return null;
  }

  private @Nullable Partnership upstream(String party) {
    List<Partnership> own = known.of(party);
    Partnership served = served(own, party);
    if (served != null) {
      return served;
    }
    for (Partnership p : own) {
      if (p.partner().equals(party)) {
        return p;
      }
    }
    return null;
  }

  private List<String> chain(String party) {
    List<String> chain = new ArrayList<>(3);
    chain.add(party);
    Partnership up = upstream(party);
    while (up != null && !chain.contains(up.principal())) {
      chain.add(up.principal());
      up = upstream(up.principal());
    }
    return chain;
  }

  private @Nullable String customerFacing(List<String> chain) {
    for (String party : chain) {
      Party p = known.portfolio.party(party).orElse(null);
      if (p instanceof Brand
          || p instanceof Partner partner
              && (partner.plays(PartnerRole.RETAILER) || partner.plays(PartnerRole.MARKETPLACE))) {
        return party;
      }
    }
    return null;
  }

  private @Nullable Order order(Object[] evidence) {
    for (Object fact : evidence) {
      if (fact instanceof Order o) {
        return o;
      }
    }
    for (Object fact : evidence) {
      if (fact instanceof Touchpoint t) {
        String id = orderId(t);
        Order o = id == null ? null : orders.get(id);
        if (o != null) {
          return o;
        }
      }
    }
    return null;
  }

  private @Nullable String orderId(Touchpoint t) {
    if (t instanceof Shipment s) {
      return s.order();
    } else if (t instanceof Delivery d) {
      Shipment s = shipments.get(d.shipment());
      return s == null ? null : s.order();
    } else if (t instanceof Pickup p) {
      return p.order();
    } else if (t instanceof Cancellation c) {
      return c.order();
    } else if (t instanceof StatusUpdate u) {
      return u.order();
    } else if (t instanceof Complaint c) {
      return c.order();
    } else if (t instanceof Claim c) {
      return c.order();
    } else if (t instanceof Feedback f) {
      return f.order();
    }
    return null;
  }

  // --- Emitting ----------------------------------------------------------------------------------

  /** A violation of {@code rule}; null when the party's agreements leave the standard out. */
  @Nullable Violation violation(
      Rule rule,
      String party,
      String responsibility,
      String message,
      List<Key> thresholds,
      Object... evidence) {
    return emit(rule, party, responsibility, message, null, applied(thresholds, false), evidence);
  }

  private @Nullable Violation emit(
      Rule rule,
      String party,
      String responsibility,
      String message,
      @Nullable Instant notBefore,
      List<AppliedThreshold> thresholds,
      Object[] evidence) {
    List<Evidence> cited = new ArrayList<>(evidence.length);
    StringBuilder id =
        new StringBuilder(idPart(rule.standard())).append(':').append(idPart(party)).append(':');
    Instant at = null;
    for (int i = 0; i < evidence.length; i++) {
      Object fact = evidence[i];
      Evidence e;
      Instant when = null;
      if (fact instanceof Touchpoint t) {
        e = Evidence.of(t.id(), t.kind().jsonName());
        when = t.at();
      } else if (fact instanceof Product p) {
        e = Evidence.of(p.id(), "product");
      } else if (fact instanceof Feed f) {
        e = Evidence.of(f.id(), "feed");
        when = f.observedAt();
      } else {
        throw new IllegalArgumentException("cannot cite " + fact);
      }
      cited.add(e);
      id.append(i == 0 ? "" : "+").append(idPart(e.id()));
      if (when != null && (at == null || when.isAfter(at))) {
        at = when;
      }
    }
    id.append(':').append(idPart(rule.name()));
    String key = id.toString();
    Violation existing = violations.get(key);
    if (existing != null) {
      return existing;
    }
    if (!known.applies(rule.standard(), party)) {
      return null;
    }
    if (notBefore != null && (at == null || at.isBefore(notBefore))) {
      at = notBefore;
    }
    Partnership partnership = partnership(party);
    List<String> chain = chain(party);
    Order order = order(evidence);
    String facing = order != null ? order.seller() : customerFacing(chain);
    String brand = brandOf(evidence, party, chain);
    Violation v =
        Violation.builder()
            .id(key)
            .standard(rule.standard())
            .title(rule.title())
            .severity(rule.severity())
            .responsibleParty(party)
            .customerFacingParty(facing)
            .brand(brand)
            .partnership(partnership == null ? null : partnership.id())
            .responsibility(responsibility)
            .message(message)
            .evidence(cited)
            .thresholds(thresholds)
            .journey(journey)
            .at(at)
            .rule(rule.name())
            .ruleId(rule.id())
            .build();
    violations.put(key, v);
    return v;
  }

  private @Nullable String brandOf(Object[] evidence, String party, List<String> chain) {
    String handled = null;
    String named = null;
    for (Object fact : evidence) {
      if (fact instanceof Product p) {
        named = smaller(named, p.brand());
      } else if (fact instanceof Touchpoint t) {
        boolean own = t.party().equals(party) || t.partyReferences().containsValue(party);
        for (String id : t.productReferences()) {
          Product p = known.products.get(id);
          if (p != null) {
            named = smaller(named, p.brand());
            if (own) {
              handled = smaller(handled, p.brand());
            }
          }
        }
      }
    }
    if (handled != null) {
      return handled;
    }
    if (named != null) {
      return named;
    }
    String top = chain.get(chain.size() - 1);
    return known.isBrand(top) ? top : null;
  }

  private static String smaller(@Nullable String a, String b) {
    return a == null || b.compareTo(a) < 0 ? b : a;
  }

  /** States a deadline; null when the party's agreements leave the standard out. */
  @Nullable Deadline deadline(
      Rule rule,
      Object subject,
      String party,
      Instant now,
      Instant dueAt,
      Instant atRiskFrom,
      @Nullable Instant metAt,
      List<Key> thresholds) {
    String subjectId;
    String kind;
    if (subject instanceof Touchpoint t) {
      subjectId = t.id();
      kind = t.kind().jsonName();
    } else if (subject instanceof Feed f) {
      subjectId = f.id();
      kind = "feed";
    } else {
      throw new IllegalArgumentException("a deadline cannot be about " + subject);
    }
    String id =
        "obl:"
            + idPart(rule.standard())
            + ":"
            + idPart(party)
            + ":"
            + idPart(subjectId)
            + ":"
            + idPart(rule.id());
    Deadline existing = deadlines.get(id);
    if (existing != null) {
      return existing;
    }
    if (!known.applies(rule.standard(), party)) {
      return null;
    }
    Deadline d =
        new Deadline(
            id,
            rule.standard(),
            rule.id(),
            kind,
            subjectId,
            party,
            rule.alarm(),
            Deadline.judgedAt(now, metAt),
            dueAt,
            atRiskFrom,
            metAt,
            Deadline.statusAt(now, dueAt, atRiskFrom, metAt, !rule.metLate()));
    deadlines.put(id, d);
    deadlineThresholds.put(id, applied(thresholds, false));
    return d;
  }

  /** The violation of a VIOLATED deadline, dated no earlier than its deadline. */
  Violation breach(
      Rule rule,
      Deadline deadline,
      String responsibility,
      String message,
      List<Key> thresholds,
      Object... evidence) {
    List<AppliedThreshold> decided = new ArrayList<>();
    for (AppliedThreshold t : deadlineThresholds.getOrDefault(deadline.id(), List.of())) {
      if (!t.key().startsWith("atRisk") && !decided.contains(t)) {
        decided.add(t);
      }
    }
    for (AppliedThreshold t : applied(thresholds, true)) {
      if (!decided.contains(t)) {
        decided.add(t);
      }
    }
    Violation v =
        emit(rule, deadline.party(), responsibility, message, deadline.dueAt(), decided, evidence);
    breaches.putIfAbsent(deadline.id(), v.id());
    return v;
  }

  /** A recommendation answering one violation. */
  void recommend(String rule, Violation answers, String owner, String action, long dueInHours) {
    String id =
        "rec:" + idPart(answers.standard()) + ":" + idPart(owner) + ":" + idPart(answers.id());
    if (recommendations.containsKey(id)) {
      return;
    }
    Partnership p = answers.partnership() == null ? null : known.byId.get(answers.partnership());
    recommendations.put(
        id,
        Recommendation.builder()
            .id(id)
            .standard(answers.standard())
            .action(action)
            .owner(owner)
            .accountableParty(answers.responsibleParty())
            .customerFacingParty(answers.customerFacingParty())
            .brand(answers.brand())
            .partnership(
                p != null && p.partner().equals(answers.responsibleParty())
                    ? answers.partnership()
                    : null)
            .dueBy(answers.at() == null ? null : answers.at().plusSeconds(dueInHours * 3600))
            .answers(List.of(answers.id()))
            .count(1)
            .rule(rule)
            .build());
  }

  /** The deadlines stated, each VIOLATED one with its violation. */
  List<Obligation> obligations() {
    List<Obligation> out = new ArrayList<>(deadlines.size());
    for (Deadline d : deadlines.values()) {
      String violation = breaches.get(d.id());
      if (d.status() == ObligationStatus.VIOLATED && violation == null) {
        throw new IllegalStateException("deadline " + d.id() + " is VIOLATED with no breach");
      }
      out.add(
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
    return out;
  }

  /** A part of an id with {@code :}, {@code +} and {@code \} escaped. */
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
   * A rule of the pack as the reference names it: what its findings carry.
   *
   * @param standard its standard
   * @param name its name
   * @param id its stable id
   * @param title its standard's title
   * @param severity its severity
   * @param alarm for a deadline rule, the alarm it raises; else null
   * @param metLate for a deadline rule, whether a late fulfilment is MET_LATE rather than VIOLATED
   */
  record Rule(
      String standard,
      String name,
      String id,
      String title,
      Severity severity,
      @Nullable String alarm,
      boolean metLate) {
    static Rule of(String standard, String name, String id, String title, Severity severity) {
      return new Rule(standard, name, id, title, severity, null, false);
    }

    static Rule deadline(
        String standard, String name, String id, String title, Severity severity, String alarm) {
      return new Rule(standard, name, id, title, severity, alarm, false);
    }

    Rule lateIsMet() {
      return new Rule(standard, name, id, title, severity, alarm, true);
    }
  }
}
