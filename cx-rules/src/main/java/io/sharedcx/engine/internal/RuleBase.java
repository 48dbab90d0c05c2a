package io.sharedcx.engine.internal;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.sharedcx.engine.StandardInfo;
import io.sharedcx.engine.ThresholdRange;
import io.sharedcx.model.DisputeReason;
import io.sharedcx.model.Term;
import io.sharedcx.model.finding.Comparison;
import io.sharedcx.model.finding.Severity;
import io.sharedcx.model.json.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.drools.base.base.ClassObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
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

  private final KieBase kieBase;
  private final List<Term> defaults;
  private final Map<String, ThresholdRange> ranges;
  private final Map<String, StandardInfo> standards;
  private final Set<Class<?>> matchedTypes;
  private final Map<String, WindowJudge.Measure> windowMeasures;
  private final ClassValue<Boolean> matched =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
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
    this.kieBase = kieBase;
    List<DefaultsFile.Default> merged = new ArrayList<>(extraDefaults);
    for (DefaultsFile.Default d : loadDefaults(Catalog.standardIds(kieBase), loader)) {
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
    this.standards = Catalog.standards(kieBase, this.defaults, this.ranges);
    this.matchedTypes = matchedTypes(kieBase);
    this.windowMeasures = Catalog.windowMeasures(kieBase);
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
    return "case".equals(RuleMetadata.value(rule, RuleMetadata.KIND));
  }

  /**
   * Whether any rule can match a fact of {@code type}. Facts no rule matches (research touchpoints,
   * products, for the default pack) are not inserted: each insertion costs, and most of an assessment's
   * time is insertion.
   */
  public boolean matches(Class<?> type) {
    return matched.get(type);
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

  /** The pack's standard ids with the DRL package of their rules. */
  public Map<String, String> standardPackages() {
    Map<String, String> packages = new TreeMap<>();
    Catalog.byStandard(kieBase)
        .forEach((id, rules) -> packages.put(id, rules.get(0).getPackageName()));
    return packages;
  }

  /** The default pack, loaded from the executable model built into this jar. */
  public static RuleBase defaultPack() {
    return Holder.DEFAULT;
  }

  /** The Drools rule base. */
  public KieBase kieBase() {
    return kieBase;
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
    static final RuleBase DEFAULT =
        new RuleBase(loadPrebuiltModel(), RuleBase.class.getClassLoader());
  }

  private static KieBase loadPrebuiltModel() {
    return KieBaseBuilder.createKieBaseFromModel(prebuiltModels());
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

  private static String modelIndex() {
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
    ClassLoader loader = RuleBase.class.getClassLoader();
    List<Model> models = new ArrayList<>();
    try {
      for (String line : modelIndex().split("\\R")) {
        String className = line.trim();
        if (!className.isEmpty() && !className.startsWith("Drools-Model-Version:")) {
          models.add((Model) loader.loadClass(className).getDeclaredConstructor().newInstance());
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "cannot load the standard pack's model class: " + e.getMessage(), e);
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

  /** Builds the standards catalog from the rules' metadata. */
  static final class Catalog {
    private Catalog() {}

    static List<String> standardIds(KieBase kieBase) {
      return List.copyOf(byStandard(kieBase).keySet());
    }

    static Map<String, List<Rule>> byStandard(KieBase kieBase) {
      Map<String, List<Rule>> byStandard = new TreeMap<>();
      for (KiePackage pkg : kieBase.getKiePackages()) {
        for (Rule rule : pkg.getRules()) {
          String standard = RuleMetadata.value(rule, "standard");
          if (standard != null) {
            byStandard.computeIfAbsent(standard, k -> new ArrayList<>()).add(rule);
          }
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

    static Map<String, WindowJudge.Measure> windowMeasures(KieBase kieBase) {
      Map<String, WindowJudge.Measure> measures = new TreeMap<>();
      for (KiePackage pkg : kieBase.getKiePackages()) {
        for (Rule rule : pkg.getRules()) {
          String measure = RuleMetadata.value(rule, "measure");
          if (measure == null || !"window".equals(RuleMetadata.value(rule, RuleMetadata.KIND))) {
            continue;
          }
          String comparison = RuleMetadata.required(rule, "comparison");
          try {
            measures.put(
                RuleMetadata.standard(rule),
                new WindowJudge.Measure(measure, Comparison.valueOf(comparison)));
          } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                "rule '"
                    + rule.getName()
                    + "' has @comparison("
                    + comparison
                    + "). Maybe AT_MOST or AT_LEAST.",
                e);
          }
        }
      }
      return ImmutableMap.copyOf(measures);
    }

    static Map<String, StandardInfo> standards(
        KieBase kieBase, List<Term> defaults, Map<String, ThresholdRange> ranges) {
      Map<String, List<Rule>> byStandard = byStandard(kieBase);
      ImmutableMap.Builder<String, StandardInfo> standards = ImmutableMap.builder();
      byStandard.forEach(
          (id, rules) -> {
            rules.sort(Comparator.comparing(Rule::getName));
            Severity severity = null;
            String title = null;
            String theme = null;
            java.util.EnumSet<DisputeReason> reasons =
                java.util.EnumSet.noneOf(DisputeReason.class);
            for (Rule rule : rules) {
              reasons.addAll(disputeReasons(rule));
              String ruleSeverity = RuleMetadata.value(rule, "severity");
              if (ruleSeverity != null) {
                Severity s = Severity.parse(ruleSeverity);
                severity = severity == null || s.isAtLeast(severity) ? s : severity;
              }
              if (title == null) {
                title = RuleMetadata.value(rule, "title");
              }
              if (theme == null || RuleMetadata.value(rule, "severity") != null) {
                String pkg = rule.getPackageName();
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
                    rules.stream().map(Rule::getName).toList(),
                    defaults.stream().filter(t -> t.standard().equals(id)).toList(),
                    rangesOf(id, defaults, ranges),
                    reasons.isEmpty() ? java.util.EnumSet.allOf(DisputeReason.class) : reasons));
          });
      return standards.build();
    }

    /** The reasons a rule's {@code @disputeReasons(A B ...)} lists; none when it has none. */
    static Set<DisputeReason> disputeReasons(Rule rule) {
      String listed = RuleMetadata.value(rule, "disputeReasons");
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
                  + rule.getName()
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
