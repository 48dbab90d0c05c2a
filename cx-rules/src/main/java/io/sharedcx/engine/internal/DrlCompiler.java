package io.sharedcx.engine.internal;

import io.sharedcx.engine.RuleCompilationException;
import io.sharedcx.engine.RuleProblem;
import io.sharedcx.model.finding.Severity;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles DRL at run time into an executable-model KieBase, and turns every problem into a
 * {@link RuleProblem} with the source file, line and column, the rule, and a "Maybe ..." hint.
 *
 * <p>Every custom file is first read with Drools' own parser: syntax errors come with their position, a rule
 * that does not parse is left out (the others still compile), and the metadata, the pattern types and the
 * properties constraints read are checked on the parsed rules. Then one build compiles every custom rule that
 * passed (with the pack, or alone once a problem is known and the custom files do not use the pack's
 * packages); its messages are tied to a rule and a line through the parsed rules (the executable model
 * reports most problems without a line). The executable model compiles consequences only when every
 * condition compiled, so when the build finds a condition the checks let through, a second build without
 * the failing rules reports the consequences' Java errors.
 */
public final class DrlCompiler {
  private static final Pattern TOP_LEVEL = Pattern.compile("^\\s*(rule|query|declare|function)\\b");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w$.\"])[A-Za-z_][\\w]*");
  private static final Set<String> KEYWORDS =
      Set.of(
          "true",
          "false",
          "null",
          "this",
          "in",
          "not",
          "matches",
          "memberOf",
          "contains",
          "soundslike",
          "str",
          "excludes",
          "instanceof",
          "new");
  // The Java compiler's wording (not Drools'), for the consequence's hint.
  private static final Pattern UNDEFINED_METHOD =
      Pattern.compile("The method (\\w+)\\([^)]*\\) is undefined for the type (\\w+)");

  /** Model and engine types rule authors match on: the candidates for "Maybe ..." hints. */
  static final List<String> KNOWN_TYPES =
      List.of(
          "Brand",
          "Partner",
          "Partnership",
          "Product",
          "Customer",
          "Journey",
          "Touchpoint",
          "Research",
          "Offer",
          "StockCheck",
          "Order",
          "Pickup",
          "Shipment",
          "Delivery",
          "StatusUpdate",
          "Complaint",
          "ServiceContact",
          "Cancellation",
          "Feedback",
          "Claim",
          "Feed",
          "PurchaseOrder",
          "Violation",
          "Recommendation",
          "MetricResult",
          "Threshold",
          "ComplaintCluster",
          "RepeatedViolations");

  private DrlCompiler() {}

  /** A DRL source: the name shown in messages (a file path) and its text. */
  public record Source(String name, String text) {}

  /**
   * A pack compiled at build time: its executable models (new instances each call) and a fingerprint of
   * them for the compile cache's key.
   */
  public record Prebuilt(Supplier<List<Model>> models, String fingerprint) {
    /** No pack: custom rules alone (a replacement pack). */
    public static final Prebuilt NONE = new Prebuilt(List::of, "none");
  }

  /** A rule as parsed: its descr, the lines it spans and its package. */
  record ParsedRule(RuleDescr descr, String pkg, int firstLine, int lastLine) {
    String name() {
      return descr.getName();
    }
  }

  /** A custom source as parsed: its rules, imports, and the text to build (rules that do not parse blanked). */
  static final class Parsed {
    final Source source;
    final List<ParsedRule> rules = new ArrayList<>();
    final List<String> imports = new ArrayList<>();
    final List<RuleProblem> problems = new ArrayList<>();
    String pkg = "";
    @Nullable String buildText;

    Parsed(Source source) {
      this.source = source;
    }

    @Nullable ParsedRule ruleAt(int line) {
      for (ParsedRule r : rules) {
        if (line >= r.firstLine && line <= r.lastLine) {
          return r;
        }
      }
      return null;
    }
  }

  /**
   * Compiles the sources into one KieBase.
   *
   * @param sources the DRL sources (pack and custom)
   * @param custom the names of the sources that are the author's (they are parsed and their metadata checked)
   * @param packStandards standard ids of the default pack with their package, to catch reused ids
   * @param loader the class loader that sees the facts and helpers the rules use
   * @throws RuleCompilationException listing every problem
   */
  public static KieBase compile(
      List<Source> sources,
      Set<String> custom,
      Map<String, String> packStandards,
      ClassLoader loader) {
    return compile(sources, custom, packStandards, loader, null, List.of());
  }

  /**
   * Compiles the sources into one KieBase, also checking that every {@code Threshold} pattern of the custom
   * rules names a standard and key some default provides.
   *
   * @param sources the DRL sources (pack and custom)
   * @param custom the names of the sources that are the author's
   * @param packStandards standard ids of the default pack with their package, to catch reused ids
   * @param loader the class loader that sees the facts and helpers the rules use
   * @param thresholds the keys of the default thresholds, by standard (the pack's and the custom
   *     defaults files'); null to leave the patterns unchecked
   * @param earlier problems found before compiling (in the custom defaults files), reported with the
   *     rules' own
   * @throws RuleCompilationException listing every problem
   */
  public static KieBase compile(
      List<Source> sources,
      Set<String> custom,
      Map<String, String> packStandards,
      ClassLoader loader,
      @Nullable Map<String, Set<String>> thresholds,
      List<RuleProblem> earlier) {
    return compile(sources, custom, packStandards, loader, thresholds, earlier, null, null);
  }

  /**
   * As {@link #compile(List, Set, Map, ClassLoader, Map, List)}, compiling only what is new against the
   * prebuilt pack and reusing a compiled result from {@code cache}.
   *
   * @param sources the DRL sources (pack and custom)
   * @param custom the names of the sources that are the author's
   * @param packStandards standard ids of the default pack with their package, to catch reused ids
   * @param loader the class loader that sees the facts and helpers the rules use
   * @param thresholds the keys of the default thresholds, by standard; null to leave them unchecked
   * @param earlier problems found before compiling, reported with the rules' own
   * @param prebuilt the pack compiled at build time (its models join the custom rules' when these stay
   *     out of the pack's packages); null to compile every source together
   * @param cache where compiled results are kept across runs; null for none
   * @throws RuleCompilationException listing every problem
   */
  public static KieBase compile(
      List<Source> sources,
      Set<String> custom,
      Map<String, String> packStandards,
      ClassLoader loader,
      @Nullable Map<String, Set<String>> thresholds,
      List<RuleProblem> earlier,
      @Nullable Prebuilt prebuilt,
      @Nullable CompileCache cache) {
    Compilation compilation =
        check(sources, custom, packStandards, loader, thresholds, prebuilt, cache);
    if (!compilation.problems.isEmpty() || !earlier.isEmpty()) {
      List<RuleProblem> all = new ArrayList<>(earlier);
      all.addAll(compilation.problems);
      all.sort(
          Comparator.comparing(RuleProblem::file)
              .thenComparingInt(RuleProblem::line)
              .thenComparingInt(RuleProblem::column));
      throw new RuleCompilationException(all);
    }
    return compilation.kieBase;
  }

  /** What {@link #check} found: the problems (sorted), the KieBase when there are none, and how many builds ran. */
  static final class Compilation {
    final List<RuleProblem> problems = new ArrayList<>();
    @Nullable KieBase kieBase;
    int builds;
    boolean fromCache;
  }

  /**
   * Parses the custom sources, checks their metadata and the types and properties their conditions name,
   * then builds once with every rule that passed. Only when Drools still fails before compiling the
   * consequences (a problem the checks before the build did not see) does it build again without the
   * failing rules, so that the consequences' Java errors are reported too.
   */
  static Compilation check(
      List<Source> sources,
      Set<String> custom,
      Map<String, String> packStandards,
      ClassLoader loader) {
    return check(sources, custom, packStandards, loader, null);
  }

  /** As {@link #check(List, Set, Map, ClassLoader)}, with the Threshold patterns checked against {@code thresholds}. */
  static Compilation check(
      List<Source> sources,
      Set<String> custom,
      Map<String, String> packStandards,
      ClassLoader loader,
      @Nullable Map<String, Set<String>> thresholds) {
    return check(sources, custom, packStandards, loader, thresholds, null, null);
  }

  /**
   * As {@link #check(List, Set, Map, ClassLoader, Map)}; with {@code prebuilt}, custom rules that stay out
   * of the pack's packages are compiled alone and joined to the prebuilt models (the pack's DRL among
   * {@code sources} is then only read, for its packages and rule names), and with {@code cache} a
   * compiled result is reused across runs.
   */
  static Compilation check(
      List<Source> sources,
      Set<String> custom,
      Map<String, String> packStandards,
      ClassLoader loader,
      @Nullable Map<String, Set<String>> thresholds,
      @Nullable Prebuilt prebuilt,
      @Nullable CompileCache cache) {
    Compilation compilation = new Compilation();
    Map<Source, Parsed> parsed = new LinkedHashMap<>();
    List<RuleProblem> problems = new ArrayList<>();
    for (Source source : sources) {
      if (custom.contains(source.name())) {
        Parsed p = parse(source);
        parsed.put(source, p);
        problems.addAll(p.problems);
      }
    }
    problems.addAll(checkMetadata(parsed.values(), packStandards));
    Set<ParsedRule> leaveOut = new LinkedHashSet<>();
    for (RuleProblem duplicate : duplicateNames(sources, parsed, leaveOut)) {
      problems.add(duplicate);
    }
    Set<String> declared = declaredNames(sources);
    Set<String> customStandards = customStandards(parsed.values());
    for (Parsed p : parsed.values()) {
      for (ParsedRule rule : p.rules) {
        RuleProblem problem =
            leaveOut.contains(rule) ? null : checkConditions(p, rule, declared, loader);
        if (problem != null) {
          problems.add(problem);
          leaveOut.add(rule);
        } else if (thresholds != null) {
          problems.addAll(checkThresholds(p, rule, thresholds, customStandards, loader));
        }
      }
    }
    List<Source> customOnly = sources.stream().filter(parsed::containsKey).toList();
    boolean independent = independentOfThePack(sources, parsed);
    boolean rulesToBuild =
        parsed.values().stream()
            .anyMatch(
                p -> p.buildText != null && p.rules.stream().anyMatch(r -> !leaveOut.contains(r)));
    String packFingerprint =
        prebuilt == null
            ? ""
            : prebuilt.fingerprint()
                + "/"
                + CompileCache.hash(
                    sources.stream()
                        .filter(s -> !parsed.containsKey(s))
                        .map(s -> s.name() + "\n" + s.text())
                        .reduce("", (a, b) -> a + "\n" + b));
    while (problems.isEmpty() || rulesToBuild) {
      // Once a problem is known the build only looks for more, and the pack is known to compile:
      // when the custom files do not reach into the pack's packages, building them alone finds the
      // same problems. With the prebuilt pack at hand, they are built alone from the start and
      // joined to the pack's models: only what is new is compiled.
      boolean whole = problems.isEmpty() && prebuilt != null;
      boolean alone = independent && (!problems.isEmpty() || prebuilt != null);
      List<Source> built = alone ? customOnly : sources;
      List<Model> packModels = whole && alone ? prebuilt.models().get() : List.of();
      String key = whole && cache != null ? CompileCache.key(packFingerprint, built) : null;
      if (key != null) {
        CompiledRules cached = cache.read(key);
        if (cached != null) {
          try {
            compilation.kieBase = cached.kieBase(packModels, loader);
            compilation.fromCache = true;
            break;
          } catch (RuntimeException e) {
            cache.discard(key, e.getMessage());
          }
        }
      }
      Build build = build(built, parsed, leaveOut, loader, whole);
      compilation.builds++;
      problems.addAll(build.problems);
      if (whole && build.compiled != null) {
        compilation.kieBase = build.compiled.kieBase(packModels, loader);
        if (key != null) {
          cache.write(key, build.compiled);
        }
      } else {
        compilation.kieBase = alone ? null : build.kieBase;
      }
      // The executable model compiles consequences only when every condition compiled.
      if (build.problems.isEmpty()
          || build.reachedJava
          || build.unmapped > 0
          || compilation.builds >= 4
          || !leaveOut.addAll(build.failing)) {
        break;
      }
      boolean othersLeft =
          parsed.values().stream()
              .flatMap(p -> p.rules.stream())
              .anyMatch(r -> !leaveOut.contains(r));
      if (!othersLeft) {
        break;
      }
    }
    problems.sort(
        Comparator.comparing(RuleProblem::file)
            .thenComparingInt(RuleProblem::line)
            .thenComparingInt(RuleProblem::column));
    compilation.problems.addAll(dedupe(problems));
    if (!compilation.problems.isEmpty()) {
      compilation.kieBase = null;
    }
    return compilation;
  }

  private static final Pattern RULE_NAME = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

  /**
   * Custom rules named like another rule of the same package, reported at the custom rule (Drools reports the
   * clash at whichever file it read first, often the pack's) and left out of the build.
   */
  static List<RuleProblem> duplicateNames(
      List<Source> sources, Map<Source, Parsed> parsed, Set<ParsedRule> leaveOut) {
    Map<String, String> seen = new HashMap<>();
    for (Source s : sources) {
      Matcher pkg = PACKAGE.matcher(s.text());
      if (!parsed.containsKey(s) && pkg.find()) {
        Matcher rule = RULE_NAME.matcher(s.text());
        while (rule.find()) {
          seen.putIfAbsent(pkg.group(1) + " " + rule.group(1), s.name());
        }
      }
    }
    List<RuleProblem> problems = new ArrayList<>();
    for (Parsed p : parsed.values()) {
      for (ParsedRule rule : p.rules) {
        String other = seen.putIfAbsent(rule.pkg + " " + rule.name(), p.source.name());
        if (other != null) {
          String[] lines = p.source.text().split("\n", -1);
          int column =
              rule.firstLine <= lines.length ? lines[rule.firstLine - 1].indexOf('"') + 1 : 0;
          problems.add(
              new RuleProblem(
                  p.source.name(),
                  rule.firstLine,
                  column,
                  rule.name(),
                  "package "
                      + rule.pkg
                      + " already has a rule named \""
                      + rule.name()
                      + "\" (in "
                      + other
                      + ")",
                  "Maybe give this rule a name of its own"));
          leaveOut.add(rule);
        }
      }
    }
    return problems;
  }

  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

  /** Whether no custom source is in, or names, a package of the other (pack) sources. */
  static boolean independentOfThePack(List<Source> sources, Map<Source, Parsed> parsed) {
    Set<String> packPackages = new TreeSet<>();
    for (Source s : sources) {
      Matcher m = PACKAGE.matcher(s.text());
      if (!parsed.containsKey(s) && m.find()) {
        packPackages.add(m.group(1));
      }
    }
    for (Parsed p : parsed.values()) {
      for (String pack : packPackages) {
        if (p.pkg.equals(pack)
            || p.source.text().contains(pack + ".")
            || p.source.text().contains(pack + ";")) {
          return false;
        }
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- parsing

  /**
   * Parses one source with Drools' parser. A rule with a syntax error is reported once, at the mistake, and
   * blanked (its lines kept empty so line numbers stay true); the rest is parsed again, so every rule of the
   * file has its say without a build.
   */
  static Parsed parse(Source source) {
    Parsed parsed = new Parsed(source);
    String text = source.text();
    Set<String> blanked = new TreeSet<>();
    for (int round = 0; round < 100; round++) {
      DrlParser parser = new DrlParser();
      PackageDescr pkg;
      try {
        pkg = parser.parse(true, text);
      } catch (DroolsParserException e) {
        parsed.problems.add(
            new RuleProblem(
                source.name(),
                Math.max(0, e.getLineNumber()),
                Math.max(0, e.getColumn()),
                null,
                "cannot parse: " + e.getMessage(),
                "Maybe a missing or extra parenthesis, comma, quote, 'then' or 'end'"));
        return parsed;
      }
      ParserError error = firstError(parser.getErrors());
      if (pkg != null) {
        parsed.pkg = pkg.getName() == null ? "" : pkg.getName();
        parsed.imports.clear();
        for (ImportDescr i : pkg.getImports()) {
          parsed.imports.add(i.getTarget());
        }
      }
      if (error == null) {
        parsed.rules.clear();
        if (pkg != null) {
          for (RuleDescr r : pkg.getRules()) {
            parsed.rules.add(
                new ParsedRule(r, parsed.pkg, r.getLine(), Math.max(r.getLine(), r.getEndLine())));
          }
        }
        parsed.buildText = text;
        return parsed;
      }
      String[] lines = text.split("\n", -1);
      int[] at = mistake(lines, error);
      RuleDescr broken = null;
      if (pkg != null) {
        for (RuleDescr r : pkg.getRules()) {
          if (r.getLine() > 0 && r.getLine() <= at[0]) {
            broken = r;
          }
        }
      }
      String message = describe(error, at);
      if (broken == null || blanked.contains(broken.getName() + "@" + broken.getLine())) {
        // Outside any rule (package, imports, globals) or no progress: the file cannot be built.
        parsed.problems.add(
            new RuleProblem(
                source.name(),
                at[0],
                at[1],
                broken == null ? null : broken.getName(),
                message,
                hint(at)));
        return parsed;
      }
      parsed.problems.add(
          new RuleProblem(source.name(), at[0], at[1], broken.getName(), message, hint(at)));
      blanked.add(broken.getName() + "@" + broken.getLine());
      int end = lines.length;
      for (int i = Math.max(at[0], broken.getLine()); i < lines.length; i++) {
        if (TOP_LEVEL.matcher(lines[i]).find()) {
          end = i;
          break;
        }
      }
      StringBuilder next = new StringBuilder();
      for (int i = 0; i < lines.length; i++) {
        boolean blank = i + 1 >= broken.getLine() && i + 1 <= end;
        next.append(blank ? "" : lines[i]).append(i < lines.length - 1 ? "\n" : "");
      }
      text = next.toString();
    }
    return parsed;
  }

  private static @Nullable ParserError firstError(List<DroolsError> errors) {
    ParserError first = null;
    for (DroolsError e : errors) {
      if (e instanceof ParserError p && (first == null || p.getRow() < first.getRow())) {
        first = p;
      }
    }
    if (first == null && !errors.isEmpty()) {
      return new ParserError(
          errors.get(0).getMessage(),
          errors.get(0).getLines().length > 0 ? errors.get(0).getLines()[0] : 0,
          0);
    }
    return first;
  }

  /** Kinds of syntax mistake the position is moved for. */
  private static final int AT_PARSER = 0;

  private static final int OPEN_QUOTE = 1;
  private static final int OPEN_PARENTHESIS = 2;

  /**
   * Where the mistake is: {line, column, kind}, 1-based. The parser reports where it noticed the mistake:
   * at the end of the file for a quote that never closes (an apostrophe in {@code @title(A retailer's ...)}),
   * at the start of the next line for a missing {@code )}. Those point back at the line that has the mistake.
   */
  static int[] mistake(String[] lines, ParserError error) {
    int row = error.getRow();
    int[] quote = openQuote(lines);
    if (quote != null && quote[0] <= Math.max(row, 1)) {
      return new int[] {quote[0], quote[1], OPEN_QUOTE};
    }
    if (row >= 1 && row <= lines.length) {
      String line = lines[row - 1];
      int indent = line.length() - line.stripLeading().length();
      if (error.getCol() <= indent) {
        for (int i = row - 2; i >= 0; i--) {
          String code = lines[i].replaceFirst("//.*$", "");
          if (code.isBlank()) {
            continue;
          }
          if (count(code, '(') > count(code, ')')) {
            return new int[] {i + 1, code.stripTrailing().length() + 1, OPEN_PARENTHESIS};
          }
          break;
        }
      }
    }
    return new int[] {Math.max(row, 0), Math.max(error.getCol(), 0) + 1, AT_PARSER};
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += text.charAt(i) == c ? 1 : 0;
    }
    return n;
  }

  /**
   * The quote that the DRL lexer sees opening a text and never closing, as {line, column}, or null. Quotes
   * are {@code "} and {@code '}; both may span lines; comments are skipped.
   */
  static int @Nullable [] openQuote(String[] lines) {
    char open = 0;
    int[] at = null;
    boolean blockComment = false;
    for (int l = 0; l < lines.length; l++) {
      String line = lines[l];
      for (int c = 0; c < line.length(); c++) {
        char ch = line.charAt(c);
        if (blockComment) {
          if (ch == '*' && c + 1 < line.length() && line.charAt(c + 1) == '/') {
            blockComment = false;
            c++;
          }
        } else if (open != 0) {
          if (ch == '\\') {
            c++;
          } else if (ch == open) {
            open = 0;
          }
        } else if (ch == '/' && c + 1 < line.length() && line.charAt(c + 1) == '/') {
          break;
        } else if (ch == '/' && c + 1 < line.length() && line.charAt(c + 1) == '*') {
          blockComment = true;
          c++;
        } else if (ch == '"' || ch == '\'') {
          open = ch;
          at = new int[] {l + 1, c + 1};
        }
      }
    }
    return open == 0 ? null : at;
  }

  private static String describe(ParserError error, int[] at) {
    if (at[2] == OPEN_QUOTE) {
      return "a quote opened here is never closed";
    }
    if (at[2] == OPEN_PARENTHESIS) {
      return "missing ')'";
    }
    String text = error.getMessage() == null ? "syntax error" : error.getMessage().trim();
    String position = "Line " + error.getRow() + ":" + error.getCol() + " ";
    int p = text.indexOf(position);
    if (p >= 0) {
      text = text.substring(p + position.length());
    }
    int inRule = text.indexOf(" in rule ");
    return inRule > 0 ? text.substring(0, inRule) : text;
  }

  private static String hint(int[] at) {
    if (at[2] == OPEN_QUOTE) {
      return "Maybe an apostrophe in a metadata value: leave it out, or quote the whole value, "
          + "e.g. @title(\"A retailer's parcels arrive whole\")";
    }
    if (at[2] == OPEN_PARENTHESIS) {
      return "Maybe close the parenthesis opened on this line";
    }
    return "Maybe a missing or extra parenthesis, comma, quote, 'then' or 'end'";
  }

  // ---------------------------------------------------------------- building

  /** One build's outcome: the KieBase when it compiled, else its problems and the rules they are in. */
  private static final class Build {
    final List<RuleProblem> problems = new ArrayList<>();
    final Set<ParsedRule> failing = new LinkedHashSet<>();
    boolean reachedJava;
    int unmapped;
    @Nullable KieBase kieBase;
    @Nullable CompiledRules compiled;
  }

  private static Build build(
      List<Source> sources,
      Map<Source, Parsed> parsed,
      Set<ParsedRule> leaveOut,
      ClassLoader loader,
      boolean compiled) {
    Build result = new Build();
    KieServices ks = KieServices.get();
    ReleaseId releaseId =
        ks.newReleaseId("io.sharedcx.custom", "rules-" + UUID.randomUUID(), "1.0.0");
    KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
    Map<String, Source> byPath = new HashMap<>();
    int index = 0;
    for (Source source : sources) {
      Parsed p = parsed.get(source);
      String text = p == null ? source.text() : without(p, leaveOut);
      if (text == null) {
        continue;
      }
      String path = "sharedcx/s" + (index++) + "/" + fileName(source.name());
      kfs.write("src/main/resources/" + path, text);
      byPath.put(path, source);
      byPath.put("src/main/resources/" + path, source);
    }
    KieBuilder builder;
    try {
      builder = ks.newKieBuilder(kfs, loader).buildAll(ExecutableModelProject.class);
    } catch (Throwable t) {
      // Drools throws for some type errors (a NumberFormatException for "intField == \"x\"")
      // instead of reporting.
      List<Parsed> customs = new ArrayList<>(parsed.values());
      result.problems.add(
          new RuleProblem(
              customs.size() == 1 ? customs.get(0).source.name() : "(rules)",
              0,
              0,
              null,
              "the compiler failed: " + t,
              "Maybe a constraint compares a field with a value of another type "
                  + "(a number with a quoted text, or the reverse)"));
      result.unmapped++;
      return result;
    }
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    Map<String, String> generated = new HashMap<>();
    for (Message m : errors) {
      String path = m.getPath();
      if (path != null
          && path.endsWith(".java")
          && m.getLine() <= 0
          && m.getText() != null
          && m.getText().indexOf('\n') > 0) {
        generated.put(
            path, m.getText().substring(m.getText().indexOf('\n') + 1)); // the generated source
      }
    }
    for (Message m : errors) {
      String path = m.getPath();
      boolean java = path != null && path.endsWith(".java");
      result.reachedJava |= java;
      if (java && generated.containsKey(path) && m.getLine() <= 0) {
        continue;
      }
      RuleProblem problem =
          java
              ? javaProblem(m, generated.get(path), parsed.values())
              : drlProblem(m, byPath.get(path), parsed, loader);
      result.problems.add(problem);
      ParsedRule rule = ruleOf(problem, parsed.values());
      if (rule == null) {
        result.unmapped++;
      } else {
        result.failing.add(rule);
      }
    }
    if (errors.isEmpty()) {
      if (compiled) {
        result.compiled = CompiledRules.of((InternalKieModule) builder.getKieModule());
      } else {
        result.kieBase = ks.newKieContainer(releaseId, loader).getKieBase();
      }
    }
    ks.getRepository().removeKieModule(releaseId);
    return result;
  }

  /** The text of a parsed source without the given rules (their lines kept empty), or null if it cannot be built. */
  private static @Nullable String without(Parsed p, Set<ParsedRule> leaveOut) {
    if (p.buildText == null) {
      return null;
    }
    String[] lines = p.buildText.split("\n", -1);
    boolean any = false;
    for (ParsedRule r : p.rules) {
      if (leaveOut.contains(r)) {
        any = true;
        for (int i = r.firstLine; i <= r.lastLine && i <= lines.length; i++) {
          lines[i - 1] = "";
        }
      }
    }
    return any ? String.join("\n", lines) : p.buildText;
  }

  private static @Nullable ParsedRule ruleOf(RuleProblem problem, Iterable<Parsed> parsed) {
    if (problem.rule() == null) {
      return null;
    }
    for (Parsed p : parsed) {
      if (p.source.name().equals(problem.file())) {
        for (ParsedRule r : p.rules) {
          if (r.name().equals(problem.rule())) {
            return r;
          }
        }
      }
    }
    return null;
  }

  /** A message about a DRL file: its line when Drools gives one, else the constraint or pattern it names. */
  private static RuleProblem drlProblem(
      Message m, @Nullable Source source, Map<Source, Parsed> parsed, ClassLoader loader) {
    String text =
        m.getText() == null ? "unknown problem" : m.getText().trim().replaceAll("\\s+", " ");
    if (source == null) {
      List<Parsed> customs = new ArrayList<>(parsed.values());
      String file =
          customs.size() == 1 ? customs.get(0).source.name() : String.valueOf(m.getPath());
      return new RuleProblem(file, 0, 0, null, text, null);
    }
    Parsed p = parsed.get(source);
    if (p == null) {
      return new RuleProblem(
          source.name(), Math.max(0, m.getLine()), Math.max(0, m.getColumn()), null, text, null);
    }
    if (m.getLine() > 0) {
      ParsedRule rule = p.ruleAt(m.getLine());
      return new RuleProblem(
          source.name(),
          m.getLine(),
          Math.max(0, m.getColumn()),
          rule == null ? null : rule.name(),
          text,
          null);
    }
    String[] lines = source.text().split("\n", -1);
    // A constraint Drools could not compile: the message quotes its expression.
    for (ParsedRule rule : p.rules) {
      for (PatternDescr pattern : patterns(rule.descr)) {
        for (BaseDescr d : pattern.getDescrs()) {
          if (d instanceof ExprConstraintDescr c
              && !c.getExpression().isBlank()
              && text.contains(c.getExpression().trim())) {
            int[] at = position(lines, c, c.getExpression().trim(), rule);
            Class<?> type = resolve(pattern.getObjectType(), p, loader);
            String unknown = type == null ? null : unknownProperty(c.getExpression(), type);
            if (unknown == null) {
              return new RuleProblem(source.name(), at[0], at[1], rule.name(), text, null);
            }
            int[] word = find(lines, at[0], unknown);
            return unknownProperty(source.name(), word == null ? at : word, rule, unknown, type);
          }
        }
      }
    }
    // A pattern whose type Drools could not find: the message names it, and it does not resolve
    // here either.
    for (ParsedRule rule : p.rules) {
      for (PatternDescr pattern : patterns(rule.descr)) {
        String type = pattern.getObjectType();
        if (type != null
            && wordPattern(type).matcher(text).find()
            && resolveImported(type, p, loader) == null) {
          return unknownType(source.name(), position(lines, pattern, type, rule), rule, type);
        }
      }
    }
    // Else the constraint that shares the most names with the message ("Method lenght on class ...
    // is missing").
    int best = 0;
    RuleProblem closest = null;
    for (ParsedRule rule : p.rules) {
      for (PatternDescr pattern : patterns(rule.descr)) {
        for (BaseDescr d : pattern.getDescrs()) {
          if (!(d instanceof ExprConstraintDescr c)) {
            continue;
          }
          int shared = 0;
          String first = null;
          Matcher name = Pattern.compile("[A-Za-z_]\\w*").matcher(c.getExpression());
          while (name.find()) {
            if (!KEYWORDS.contains(name.group())
                && wordPattern(name.group()).matcher(text).find()) {
              shared++;
              first = first == null ? name.group() : first;
            }
          }
          if (shared > best) {
            best = shared;
            int[] at = position(lines, c, c.getExpression().trim(), rule);
            int[] word = find(lines, at[0], first);
            closest =
                new RuleProblem(
                    source.name(), at[0], word == null ? at[1] : word[1], rule.name(), text, null);
          }
        }
      }
    }
    if (closest != null) {
      return closest;
    }
    return new RuleProblem(
        source.name(), 0, 0, p.rules.size() == 1 ? p.rules.get(0).name() : null, text, null);
  }

  /** A Java error in a consequence: the generated code names the token; the parsed rules say where it is. */
  private static RuleProblem javaProblem(
      Message m, @Nullable String generated, Iterable<Parsed> parsed) {
    String text =
        m.getText() == null ? "unknown problem" : m.getText().trim().replaceAll("\\s+", " ");
    String token = generated == null ? null : identifierAt(generated, m.getColumn());
    String dir = m.getPath().replace('\\', '/');
    dir = dir.startsWith("src/main/java/") ? dir.substring("src/main/java/".length()) : dir;
    if (token != null) {
      for (Parsed p : parsed) {
        String[] lines = p.source.text().split("\n", -1);
        for (ParsedRule rule : p.rules) {
          if (!dir.startsWith(rule.pkg.replace('.', '/') + "/")) {
            continue;
          }
          int from =
              rule.descr.getConsequenceLine() > 0
                  ? rule.descr.getConsequenceLine()
                  : rule.firstLine;
          for (int line = from; line <= rule.lastLine && line <= lines.length; line++) {
            Matcher w = wordPattern(token).matcher(lines[line - 1].replaceFirst("//.*$", ""));
            if (w.find()) {
              return new RuleProblem(
                  p.source.name(),
                  line,
                  w.start() + 1,
                  rule.name(),
                  text,
                  javaHint(text, token, lines[line - 1], w.start(), rule));
            }
          }
        }
      }
    }
    return new RuleProblem(
        String.valueOf(m.getPath()), 0, 0, null, text, "Maybe check the rule's consequence");
  }

  private static String javaHint(
      String text, String token, String line, int start, ParsedRule rule) {
    Matcher undefined = UNDEFINED_METHOD.matcher(text);
    if (undefined.find()) {
      return "Maybe "
          + closestMember(undefined.group(1), undefined.group(2))
          + " (a Java error in the rule's consequence)";
    }
    boolean member = start > 0 && line.charAt(start - 1) == '.';
    if (member) {
      Matcher receiver = Pattern.compile("([\\w$]+)\\s*\\.\\s*$").matcher(line.substring(0, start));
      if (receiver.find()) {
        for (PatternDescr pattern : patterns(rule.descr)) {
          if (receiver.group(1).equals(pattern.getIdentifier())) {
            return "Maybe "
                + closestMember(token, pattern.getObjectType())
                + " (a Java error in the rule's consequence)";
          }
        }
      }
      return "Maybe check the name '" + token + "' (a Java error in the rule's consequence)";
    }
    return "Maybe declare or bind '" + token + "' (a Java error in the rule's consequence)";
  }

  /** The identifier at or right after {@code offset} in {@code source}, or null. */
  static @Nullable String identifierAt(String source, int offset) {
    if (offset < 0 || offset >= source.length()) {
      return null;
    }
    int start = offset;
    while (start < source.length() && !Character.isJavaIdentifierPart(source.charAt(start))) {
      start++;
    }
    while (start > 0 && Character.isJavaIdentifierPart(source.charAt(start - 1))) {
      start--;
    }
    int end = start;
    while (end < source.length() && Character.isJavaIdentifierPart(source.charAt(end))) {
      end++;
    }
    if (end == start) {
      return null;
    }
    // "$s.packedBee()": Java reports the whole expression; the name that is wrong is its last
    // member.
    int close = end;
    while (close < source.length()
        && (source.charAt(close) == '.' || Character.isJavaIdentifierPart(source.charAt(close)))) {
      close++;
    }
    String chain = source.substring(start, close);
    return chain.contains(".") ? chain.substring(chain.lastIndexOf('.') + 1) : chain;
  }

  private static final Pattern DECLARED =
      Pattern.compile(
          "(?m)^\\s*(?:declare\\s+(?:trait\\s+|enum\\s+)?|query\\s+\"?|global\\s+[\\w.<>, ]+\\s+)([\\w]+)");
  private static final Pattern BINDING = Pattern.compile("([$\\w]+)\\s*:(?!:)");
  private static final Pattern LEFT_NAME = Pattern.compile("^([a-z_]\\w*)\\s*(\\(?)");

  /** Names the sources declare (types, queries, globals): a pattern or constraint may use them. */
  static Set<String> declaredNames(List<Source> sources) {
    Set<String> names = new TreeSet<>();
    for (Source s : sources) {
      Matcher m = DECLARED.matcher(s.text());
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /**
   * A pattern type that does not resolve, or a constraint whose left-hand name is no property of its
   * pattern's type, found before the build: Drools stops at the first phase that fails, so a rule with
   * such a mistake would hide the other rules' consequence errors. Only plain cases are judged here; the
   * build judges everything else.
   */
  static @Nullable RuleProblem checkConditions(
      Parsed p, ParsedRule rule, Set<String> declared, ClassLoader loader) {
    String[] lines = p.source.text().split("\n", -1);
    Set<String> bound = new TreeSet<>(declared);
    int conditionsEnd =
        rule.descr.getConsequenceLine() > 0 ? rule.descr.getConsequenceLine() : rule.lastLine;
    for (int line = rule.firstLine; line <= conditionsEnd && line <= lines.length; line++) {
      Matcher b = BINDING.matcher(lines[line - 1]);
      while (b.find()) {
        bound.add(b.group(1));
      }
    }
    for (PatternDescr pattern : patterns(rule.descr)) {
      String type = pattern.getObjectType();
      if (type == null
          || type.isBlank()
          || declared.contains(type.substring(type.lastIndexOf('.') + 1))) {
        continue;
      }
      Class<?> resolved = resolveImported(type, p, loader);
      if (resolved == null) {
        int[] at = position(lines, pattern, type, rule);
        return unknownType(p.source.name(), at, rule, type);
      }
      for (BaseDescr d : pattern.getDescrs()) {
        if (!(d instanceof ExprConstraintDescr c)) {
          continue;
        }
        String expression = c.getExpression().trim();
        Matcher binding = BINDING.matcher(expression);
        if (binding.lookingAt()) {
          expression = expression.substring(binding.end()).trim();
        }
        Matcher left = LEFT_NAME.matcher(expression);
        if (!left.find() || !left.group(2).isEmpty()) {
          continue;
        }
        String name = left.group(1);
        if (KEYWORDS.contains(name)
            || bound.contains(name)
            || properties(resolved).contains(name)
            || fields(resolved).contains(name)) {
          continue;
        }
        int[] at = position(lines, c, c.getExpression().trim(), rule);
        int[] word = find(lines, at[0], name);
        return unknownProperty(p.source.name(), word == null ? at : word, rule, name, resolved);
      }
    }
    return null;
  }

  private static final Pattern THRESHOLD_STANDARD =
      Pattern.compile("(?<![\\w.$])standard\\s*==\\s*\"([^\"]*)\"");
  private static final Pattern THRESHOLD_KEY =
      Pattern.compile("(?<![\\w.$])key\\s*==\\s*\"([^\"]*)\"");

  /**
   * The key that stands for every key of a standard whose defaults file could not be read: its patterns
   * are not judged, the file's own problems say what is wrong.
   */
  public static final String ANY_KEY = "*";

  /** The standard ids the custom rules declare in {@code @standard(...)}. */
  static Set<String> customStandards(Iterable<Parsed> parsed) {
    Set<String> ids = new TreeSet<>();
    for (Parsed p : parsed) {
      for (ParsedRule rule : p.rules) {
        String id = metadata(rule.descr, "standard");
        if (id != null) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  /**
   * {@code Threshold} patterns of {@code rule} that name a standard or key no default provides: such a
   * pattern compiles and never matches, so the rule never fires.
   */
  static List<RuleProblem> checkThresholds(
      Parsed p,
      ParsedRule rule,
      Map<String, Set<String>> thresholds,
      Set<String> customStandards,
      ClassLoader loader) {
    List<RuleProblem> problems = new ArrayList<>();
    String[] lines = p.source.text().split("\n", -1);
    for (PatternDescr pattern : patterns(rule.descr)) {
      String type = pattern.getObjectType();
      if (type == null
          || resolveImported(type, p, loader) != io.sharedcx.authoring.Threshold.class) {
        continue;
      }
      String standard = null;
      String key = null;
      BaseDescr standardAt = pattern;
      BaseDescr keyAt = pattern;
      for (BaseDescr d : pattern.getDescrs()) {
        if (d instanceof ExprConstraintDescr c) {
          Matcher s = THRESHOLD_STANDARD.matcher(c.getExpression());
          if (s.find()) {
            standard = s.group(1);
            standardAt = c;
          }
          Matcher k = THRESHOLD_KEY.matcher(c.getExpression());
          if (k.find()) {
            key = k.group(1);
            keyAt = c;
          }
        }
      }
      if (standard != null && thresholds.getOrDefault(standard, Set.of()).contains(ANY_KEY)) {
        continue;
      }
      if (standard != null && !thresholds.containsKey(standard)) {
        Set<String> onClassPath = new TreeSet<>();
        try {
          RuleBase.loadDefaults(List.of(standard), loader)
              .forEach(d -> onClassPath.add(d.term().key()));
        } catch (RuntimeException broken) {
          // reported when the rule base loads them
        }
        if (!onClassPath.isEmpty()) {
          thresholds = new HashMap<>(thresholds);
          thresholds.put(standard, onClassPath);
        }
      }
      if (standard != null && !thresholds.containsKey(standard)) {
        String literal = "\"" + standard + "\"";
        int[] at = position(lines, standardAt, literal, rule);
        String closest = closest(standard, thresholds.keySet());
        problems.add(
            new RuleProblem(
                p.source.name(),
                at[0],
                at[1],
                rule.name(),
                "no default threshold belongs to standard "
                    + literal
                    + ", so this Threshold pattern never matches",
                customStandards.contains(standard)
                    ? "Maybe add "
                        + standard
                        + ".json (an array of terms with unit and source) beside the rules"
                    : closest != null
                        ? "Maybe " + closest
                        : "Maybe check the standard id: 'cx standards' lists them"));
      } else if (key != null) {
        Set<String> keys = new TreeSet<>();
        if (standard != null) {
          keys.addAll(thresholds.get(standard));
        } else {
          thresholds.values().forEach(keys::addAll);
        }
        if (!keys.contains(key)) {
          String literal = "\"" + key + "\"";
          int[] at = position(lines, keyAt, literal, rule);
          String closest = closest(key, keys);
          problems.add(
              new RuleProblem(
                  p.source.name(),
                  at[0],
                  at[1],
                  rule.name(),
                  (standard == null ? "no standard has" : "standard " + standard + " has")
                      + " no default threshold "
                      + literal
                      + ", so this Threshold pattern never matches",
                  closest != null
                      ? "Maybe " + closest
                      : standard != null && customStandards.contains(standard)
                          ? "Maybe add {\"standard\": \""
                              + standard
                              + "\", \"key\": \""
                              + key
                              + "\", ...} to "
                              + standard
                              + ".json beside the rules"
                          : "Maybe one of: " + String.join(", ", keys)));
        }
      }
    }
    return problems;
  }

  private static RuleProblem unknownType(String file, int[] at, ParsedRule rule, String type) {
    String simple = type.substring(type.lastIndexOf('.') + 1);
    String closest = closest(simple, KNOWN_TYPES);
    return new RuleProblem(
        file,
        at[0],
        at[1],
        rule.name(),
        "unknown type '" + type + "'",
        closest == null
            ? "Maybe import the type"
            : "Maybe " + closest + " (import io.sharedcx.model." + closest + ")");
  }

  private static RuleProblem unknownProperty(
      String file, int[] at, ParsedRule rule, String name, Class<?> type) {
    String closest = closest(name, properties(type));
    return new RuleProblem(
        file,
        at[0],
        at[1],
        rule.name(),
        "unknown property '" + name + "'",
        closest == null
            ? "Maybe check the properties of " + type.getSimpleName()
            : "Maybe " + closest + " (a property of " + type.getSimpleName() + ")");
  }

  private static Set<String> fields(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (java.lang.reflect.Field f : type.getFields()) {
      names.add(f.getName());
    }
    return names;
  }

  /** Every pattern of a rule's conditions, nested ones included. */
  static List<PatternDescr> patterns(RuleDescr rule) {
    List<PatternDescr> out = new ArrayList<>();
    if (rule.getLhs() != null) {
      collect(rule.getLhs(), out);
    }
    return out;
  }

  private static void collect(@Nullable BaseDescr descr, List<PatternDescr> out) {
    if (descr instanceof PatternDescr pattern) {
      out.add(pattern);
      if (pattern.getSource() instanceof AccumulateDescr acc) {
        collect(acc.getInput(), out);
      } else if (pattern.getSource() instanceof CollectDescr col) {
        collect(col.getInputPattern(), out);
      }
    } else if (descr instanceof ConditionalElementDescr ce) {
      for (BaseDescr d : ce.getDescrs()) {
        collect(d, out);
      }
    }
  }

  /** The descr's line and column when the parser set them, else where {@code text} first occurs in the rule. */
  private static int[] position(String[] lines, BaseDescr descr, String text, ParsedRule rule) {
    int from = descr.getLine() > 0 ? descr.getLine() : rule.firstLine;
    for (int line = Math.max(1, from); line <= Math.min(rule.lastLine, lines.length); line++) {
      int col = lines[line - 1].indexOf(text);
      if (col >= 0) {
        return new int[] {line, col + 1};
      }
    }
    return new int[] {Math.max(0, descr.getLine()), Math.max(0, descr.getColumn()) + 1};
  }

  private static int @Nullable [] find(String[] lines, int line, String token) {
    if (line < 1 || line > lines.length) {
      return null;
    }
    Matcher m = wordPattern(token).matcher(lines[line - 1]);
    return m.find() ? new int[] {line, m.start() + 1} : null;
  }

  /** The first name in a constraint that reads a property {@code type} does not have, or null. */
  static @Nullable String unknownProperty(String expression, Class<?> type) {
    Set<String> known = properties(type);
    String code =
        expression
            .replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
            .replaceAll("'(\\\\.|[^'\\\\])*'", "''");
    Matcher m = IDENTIFIER.matcher(code);
    while (m.find()) {
      String name = m.group();
      int after = m.end();
      while (after < code.length() && code.charAt(after) == ' ') {
        after++;
      }
      boolean call = after < code.length() && code.charAt(after) == '(';
      boolean binding =
          after < code.length()
              && code.charAt(after) == ':'
              && (after + 1 >= code.length() || code.charAt(after + 1) != ':');
      if (KEYWORDS.contains(name)
          || Character.isUpperCase(name.charAt(0))
          || call
          || binding
          || known.contains(name)) {
        continue;
      }
      return name;
    }
    return null;
  }

  /** The class a pattern's type names, through the file's package and imports, else a model type of that name. */
  static @Nullable Class<?> resolve(String type, Parsed parsed, ClassLoader loader) {
    Class<?> imported = resolveImported(type, parsed, loader);
    return imported != null ? imported : modelClass(type);
  }

  /** The class a pattern's type names, through the file's package and imports, or null. */
  static @Nullable Class<?> resolveImported(String type, Parsed parsed, ClassLoader loader) {
    List<String> candidates = new ArrayList<>();
    candidates.add(type);
    String simple = type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
    for (String i : parsed.imports) {
      if (i.endsWith("." + simple)) {
        candidates.add(i + type.substring(simple.length()));
      } else if (i.endsWith(".*")) {
        candidates.add(i.substring(0, i.length() - 1) + type);
      }
    }
    if (!parsed.pkg.isEmpty()) {
      candidates.add(parsed.pkg + "." + type);
    }
    candidates.add("java.lang." + type);
    for (String candidate : candidates) {
      // A nested type is written Outer.Inner in DRL and named Outer$Inner by the class loader.
      for (String c = candidate;
          c.contains(".");
          c = c.substring(0, c.lastIndexOf('.')) + "$" + c.substring(c.lastIndexOf('.') + 1)) {
        try {
          return Class.forName(c, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
          // not this one
        }
      }
    }
    return null;
  }

  private static String fileName(String name) {
    String file = name.replace('\\', '/');
    file = file.substring(file.lastIndexOf('/') + 1).replaceAll("[^\\w.-]", "_");
    return file.endsWith(".drl") ? file : file + ".drl";
  }

  private static List<RuleProblem> dedupe(List<RuleProblem> problems) {
    Map<String, RuleProblem> unique = new LinkedHashMap<>();
    for (RuleProblem p : problems) {
      unique.putIfAbsent(p.file() + ":" + p.line() + ":" + p.message(), p);
    }
    return new ArrayList<>(unique.values());
  }

  private static Pattern wordPattern(String token) {
    boolean wordStart = !token.isEmpty() && Character.isJavaIdentifierPart(token.charAt(0));
    boolean wordEnd =
        !token.isEmpty() && Character.isJavaIdentifierPart(token.charAt(token.length() - 1));
    return Pattern.compile(
        (wordStart ? "\\b" : "") + Pattern.quote(token) + (wordEnd ? "\\b" : ""));
  }

  private static String closestMember(String method, String typeName) {
    Class<?> fact = modelClass(typeName);
    if (fact == null) {
      return "check the method name";
    }
    String closest = closest(method, properties(fact));
    return closest == null ? "check the methods of " + typeName : closest + "() on " + typeName;
  }

  static @Nullable Class<?> modelClass(String simpleName) {
    for (String pkg :
        List.of(
            "io.sharedcx.model.",
            "io.sharedcx.model.finding.",
            "io.sharedcx.engine.",
            "io.sharedcx.authoring.")) {
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
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && m.getDeclaringClass() != Object.class
          && m.getReturnType() != void.class) {
        String name = m.getName();
        if (name.startsWith("is") && name.length() > 2 && Character.isUpperCase(name.charAt(2))) {
          name = Character.toLowerCase(name.charAt(2)) + name.substring(3);
        } else if (name.startsWith("get")
            && name.length() > 3
            && Character.isUpperCase(name.charAt(3))) {
          name = Character.toLowerCase(name.charAt(3)) + name.substring(4);
        }
        names.add(name);
      }
    }
    names.remove("class");
    return names;
  }

  /** The candidate nearest to {@code word} by edit distance (case-insensitive), if near enough. */
  static @Nullable String closest(String word, Iterable<String> candidates) {
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

  // ---------------------------------------------------------------- metadata

  /** Metadata every custom rule needs, and standard ids that collide with the pack's, from the parsed rules. */
  static List<RuleProblem> checkMetadata(
      Iterable<Parsed> parsed, Map<String, String> packStandards) {
    List<RuleProblem> problems = new ArrayList<>();
    Map<String, String> customStandards = new LinkedHashMap<>();
    for (Parsed p : parsed) {
      String[] lines = p.source.text().split("\n", -1);
      for (ParsedRule rule : p.rules) {
        String file = p.source.name();
        int line = rule.firstLine;
        int column = line >= 1 && line <= lines.length ? lines[line - 1].indexOf('"') + 1 : 0;
        String name = rule.name();
        String kind = metadata(rule.descr, "kind");
        String standard = metadata(rule.descr, "standard");
        // @kind(aggregation) is the pack's own cross-journey rules; a custom rule still needs its
        // metadata.
        if (standard == null) {
          problems.add(
              new RuleProblem(
                  file,
                  line,
                  column,
                  name,
                  "rule has no @standard(...)",
                  "Maybe add @standard(YOUR-STANDARD-ID) under the rule name"));
          continue;
        }
        if (!"recommendation".equals(kind)) {
          String severity = metadata(rule.descr, "severity");
          if (severity == null) {
            problems.add(
                new RuleProblem(
                    file,
                    line,
                    column,
                    name,
                    "rule has no @severity(...)",
                    "Maybe add @severity(MEDIUM): one of INFO, LOW, MEDIUM, HIGH, CRITICAL"));
          } else {
            try {
              Severity.parse(severity);
            } catch (IllegalArgumentException e) {
              problems.add(
                  new RuleProblem(
                      file, line, column, name, e.getMessage(), "Maybe @severity(MEDIUM)"));
            }
          }
          if (metadata(rule.descr, "title") == null) {
            problems.add(
                new RuleProblem(
                    file,
                    line,
                    column,
                    name,
                    "rule has no @title(...)",
                    "Maybe add @title(What the standard promises in plain words)"));
          }
        }
        String packPackage = packStandards.get(standard);
        if (packPackage != null && !packPackage.equals(rule.pkg)) {
          problems.add(
              new RuleProblem(
                  file,
                  line,
                  column,
                  name,
                  "standard id "
                      + standard
                      + " already belongs to the default pack ("
                      + packPackage
                      + ")",
                  "Maybe pick a new id for a new standard, or put the rule in package "
                      + packPackage
                      + " to extend that standard"));
        }
        String other = customStandards.putIfAbsent(standard, rule.pkg);
        if (other != null && !other.equals(rule.pkg)) {
          problems.add(
              new RuleProblem(
                  file,
                  line,
                  column,
                  name,
                  "standard id "
                      + standard
                      + " is used in two packages ("
                      + other
                      + ", "
                      + rule.pkg
                      + ")",
                  "Maybe keep one standard in one package, or give the second one its own id"));
        }
      }
    }
    return problems;
  }

  /** A metadata value as text, quotes stripped; null when absent or blank. */
  static @Nullable String metadata(RuleDescr rule, String key) {
    AnnotationDescr annotation = rule.getAnnotation(key);
    if (annotation == null) {
      return null;
    }
    Object value = annotation.getValue();
    String text = value == null ? "" : value.toString().trim();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1).trim();
    }
    return text.isEmpty() ? null : text;
  }
}
