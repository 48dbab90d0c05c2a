package io.sharedcx.engine.internal;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.sharedcx.authoring.Deadline;
import io.sharedcx.engine.StandardInfo;
import io.sharedcx.engine.ThresholdRange;
import io.sharedcx.model.DisputeReason;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Term;
import io.sharedcx.model.finding.Comparison;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.json.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.modelcompiler.constraints.LambdaConstraint;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A compiled standard pack: the Drools {@link KieBase}, the standards its rules declare, and the
 * pack's default thresholds.
 */
public final class RuleBase {
  /** Where kie-maven-plugin lists the executable-model classes it generated for this module. */
  static final String MODEL_INDEX = "META-INF/kie/io.sharedcx/cx-rules/drools-model";

  /** Where a standard's default thresholds live: one JSON array of terms per standard id. */
  static final String DEFAULTS = "io/sharedcx/rules/defaults/%s.json";

  /** Every rule of the prebuilt executable model: the default pack's. */
  private static final Predicate<Map<String, Object>> ALL = metadata -> true;

  /** The alpha networks compiled at build time for the default pack's journey rules. */
  static final String JOURNEY = "journey";

  /**
   * The alpha networks compiled at build time for the whole default pack, window case rules included:
   * what journeys assessed with their window cases run on (an {@link io.sharedcx.engine.Assessor} given
   * a consumer of window cases, the Flink job).
   */
  static final String WHOLE = "whole";

  private final List<Term> defaults;
  private final Map<String, ThresholdRange> ranges;
  private final Map<String, StandardInfo> standards;
  private final Map<String, WindowJudge.Measure> windowMeasures;
  private final Map<String, String> standardPackages;

  /**
   * The rules of the prebuilt executable model this KieBase holds (their metadata accepted); null when
   * the KieBase was compiled at run time.
   */
  private final @Nullable Predicate<Map<String, Object>> prebuilt;

  /**
   * The prebuilt model's rules, each made when a KieBase needs it (see {@link PackRules}); null when the
   * KieBase was compiled at run time.
   */
  private final @Nullable PackRules pack;

  /**
   * Of the rules the prebuilt model's metadata accepts, those this KieBase holds, by the portfolio fact
   * types each needs; null for all of them. See {@link #reaching}.
   */
  private final @Nullable Predicate<Set<Class<?>>> reachable;

  /**
   * The distinct sets of portfolio fact types the prebuilt model's rules need (see {@link
   * PortfolioReach}); empty for a KieBase compiled at run time.
   */
  private final List<Set<Class<?>>> portfolioNeeds;

  /**
   * The rule base that {@link #reaching} built for the first small portfolio, and that portfolio's fact
   * types; null before, and once the whole KieBase is wanted.
   */
  private @Nullable Reach reach; // guarded by this

  /** Whether {@link #reaching} has handed out this rule base itself: from then on it always does. */
  private boolean wholeWanted; // guarded by this

  private record Reach(Set<Class<?>> present, RuleBase ruleBase) {}

  /**
   * The KieBase and the classes it matches; for a rule base of the prebuilt model, null until first
   * used: an engine restricted to some standards needs only theirs, and one that streams journeys only
   * {@link #journeyRules()}', so neither builds the whole pack's.
   */
  private final Lazy<Built> built;

  /**
   * A KieBase, the classes of its object-type nodes (null: match everything), and whether its rules'
   * conditions can match a deadline that is not VIOLATED.
   */
  private record Built(
      KieBase kieBase, @Nullable Set<Class<?>> matchedTypes, boolean unviolatedDeadlinesMatched) {
    Built(KieBase kieBase) {
      this(kieBase, RuleBase.matchedTypes(kieBase), RuleBase.matchesUnviolatedDeadlines(kieBase));
    }
  }

  /** This rule base without its window case rules, made on first use; see {@link #journeyRules()}. */
  private final Lazy<RuleBase> journeyRules;

  /**
   * Which alpha networks compiled at build time fit this rule base's KieBase ({@link #JOURNEY} or {@link
   * #WHOLE}, see {@link AlphaNetworks}); null when none were compiled for it.
   */
  private final @Nullable String alphaNetworks;

