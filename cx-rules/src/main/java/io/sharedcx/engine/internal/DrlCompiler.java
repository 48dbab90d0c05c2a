package io.sharedcx.engine.internal;

import io.sharedcx.engine.RuleCompilationException;
import io.sharedcx.engine.RuleProblem;
import io.sharedcx.model.finding.Severity;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles DRL at run time into an executable-model KieBase, and turns every problem into a
 * {@link RuleProblem} with the source file, line and column (recovered from the source text when Drools
 * reports none), the rule, and a "Maybe ..." hint. All problems are reported at once.
 */
public final class DrlCompiler {
  private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
  private static final Pattern LEFT_PART = Pattern.compile("Unable to parse left part of expression: ([A-Za-z_$][\\w$]*)");
  private static final Pattern STRICT_METHOD = Pattern.compile("unable to resolve method using strict-mode: [\\w.$]+\\.(\\w+)\\(\\)");
  private static final Pattern UNKNOWN_CLASS = Pattern.compile("(?:Unable to find class|Unable to resolve ObjectType)[:]? '?([\\w.$]+)'?");
  private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\([^)]*\\) is undefined for the type (\\w+)");
  private static final Pattern CANNOT_RESOLVE = Pattern.compile("(\\w+) cannot be resolved");
  private static final Pattern PARSER_POSITION = Pattern.compile("Line (\\d+):(\\d+)");

  /** Model and engine types rule authors match on: the candidates for "Maybe ..." hints. */
  static final List<String> KNOWN_TYPES = List.of("Brand", "Partner", "Partnership", "Product", "Customer", "Journey",
      "Touchpoint", "Research", "Offer", "StockCheck", "Order", "Pickup", "Shipment", "Delivery", "StatusUpdate",
      "Complaint", "ServiceContact", "Cancellation", "Feedback", "Claim", "Feed", "PurchaseOrder", "Violation",
      "Recommendation", "MetricResult", "Threshold", "ComplaintCluster", "RepeatedViolations");

  private DrlCompiler() {}

  /** A DRL source: the name shown in messages (a file path) and its text. */
  public record Source(String name, String text) {}

  /**
   * Compiles the sources into one KieBase.
   *
   * @param sources the DRL sources (pack and custom)
   * @param custom the names of the sources that are the author's (metadata is checked for them)
   * @param packStandards standard ids of the default pack with their package, to catch reused ids
   * @param loader the class loader that sees the facts and helpers the rules use
   * @throws RuleCompilationException listing every problem
   */
  public static KieBase compile(List<Source> sources, Set<String> custom, Map<String, String> packStandards,
      ClassLoader loader) {
    Attempt first = attempt(sources, loader);
    List<RuleProblem> problems = new ArrayList<>(first.problems);
    // Drools stops at the first phase that fails (a syntax error, then an unknown type, ...), and a syntax
    // error hides the rest of its file. Compile again, each rule of an unparsable file on its own and
    // without the sources that already have problems, until every rule has had its say.
    Attempt last = first;
    List<Source> remaining = split(sources, first.unparsable, custom);
    Set<Source> failed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    failed.addAll(failedSources(first, remaining));
    while (!last.problems.isEmpty() || !last.unparsable.isEmpty()) {
      List<Source> next = remaining.stream().filter(src -> !failed.contains(src)).toList();
      if (next.stream().noneMatch(src -> custom.contains(src.name()))) {
        break;
      }
      last = attempt(next, loader);
      problems.addAll(last.problems);
      List<Source> newlyFailed = failedSources(last, next);
      if (newlyFailed.isEmpty()) {
        break;
      }
      failed.addAll(newlyFailed);
      remaining = next;
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
      throw new RuleCompilationException(dedupe(problems));
    }
    List<RuleProblem> metadata = checkMetadata(first.kieBase, first.byPath, custom, packStandards);
    if (!metadata.isEmpty()) {
      throw new RuleCompilationException(metadata);
    }
    return first.kieBase;
  }

  /** The sources an attempt's problems point at: by name, and for one-rule variants by the line's text. */
  private static List<Source> failedSources(Attempt attempt, List<Source> sources) {
    List<Source> failed = new ArrayList<>();
    for (Source source : sources) {
      boolean hit = attempt.unparsableSources.contains(source);
      for (RuleProblem p : attempt.problems) {
        if (p.file().equals(source.name())) {
          String[] lines = source.text().split("\n", -1);
          hit |= p.line() == 0 || (p.line() <= lines.length && !lines[p.line() - 1].isBlank());
        }
      }
      if (hit) {
        failed.add(source);
      }
    }
    return failed;
  }

  /**
   * Replaces each custom source that did not parse and holds several rules by one variant per rule: the
   * file with every other rule's lines blanked, so line numbers stay true.
   */
  static List<Source> split(List<Source> sources, Set<String> unparsable, Set<String> custom) {
    List<Source> out = new ArrayList<>();
    for (Source source : sources) {
      if (!unparsable.contains(source.name()) || !custom.contains(source.name())) {
        out.add(source);
        continue;
      }
      String[] lines = source.text().split("\n", -1);
      List<int[]> rules = new ArrayList<>();
      int start = -1;
      for (int i = 0; i < lines.length; i++) {
        if (RULE.matcher(lines[i]).find()) {
          if (start >= 0) {
            rules.add(new int[] {start, i - 1});
          }
          start = i;
        } else if (start >= 0 && lines[i].trim().equals("end")) {
          rules.add(new int[] {start, i});
          start = -1;
        }
      }
      if (start >= 0) {
        rules.add(new int[] {start, lines.length - 1});
      }
      if (rules.size() < 2) {
        out.add(source);
        continue;
      }
      for (int[] keep : rules) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
          boolean inOther = false;
          for (int[] r : rules) {
            inOther |= r != keep && i >= r[0] && i <= r[1];
          }
          text.append(inOther ? "" : lines[i]).append(i < lines.length - 1 ? "\n" : "");
        }
        out.add(new Source(source.name(), text.toString()));
      }
    }
    return out;
  }

  /** One build: the KieBase when it compiled, else its problems and the sources that did not parse. */
  private static final class Attempt {
    final Map<String, Source> byPath = new LinkedHashMap<>();
    final List<RuleProblem> problems = new ArrayList<>();
    final Set<String> unparsable = new TreeSet<>();
    final Set<Source> unparsableSources = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    KieBase kieBase;
  }

  private static Attempt attempt(List<Source> sources, ClassLoader loader) {
    Attempt attempt = new Attempt();
    KieServices ks = KieServices.get();
    ReleaseId releaseId = ks.newReleaseId("io.sharedcx.custom", "rules-" + UUID.randomUUID(), "1.0.0");
    KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
    int index = 0;
    for (Source source : sources) {
      String path = "sharedcx/s" + (index++) + "/" + fileName(source.name());
      kfs.write("src/main/resources/" + path, source.text());
      attempt.byPath.put(path, source);
      attempt.byPath.put("src/main/resources/" + path, source);
    }
    KieBuilder builder;
    try {
      builder = ks.newKieBuilder(kfs, loader).buildAll(ExecutableModelProject.class);
    } catch (Throwable t) {
      // Drools throws for some type errors (a NumberFormatException for "intField == \"x\"") instead of reporting.
      attempt.problems.add(new RuleProblem(sources.size() == 1 ? sources.get(0).name() : "(rules)", 0, 0, null,
          "the compiler failed: " + t, "Maybe a constraint compares a field with a value of another type "
              + "(a number with a quoted text, or the reverse)"));
      return attempt;
    }
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      Source source = m.getPath() == null ? null : attempt.byPath.get(m.getPath());
      if (m.getText() != null && m.getText().startsWith("Java source of")) {
        continue; // a dump of the generated source; the compiler's own message follows
      }
      if (m.getText() != null && m.getText().contains("Parser returned a null Package")) {
        if (source != null) {
          attempt.unparsable.add(source.name());
          attempt.unparsableSources.add(source);
        }
        continue;
      }
      RuleProblem problem = problem(m, attempt.byPath, sources);
      if (m.getText() != null && m.getText().contains("[ERR ")) {
        attempt.unparsable.add(problem.file());
      }
      attempt.problems.add(problem);
    }
    if (attempt.problems.isEmpty() && attempt.unparsable.isEmpty()) {
      attempt.kieBase = ks.newKieContainer(releaseId, loader).getKieBase();
    }
    ks.getRepository().removeKieModule(releaseId);
    return attempt;
  }

  private static String fileName(String name) {
    String file = name.replace('\\', '/');
    file = file.substring(file.lastIndexOf('/') + 1).replaceAll("[^\\w.-]", "_");
    return file.endsWith(".drl") ? file : file + ".drl";
  }

  private static List<RuleProblem> dedupe(List<RuleProblem> problems) {
    Map<String, RuleProblem> unique = new LinkedHashMap<>();
    for (RuleProblem p : problems) {
      unique.putIfAbsent(p.file() + p.line() + p.message(), p);
    }
    return new ArrayList<>(unique.values());
  }

  static RuleProblem problem(Message m, Map<String, Source> byPath, List<Source> sources) {
    String text = m.getText() == null ? "unknown problem" : m.getText().trim().replaceAll("\\s+", " ");
    Source source = m.getPath() == null ? null : byPath.get(m.getPath());
    // A line reported against generated Java (a consequence) means nothing to the author: recover it instead.
    int line = source != null && m.getLine() > 0 ? m.getLine() : 0;
    int column = source != null && m.getColumn() > 0 ? m.getColumn() : 0;
    String hint = null;
    String token = null;
    Matcher matcher = PARSER_POSITION.matcher(text);
    if (source != null && matcher.find()) {
      line = Integer.parseInt(matcher.group(1));
      column = Integer.parseInt(matcher.group(2)) + 1;
    }
    if ((matcher = LEFT_PART.matcher(text)).find() || (matcher = STRICT_METHOD.matcher(text)).find()) {
      token = matcher.group(1);
      text = "unknown property '" + token + "'";
    } else if ((matcher = UNKNOWN_CLASS.matcher(text)).find()) {
      token = matcher.group(1);
      String simple = token.substring(token.lastIndexOf('.') + 1);
      text = "unknown type '" + token + "'";
      String closest = closest(simple, KNOWN_TYPES);
      hint = closest == null ? "Maybe import the type" : "Maybe " + closest + " (import io.sharedcx.model." + closest + ")";
    } else if ((matcher = UNDEFINED_METHOD.matcher(text)).find()) {
      token = matcher.group(1);
      hint = "Maybe " + closestMember(token, matcher.group(2)) + " (a Java error in the rule's consequence)";
    } else if ((matcher = CANNOT_RESOLVE.matcher(text)).find()) {
      token = matcher.group(1);
      hint = "Maybe declare or bind '" + token + "' (a Java error in the rule's consequence)";
    } else if (text.contains("no viable alternative") || text.contains("mismatched input")
        || text.contains("extraneous input") || text.contains("missing")) {
      hint = "Maybe a missing or extra parenthesis, comma, quote, 'then' or 'end'";
    }
    if (source == null && token != null) {
      source = locate(token, sources);
    }
    if (source == null) {
      source = sources.size() == 1 ? sources.get(0) : null;
    }
    if (source != null && token != null && line == 0) {
      int[] at = find(source.text(), token);
      line = at[0];
      column = at[1];
    }
    if (hint == null && token != null && source != null && line > 0) {
      hint = propertyHint(token, source.text().lines().skip(line - 1).findFirst().orElse(""));
    }
    String rule = source == null || line == 0 ? null : ruleAt(source.text(), line);
    return new RuleProblem(source == null ? String.valueOf(m.getPath()) : source.name(), line, column, rule, text, hint);
  }

  /** The source whose text contains {@code token} as a word (the first such). */
  private static Source locate(String token, List<Source> sources) {
    Pattern word = wordPattern(token);
    for (Source s : sources) {
      if (word.matcher(s.text()).find()) {
        return s;
      }
    }
    return null;
  }

  /** 1-based line and column of the first word {@code token} outside comments, or {0, 0}. */
  static int[] find(String text, String token) {
    Pattern word = wordPattern(token);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String code = lines[i].replaceFirst("//.*$", "");
      Matcher m = word.matcher(code);
      if (m.find()) {
        return new int[] {i + 1, m.start() + 1};
      }
    }
    return new int[] {0, 0};
  }

  private static Pattern wordPattern(String token) {
    boolean wordStart = !token.isEmpty() && Character.isJavaIdentifierPart(token.charAt(0));
    boolean wordEnd = !token.isEmpty() && Character.isJavaIdentifierPart(token.charAt(token.length() - 1));
    return Pattern.compile((wordStart ? "\\b" : "") + Pattern.quote(token) + (wordEnd ? "\\b" : ""));
  }

  /** The rule whose declaration is the last one at or above {@code line}. */
  static String ruleAt(String text, int line) {
    String[] lines = text.split("\n", -1);
    for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
      Matcher m = RULE.matcher(lines[i]);
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  /** For an unknown property on a pattern such as {@code Shipment( packedby == ... )}: the closest real one. */
  static String propertyHint(String property, String line) {
    Matcher type = Pattern.compile("(\\w+)\\s*\\(").matcher(line);
    while (type.find()) {
      Class<?> fact = modelClass(type.group(1));
      if (fact != null) {
        String closest = closest(property, properties(fact));
        return closest == null ? "Maybe check the properties of " + fact.getSimpleName()
            : "Maybe " + closest + " (a property of " + fact.getSimpleName() + ")";
      }
    }
    return null;
  }

  private static String closestMember(String method, String typeName) {
    Class<?> fact = modelClass(typeName);
    if (fact == null) {
      return "check the method name";
    }
    String closest = closest(method, properties(fact));
    return closest == null ? "check the methods of " + typeName : closest + "() on " + typeName;
  }

  static Class<?> modelClass(String simpleName) {
    for (String pkg : List.of("io.sharedcx.model.", "io.sharedcx.model.finding.", "io.sharedcx.engine.")) {
      try {
        return Class.forName(pkg + simpleName);
      } catch (ClassNotFoundException e) {
        // not in this package
      }
    }
    return null;
  }

  /** The no-argument public methods a rule can use as properties: {@code packedBy}, {@code damaged} for isDamaged(). */
  static Set<String> properties(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class
          && m.getReturnType() != void.class) {
        String name = m.getName();
        if (name.startsWith("is") && name.length() > 2 && Character.isUpperCase(name.charAt(2))) {
          name = Character.toLowerCase(name.charAt(2)) + name.substring(3);
        } else if (name.startsWith("get") && name.length() > 3 && Character.isUpperCase(name.charAt(3))) {
          name = Character.toLowerCase(name.charAt(3)) + name.substring(4);
        }
        names.add(name);
      }
    }
    names.remove("class");
    return names;
  }

  /** The candidate nearest to {@code word} by edit distance (case-insensitive), if near enough. */
  static String closest(String word, Iterable<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(word.toLowerCase(), c.toLowerCase());
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return best != null && bestDistance <= Math.max(2, word.length() / 3) ? best : null;
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }

  /** Metadata every custom rule needs, and standard ids that collide with the pack's. */
  static List<RuleProblem> checkMetadata(KieBase kieBase, Map<String, Source> byPath, Set<String> custom,
      Map<String, String> packStandards) {
    List<RuleProblem> problems = new ArrayList<>();
    Map<String, String> customStandards = new LinkedHashMap<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        Source source = sourceOf(rule, byPath);
        if (source == null || !custom.contains(source.name())) {
          continue;
        }
        int[] at = find(source.text(), "\"" + rule.getName() + "\"");
        String kind = RuleMetadata.value(rule, "kind");
        String standard = RuleMetadata.value(rule, "standard");
        if ("aggregation".equals(kind)) {
          continue;
        }
        if (standard == null) {
          problems.add(new RuleProblem(source.name(), at[0], at[1], rule.getName(), "rule has no @standard(...)",
              "Maybe add @standard(YOUR-STANDARD-ID) under the rule name"));
          continue;
        }
        if (!"recommendation".equals(kind)) {
          String severity = RuleMetadata.value(rule, "severity");
          if (severity == null) {
            problems.add(new RuleProblem(source.name(), at[0], at[1], rule.getName(), "rule has no @severity(...)",
                "Maybe add @severity(MEDIUM): one of INFO, LOW, MEDIUM, HIGH, CRITICAL"));
          } else {
            try {
              Severity.parse(severity);
            } catch (IllegalArgumentException e) {
              problems.add(new RuleProblem(source.name(), at[0], at[1], rule.getName(), e.getMessage(),
                  "Maybe @severity(MEDIUM)"));
            }
          }
          if (RuleMetadata.value(rule, "title") == null) {
            problems.add(new RuleProblem(source.name(), at[0], at[1], rule.getName(), "rule has no @title(...)",
                "Maybe add @title(What the standard promises in plain words)"));
          }
        }
        String packPackage = packStandards.get(standard);
        if (packPackage != null && !packPackage.equals(rule.getPackageName())) {
          problems.add(new RuleProblem(source.name(), at[0], at[1], rule.getName(),
              "standard id " + standard + " already belongs to the default pack (" + packPackage + ")",
              "Maybe pick a new id for a new standard, or put the rule in package " + packPackage
                  + " to extend that standard"));
        }
        String other = customStandards.putIfAbsent(standard, rule.getPackageName());
        if (other != null && !other.equals(rule.getPackageName())) {
          problems.add(new RuleProblem(source.name(), at[0], at[1], rule.getName(),
              "standard id " + standard + " is used in two packages (" + other + ", " + rule.getPackageName() + ")",
              "Maybe keep one standard in one package, or give the second one its own id"));
        }
      }
    }
    return problems;
  }

  private static Source sourceOf(Rule rule, Map<String, Source> byPath) {
    for (Source s : byPath.values()) {
      if (s.text().contains("\"" + rule.getName() + "\"")
          && s.text().matches("(?s).*\\bpackage\\s+" + Pattern.quote(rule.getPackageName()) + "\\s*;.*")) {
        return s;
      }
    }
    return null;
  }
}