  private final ClassValue<Boolean> matched =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          Set<Class<?>> matchedTypes = built.get().matchedTypes();
          if (matchedTypes == null) {
            return true;
          }
          for (Class<?> candidate : matchedTypes) {
            if (candidate.isAssignableFrom(type)) {
              return true;
            }
          }
          return false;
        }
      };

  /** A rule base over {@code kieBase}, with the default thresholds its standards ship on {@code loader}'s class path. */
  public RuleBase(KieBase kieBase, ClassLoader loader) {
    this(kieBase, loader, List.of());
  }

  /**
   * A rule base over {@code kieBase}: default thresholds from {@code loader}'s class path, plus
   * {@code extraDefaults} (a custom standard's own), which win over the class path's for the same key.
   */
  public RuleBase(KieBase kieBase, ClassLoader loader, List<DefaultsFile.Default> extraDefaults) {
    this(Declared.of(kieBase), loader, extraDefaults, null, null, kieBase, null);
  }

  /**
   * The default pack: the prebuilt executable model, every rule of it. Its catalog is read from its
   * rules' index (or its models); its KieBase is built on first use.
   */
  private RuleBase(ClassLoader loader, PackRules pack) {
    this(pack.declared(), loader, List.of(), ALL, pack, null, WHOLE);
  }

  private RuleBase(
      List<Declared> rules,
      ClassLoader loader,
      List<DefaultsFile.Default> extraDefaults,
      @Nullable Predicate<Map<String, Object>> prebuilt,
      @Nullable PackRules pack,
      @Nullable KieBase kieBase,
      @Nullable String alphaNetworks) {
    List<DefaultsFile.Default> merged = new ArrayList<>(extraDefaults);
    for (DefaultsFile.Default d : loadDefaults(Catalog.standardIds(rules), loader)) {
      if (extraDefaults.stream()
          .noneMatch(
              e ->
                  e.term().standard().equals(d.term().standard())
                      && e.term().key().equals(d.term().key()))) {
        merged.add(d);
      }
    }
    this.defaults = merged.stream().map(DefaultsFile.Default::term).collect(toImmutableList());
    Map<String, ThresholdRange> byKey = new HashMap<>();
    merged.forEach(d -> byKey.put(d.term().standard() + "/" + d.term().key(), d.range()));
    this.ranges = ImmutableMap.copyOf(byKey);
    this.standards = Catalog.standards(rules, this.defaults, this.ranges);
    this.windowMeasures = Catalog.windowMeasures(rules);
    Map<String, String> packages = new TreeMap<>();
    Catalog.byStandard(rules).forEach((id, own) -> packages.put(id, own.get(0).packageName()));
    this.standardPackages = packages;
    this.prebuilt = prebuilt;
    this.pack = pack;
    this.reachable = null;
    this.portfolioNeeds = pack == null ? List.of() : pack.needs();
    this.alphaNetworks = alphaNetworks;
    this.built = built(kieBase);
    this.journeyRules = journeyRules(false);
  }

  /**
   * This rule base's catalog (the same standards, defaults and ranges) over {@code kieBase}, compiled at
   * run time, or, when it is null, over the rules of the prebuilt model that {@code prebuilt} accepts,
   * built on first use.
   *
   * @param caseRulesOut whether those rules leave the window case rules out already
   * @param alphaNetworks which compiled alpha networks fit those rules, or null
   */
  private RuleBase(
      RuleBase full,
      @Nullable Predicate<Map<String, Object>> prebuilt,
      @Nullable KieBase kieBase,
      boolean caseRulesOut,
      @Nullable String alphaNetworks) {
    this(full, prebuilt, null, kieBase, caseRulesOut, alphaNetworks);
  }

  /**
   * As above, the KieBase holding only those of the rules that {@code reachable} accepts (null: all of
   * them).
   */
  private RuleBase(
      RuleBase full,
      @Nullable Predicate<Map<String, Object>> prebuilt,
      @Nullable Predicate<Set<Class<?>>> reachable,
      @Nullable KieBase kieBase,
      boolean caseRulesOut,
      @Nullable String alphaNetworks) {
    this.defaults = full.defaults;
    this.ranges = full.ranges;
    this.standards = full.standards;
    this.windowMeasures = full.windowMeasures;
    this.standardPackages = full.standardPackages;
    this.prebuilt = prebuilt;
    this.pack = full.pack;
    this.reachable = reachable;
    this.portfolioNeeds = full.portfolioNeeds;
    this.alphaNetworks = alphaNetworks;
    this.built = built(kieBase);
    this.journeyRules = journeyRules(caseRulesOut);
  }

  /** The given KieBase, or the prebuilt model's rules that {@link #prebuilt} accepts, built on first use. */
  private Lazy<Built> built(@Nullable KieBase kieBase) {
    if (kieBase != null) {
      return Lazy.of(new Built(kieBase));
    }
    return new Lazy<>(
        () -> {
          KieBase loaded =
              loadPrebuiltModel(
                  java.util.Objects.requireNonNull(pack),
                  java.util.Objects.requireNonNull(prebuilt),
                  reachable);
          if (alphaNetworks != null) {
            AlphaNetworks.install(loaded, alphaNetworks);
          }
          return new Built(loaded);
        });
  }

  /** What {@link #journeyRules()} gives: this rule base itself when it has no case rules to leave out. */
  private Lazy<RuleBase> journeyRules(boolean caseRulesOut) {
    Predicate<Map<String, Object>> keep = prebuilt;
    if (caseRulesOut || keep == null) {
      return Lazy.of(this);
    }
    return new Lazy<>(
        () -> new RuleBase(this, forJourneys(keep), null, true, keep == ALL ? JOURNEY : null));
  }

  /**
   * This rule base without its window case rules ({@code @kind(case)}), for assessing journeys, where
   * they never fire: an agenda filter only stops a rule at firing, after its conditions have been
   * joined, so each journey's facts would still propagate through them, and facts only they match would
   * still be inserted. The catalog stays this one's. Made once, on first use, from the prebuilt
   * executable model; a pack compiled at run time is kept whole (its case rules are filtered out at
   * firing, as before).
   *
   * @return the rule base a journey assessment runs
   */
  public RuleBase journeyRules() {
    return journeyRules.get();
  }

  /**
   * The rule base to assess {@code portfolio} with, its window case rules included (an assessment of
   * fewer than a thousand journeys, a window): this one, or, while this one's KieBase is not built yet,
   * one whose KieBase leaves out the rules that no fact of the portfolio can reach (see {@link
   * PortfolioReach}). They find the same: a rule left out needs a fact of a type the portfolio has none
   * of, and the rules insert only findings. It saves building much of the pack for a first assessment,
   * such as a command line run or a test, whose journeys reach only some standards.
   *
   * <p>At most one such rule base is built: the first portfolio's. A later portfolio whose facts reach
   * only its rules gets it again (an assessment, then a window over the same portfolio); the first one
   * that reaches another rule gets this rule base, and so does every portfolio from then on. A rule
   * base compiled at run time (custom rules) is always itself: its consequences may insert anything.
   *
   * @param portfolio the portfolio to assess
   * @return the rule base to assess it with, with the same catalog as this one
   */
  public RuleBase reaching(Portfolio portfolio) {
    if (portfolioNeeds.isEmpty() || prebuilt == null || reachable != null || built.isMade()) {
      return this;
    }
    Set<Class<?>> present = JourneyFacts.types(portfolio);
    synchronized (this) {
      if (wholeWanted || built.isMade()) {
        return this;
      }
      Reach first = reach;
      if (first != null) {
        if (PortfolioReach.covers(portfolioNeeds, first.present(), present)) {
          return first.ruleBase();
        }
      } else if (!PortfolioReach.reachesAll(portfolioNeeds, present)) {
        Predicate<Set<Class<?>>> reached = needed -> PortfolioReach.reached(needed, present);
        reach = new Reach(present, new RuleBase(this, prebuilt, reached, null, false, null));
        return reach.ruleBase();
      }
      wholeWanted = true;
      reach = null;
      return this;
    }
  }

  /**
   * This rule base with only the rules of {@code standardIds} in its KieBase, and the recommendation
   * rules of no standard (they answer whichever violations there are): facts then propagate through
   * those rules' conditions alone, as if the other standards were not in the pack. The catalog (standards,
   * defaults, ranges) stays the whole pack's, so agreements are still checked against it. The default
   * pack is restricted as its executable model is loaded; a pack compiled at run time belongs to one
   * engine, and its KieBase loses the other rules in place.
   *
   * @param standardIds standard ids of this pack
   * @return the restricted rule base
   */
  public RuleBase restrictedTo(Set<String> standardIds) {
    if (this == Holder.DEFAULT) {
      Predicate<Map<String, Object>> keep = metadata -> runs(metadata, standardIds);
      return new RuleBase(this, keep, null, false, null);
    }
    KieBase kieBase = kieBase();
    List<Rule> others = new ArrayList<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        if (!runs(rule.getMetaData(), standardIds)) {
          others.add(rule);
        }
      }
    }
    for (Rule rule : others) {
      kieBase.removeRule(rule.getPackageName(), rule.getName());
    }
    return new RuleBase(this, null, kieBase, false, null);
  }

  /**
   * Whether a rule with {@code metadata} runs when only {@code standardIds} do: a rule of one of them, or
   * a recommendation rule of no standard (what the engine's agenda filter lets fire).
   */
  static boolean runs(Map<String, Object> metadata, Set<String> standardIds) {
    String standard = RuleMetadata.value(metadata, RuleMetadata.STANDARD);
    return standard == null
        ? "recommendation".equals(RuleMetadata.value(metadata, RuleMetadata.KIND))
        : standardIds.contains(standard);
  }

  /** What each window standard measures, from its window rule's {@code @measure} and {@code @comparison}. */
  public Map<String, WindowJudge.Measure> windowMeasures() {
    return windowMeasures;
  }

  /**
   * Whether {@code rule} counts window cases ({@code @kind(case)}): such rules fire only when a window is
   * assessed.
   */
  public boolean isCaseRule(Rule rule) {
    return isCaseRule(rule.getMetaData());
  }

  private static boolean isCaseRule(Map<String, Object> metadata) {
    return "case".equals(RuleMetadata.value(metadata, RuleMetadata.KIND));
  }

  /**
   * Whether any rule can match a fact of {@code type}. Facts no rule matches (research touchpoints,
   * products, for the default pack) are not inserted: each insertion costs, and most of an assessment's
   * time is insertion.
   */
  public boolean matches(Class<?> type) {
    return matched.get(type);
  }

  /**
   * Whether any rule's conditions can match a {@link Deadline} that is not VIOLATED. The default pack's
   * match VIOLATED deadlines only, to report their breach: the engine then leaves the others (most of
   * them) out of working memory, and the result still carries every deadline. Like {@link #matches},
   * this reads the rules' conditions; a rule that reads working memory from its consequence's code sees
   * only what they can match.
   */
  public boolean matchesUnviolatedDeadlines() {
    return built.get().unviolatedDeadlinesMatched();
  }

  /**
   * Whether any condition of {@code kieBase}'s rules and queries can match a {@link Deadline} that is
   * not VIOLATED: a pattern of a type a deadline is an instance of (an {@code Object()} too), anywhere
   * in a rule ({@code not}, {@code exists}, {@code accumulate} and {@code from} included), without a
   * constraint {@code status == ObligationStatus.VIOLATED}. True when the rules cannot be read.
   */
  static boolean matchesUnviolatedDeadlines(KieBase kieBase) {
    for (KiePackage kiePackage : kieBase.getKiePackages()) {
      // Drools lists a package's queries among its rules: getQueries() picks them out of the same
      // map.
      for (Rule rule : kiePackage.getRules()) {
        if (!(rule instanceof RuleImpl impl) || mayMatchUnviolatedDeadline(impl.getLhs())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean mayMatchUnviolatedDeadline(RuleConditionElement element) {
    if (element instanceof Pattern pattern && mayMatchUnviolatedDeadline(pattern)) {
      return true;
    }
    for (RuleConditionElement nested : element.getNestedElements()) {
      if (mayMatchUnviolatedDeadline(nested)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mayMatchUnviolatedDeadline(Pattern pattern) {
    if (!(pattern.getObjectType() instanceof ClassObjectType type)) {
      return true; // not a class: it cannot be told
    }
    if (!type.getClassType().isAssignableFrom(Deadline.class)) {
      return false;
    }
    // Object(), Record() and the like match every deadline: they cannot name its status.
    return type.getClassType() != Deadline.class
        || pattern.getConstraints().stream().noneMatch(RuleBase::onlyViolated);
  }

  /** The one way the pack writes it, white space aside; anything else counts as matching others. */
  private static final Set<String> VIOLATED_ONLY =
      Set.of(
          "status==ObligationStatus.VIOLATED",
          "status==io.sharedcx.model.finding.ObligationStatus.VIOLATED");

  /**
   * Whether {@code constraint}, of a pattern of deadlines, is {@code status ==
   * ObligationStatus.VIOLATED}, as the executable model keeps its text (Drools does not index a
   * comparison with an enum constant, so its index cannot say).
   */
  private static boolean onlyViolated(Constraint constraint) {
    return constraint instanceof LambdaConstraint lambda
        && lambda.getPredicateInformation() != null
        && VIOLATED_ONLY.contains(
            lambda.getPredicateInformation().getStringConstraint().replaceAll("\\s+", ""));
  }

  /**
   * Whether this rule base's KieBase has been built: a rule base of the prebuilt model builds it on
   * first use.
   */
  public boolean isBuilt() {
    return built.isMade();
  }

  /** The classes of the rule base's object-type nodes; null (match everything) if they cannot be read. */
  private static Set<Class<?>> matchedTypes(KieBase kieBase) {
    if (!(kieBase instanceof InternalRuleBase internal)) {
      return null;
    }
    Set<Class<?>> types = new HashSet<>();
    for (ObjectTypeNode node : internal.getRete().getObjectTypeNodes()) {
      if (node.getObjectType() instanceof ClassObjectType type) {
        types.add(type.getClassType());
      } else {
        return null;
      }
    }
    return types;
  }

  /**
   * Whether this rule base's rules come from the default pack's build-time index (see {@link
   * PackRules}), each made when a KieBase needs it.
   */
  boolean rulesFromIndex() {
    return pack != null && pack.fromIndex();
  }

  /** The pack's standard ids with the DRL package of their rules. */
  public Map<String, String> standardPackages() {
    return standardPackages;
  }

  /** The default pack, loaded from the executable model built into this jar. */
  public static RuleBase defaultPack() {
    return Holder.DEFAULT;
  }

  /** The Drools rule base. */
  public KieBase kieBase() {
    return built.get().kieBase();
  }

  /** The pack's default thresholds. */
  public List<Term> defaults() {
    return defaults;
  }

  /**
   * The values an agreement may set for threshold {@code key} of {@code standard}, or null when the pack
   * has no such default.
   */
  public @Nullable ThresholdRange range(String standard, String key) {
    return ranges.get(standard + "/" + key);
  }

  /** The standards, by id, in id order. */
  public Map<String, StandardInfo> standards() {
    return standards;
  }

  private static final class Holder {
    static final RuleBase DEFAULT = loadDefaultPack();
  }

  /**
   * A new instance of the default pack, its catalog read and no KieBase built yet: what {@link
   * #defaultPack()} holds, for tests that need one no other test has built.
   */
  public static RuleBase loadDefaultPack() {
    ClassLoader loader = RuleBase.class.getClassLoader();
    return new RuleBase(loader, PackRules.load(loader, modelIndex(), RuleBase::prebuiltModels));
  }

  /**
   * The rules of those {@code keep} accepts that a journey assessment runs: all but the window case
   * rules.
   */
  private static Predicate<Map<String, Object>> forJourneys(Predicate<Map<String, Object>> keep) {
    return keep.and(metadata -> !isCaseRule(metadata));
  }

  /**
   * A new KieBase of the default pack's journey rules, as {@link #journeyRules()} builds it but without
   * compiled alpha networks: what {@link AlphaNetworkSources} compiles.
   */
  static KieBase journeyKieBase() {
    return loadPrebuiltModel(modelsOnly(), forJourneys(ALL), null);
  }

  /**
   * A new KieBase of the whole default pack, as {@link #defaultPack()} builds it but without compiled
   * alpha networks: what {@link AlphaNetworkSources} compiles.
   */
  static KieBase wholeKieBase() {
    return loadPrebuiltModel(modelsOnly(), ALL, null);
  }

  /** The default pack's rules read from its models, not from its index: what the index is written from. */
  private static PackRules modelsOnly() {
    return PackRules.of(prebuiltModels(), RuleBase.class.getClassLoader());
  }

  /**
   * A KieBase of the rules of {@code pack} whose metadata {@code keep} accepts and, unless it is null,
   * whose needed portfolio fact types {@code reachable} accepts: only those rules are made.
   */
  private static KieBase loadPrebuiltModel(
      PackRules pack,
      Predicate<Map<String, Object>> keep,
      @Nullable Predicate<Set<Class<?>>> reachable) {
    return KieBaseBuilder.createKieBaseFromModel(
        pack.models(
            rule ->
                keep.test(rule.declared().metadata())
                    && (reachable == null || reachable.test(rule.needed()))));
  }

  /**
   * The default pack as compiled at build time: custom rules compile alone and join its models, and its
   * fingerprint (a hash of its model index, whose class names carry hashes of the rules) keys the
   * compile cache.
   */
  public static DrlCompiler.Prebuilt prebuilt() {
    return PrebuiltHolder.PREBUILT;
  }

  private static final class PrebuiltHolder {
    static final DrlCompiler.Prebuilt PREBUILT =
        new DrlCompiler.Prebuilt(RuleBase::prebuiltModels, CompileCache.hash(modelIndex()));
  }

  /** The text of kie-maven-plugin's list of the default pack's model classes. */
  static String modelIndex() {
    ClassLoader loader = RuleBase.class.getClassLoader();
    try (InputStream index = loader.getResourceAsStream(MODEL_INDEX)) {
      if (index == null) {
        throw new IllegalStateException(
            "the standard pack's executable model index "
                + MODEL_INDEX
                + " is not on the class path. Maybe cx-rules was built without the kie-maven-plugin (run mvn install).");
      }
      return new String(index.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MODEL_INDEX, e);
    }
  }

  /** New instances of the default pack's executable models. */
  static List<Model> prebuiltModels() {
    return models(modelIndex(), RuleBase.class.getClassLoader());
  }

  /**
   * New instances of the executable models a model index lists, made with {@code loader}.
   *
   * @throws IllegalStateException naming the class that cannot be loaded or made, and why
   */
  static List<Model> models(String index, ClassLoader loader) {
    List<Model> models = new ArrayList<>();
    for (String line : index.split("\\R")) {
      String className = line.trim();
      if (className.isEmpty() || className.startsWith("Drools-Model-Version:")) {
        continue;
      }
      try {
        models.add((Model) loader.loadClass(className).getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
        Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
        throw new IllegalStateException(
            "cannot make the standard pack's model class "
                + className
                + " listed in "
                + MODEL_INDEX
                + ": "
                + cause
                + ". The class path holds a broken or mixed build of cx-rules: rebuild it (mvn install)"
                + " and keep one version of it on the class path.",
            cause);
      }
    }
    return models;
  }

  /**
   * The defaults files of {@code standardIds} on {@code loader}'s class path, checked as they are read.
   *
   * @throws IllegalStateException listing every problem of every file: the pack itself is broken
   */
  static List<DefaultsFile.Default> loadDefaults(Iterable<String> standardIds, ClassLoader loader) {
    ImmutableList.Builder<DefaultsFile.Default> defaults = ImmutableList.builder();
    List<String> problems = new ArrayList<>();
    for (String id : standardIds) {
      String resource = String.format(DEFAULTS, id);
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in != null) {
          DefaultsFile file =
              DefaultsFile.read(
                  new String(in.readAllBytes(), StandardCharsets.UTF_8), resource, id);
          defaults.addAll(file.defaults());
          file.problems().stream().map(InputException::getMessage).forEach(problems::add);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "the standard pack's defaults are broken:\n" + String.join("\n", problems));
    }
    return defaults.build();
  }

  /** A rule as the catalog reads it: its name, package and metadata. */
  record Declared(String name, String packageName, Map<String, Object> metadata) {
    /** The rules of a KieBase. */
    static List<Declared> of(KieBase kieBase) {
      List<Declared> rules = new ArrayList<>();
      for (KiePackage pkg : kieBase.getKiePackages()) {
        for (Rule rule : pkg.getRules()) {
          rules.add(new Declared(rule.getName(), rule.getPackageName(), rule.getMetaData()));
        }
      }
      return rules;
    }

    String required(String key) {
      return RuleMetadata.required(name, packageName, metadata, key);
    }
  }

  /** Builds the standards catalog from the rules' metadata. */
  static final class Catalog {
    private Catalog() {}

    static List<String> standardIds(List<Declared> rules) {
      return List.copyOf(byStandard(rules).keySet());
    }

    static Map<String, List<Declared>> byStandard(List<Declared> all) {
      Map<String, List<Declared>> byStandard = new TreeMap<>();
      for (Declared rule : all) {
        String standard = RuleMetadata.value(rule.metadata(), RuleMetadata.STANDARD);
        if (standard != null) {
          byStandard.computeIfAbsent(standard, k -> new ArrayList<>()).add(rule);
        }
      }
      return byStandard;
    }

    private static Map<String, ThresholdRange> rangesOf(
        String id, List<Term> defaults, Map<String, ThresholdRange> ranges) {
      Map<String, ThresholdRange> own = new TreeMap<>();
      for (Term t : defaults) {
        if (t.standard().equals(id)) {
          own.put(t.key(), ranges.get(id + "/" + t.key()));
        }
      }
      return own;
    }

    static Map<String, WindowJudge.Measure> windowMeasures(List<Declared> all) {
      Map<String, WindowJudge.Measure> measures = new TreeMap<>();
      for (Declared rule : all) {
        String measure = RuleMetadata.value(rule.metadata(), "measure");
        if (measure == null
            || !"window".equals(RuleMetadata.value(rule.metadata(), RuleMetadata.KIND))) {
          continue;
        }
        String comparison = rule.required("comparison");
        try {
          measures.put(
              rule.required(RuleMetadata.STANDARD),
              new WindowJudge.Measure(measure, Comparison.valueOf(comparison)));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(
              "rule '"
                  + rule.name()
                  + "' has @comparison("
                  + comparison
                  + "). Maybe AT_MOST or AT_LEAST.",
              e);
        }
      }
      return ImmutableMap.copyOf(measures);
    }

    static Map<String, StandardInfo> standards(
        List<Declared> all, List<Term> defaults, Map<String, ThresholdRange> ranges) {
      Map<String, List<Declared>> byStandard = byStandard(all);
      ImmutableMap.Builder<String, StandardInfo> standards = ImmutableMap.builder();
      byStandard.forEach(
          (id, rules) -> {
            rules.sort(Comparator.comparing(Declared::name));
            Severity severity = null;
            String title = null;
            String theme = null;
            java.util.EnumSet<DisputeReason> reasons =
                java.util.EnumSet.noneOf(DisputeReason.class);
            for (Declared rule : rules) {
              reasons.addAll(disputeReasons(rule));
              String ruleSeverity = RuleMetadata.value(rule.metadata(), RuleMetadata.SEVERITY);
              if (ruleSeverity != null) {
                Severity s = Severity.parse(ruleSeverity);
                severity = severity == null || s.isAtLeast(severity) ? s : severity;
              }
              if (title == null) {
                title = RuleMetadata.value(rule.metadata(), RuleMetadata.TITLE);
              }
              if (theme == null || ruleSeverity != null) {
                String pkg = rule.packageName();
                theme = pkg.substring(pkg.lastIndexOf('.') + 1);
              }
            }
            standards.put(
                id,
                new StandardInfo(
                    id,
                    theme,
                    severity == null ? Severity.INFO : severity,
                    title == null ? id : title,
                    rules.stream().map(Declared::name).toList(),
                    defaults.stream().filter(t -> t.standard().equals(id)).toList(),
                    rangesOf(id, defaults, ranges),
                    reasons.isEmpty() ? java.util.EnumSet.allOf(DisputeReason.class) : reasons));
          });
      return standards.build();
    }

    /** The reasons a rule's {@code @disputeReasons(A B ...)} lists; none when it has none. */
    static Set<DisputeReason> disputeReasons(Declared rule) {
      String listed = RuleMetadata.value(rule.metadata(), "disputeReasons");
      Set<DisputeReason> reasons = java.util.EnumSet.noneOf(DisputeReason.class);
      if (listed == null) {
        return reasons;
      }
      for (String code : listed.trim().split("[\\s,]+")) {
        try {
          reasons.add(DisputeReason.valueOf(code));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(
              "rule '"
                  + rule.name()
                  + "' has @disputeReasons with '"
                  + code
                  + "', which is no dispute reason. Maybe one of: "
                  + java.util.Arrays.toString(DisputeReason.values()).replaceAll("[\\[\\]]", ""),
              e);
        }
      }
      return reasons;
    }
  }
}
