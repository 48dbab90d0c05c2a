package io.sharedcx.engine.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;
import org.jspecify.annotations.Nullable;

/**
 * The default pack's rules, each made only when a KieBase needs it. kie-maven-plugin generates one
 * model class per DRL package, and making it makes every rule of the package; but a first small
 * assessment builds its KieBase of only the rules its portfolio reaches (see {@link PortfolioReach}), and
 * an engine limited with {@code only(...)} of only its standards' rules. So when cx-rules is built,
 * {@link #main} writes an index of the pack's rules ({@link #INDEX}): for each, the generated method
 * that makes it, what the catalog reads of it (its name, package and metadata) and the portfolio facts
 * it needs. The catalog and the reach are read from the index, and a KieBase makes the rules it holds,
 * in the order the models hold them, and no others.
 *
 * <p>The index names the model classes it was written for. When the class path holds other ones (an
 * index left from an earlier build), or no index, the rules are read from the models, made whole, as
 * before the index.
 */
final class PackRules {
  /** Where the build writes the index, beside the classes. */
  static final String INDEX = "META-INF/sharedcx/pack-rules.json";

  /** One rule: what the catalog reads of it, the portfolio facts it needs, and how to make it. */
  record PackRule(RuleBase.Declared declared, Set<Class<?>> needed, Supplier<Rule> make) {}

  /**
   * One model class's rules, in its order, and its globals; {@code whole} when the model must be made
   * whole (it declares queries, entry points or types, which the index does not keep).
   */
  private record PackModel(
      String className,
      String name,
      String packageName,
      List<String> globals,
      boolean whole,
      List<PackRule> rules) {}

  private final List<PackModel> models;

  /**
   * The models the rules were read from, when not from the index: the first KieBase is built of them.
   * Null when the rules were read from the index.
   */
  private final @Nullable AtomicReference<List<Model>> spare;

  private final ClassLoader loader;

  private PackRules(
      List<PackModel> models, @Nullable AtomicReference<List<Model>> spare, ClassLoader loader) {
    this.models = models;
    this.spare = spare;
    this.loader = loader;
  }

  /**
   * The default pack's rules on {@code loader}'s class path: from its index when the index was written
   * for the models there, else from the models.
   *
   * @param modelIndex the text of kie-maven-plugin's list of the model classes
   */
  static PackRules load(ClassLoader loader, String modelIndex, Supplier<List<Model>> makeModels) {
    try (InputStream in = loader.getResourceAsStream(INDEX)) {
      if (in != null) {
        PackRules read = read(in.readAllBytes(), modelIndex, loader);
        if (read != null) {
          return read;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the standard pack's rule index " + INDEX, e);
    }
    return of(makeModels.get(), loader);
  }

  /** The rules of {@code made}, read from the models themselves; the first KieBase is built of them. */
  static PackRules of(List<Model> made, ClassLoader loader) {
    List<PackModel> read = new ArrayList<>();
    for (int m = 0; m < made.size(); m++) {
      Model model = made.get(m);
      List<PackRule> rules = new ArrayList<>();
      for (int r = 0; r < model.getRules().size(); r++) {
        Rule rule = model.getRules().get(r);
        rules.add(
            new PackRule(
                new RuleBase.Declared(rule.getName(), rule.getPackage(), rule.getMetaData()),
                ImmutableSet.copyOf(PortfolioReach.needed(rule)),
                new Unmade(rule.getName())));
      }
      read.add(
          new PackModel(
              model.getClass().getName(),
              model.getName(),
              model.getPackageName(),
              List.of(),
              true,
              rules));
    }
    return new PackRules(read, new AtomicReference<>(made), loader);
  }

  /** Whether the rules were read from the index (each made on demand), not from the models. */
  boolean fromIndex() {
    return spare == null;
  }

  /** What the catalog reads of every rule, in model order. */
  List<RuleBase.Declared> declared() {
    List<RuleBase.Declared> declared = new ArrayList<>();
    for (PackModel model : models) {
      model.rules().forEach(rule -> declared.add(rule.declared()));
    }
    return declared;
  }

  /** The distinct non-empty sets of portfolio fact types the rules need (see {@link PortfolioReach}). */
  ImmutableList<Set<Class<?>>> needs() {
    Set<Set<Class<?>>> needs = new LinkedHashSet<>();
    for (PackModel model : models) {
      for (PackRule rule : model.rules()) {
        if (!rule.needed().isEmpty()) {
          needs.add(rule.needed());
        }
      }
    }
    return ImmutableList.copyOf(needs);
  }

  /**
   * Models holding the rules {@code keep} accepts, in the order the pack's models hold them, each made
   * now: the rules {@code keep} turns down are never made.
   */
  List<Model> models(Predicate<PackRule> keep) {
    // Read from the models, every model is whole; from the index, only those it marks so.
    List<Model> made = spare == null ? null : spare.getAndSet(null);
    if (made == null && models.stream().anyMatch(PackModel::whole)) {
      made = RuleBase.prebuiltModels();
    }
    List<Model> kept = new ArrayList<>();
    for (int m = 0; m < models.size(); m++) {
      PackModel model = models.get(m);
      List<PackRule> own = model.rules();
      if (model.whole()) {
        Model whole = java.util.Objects.requireNonNull(made).get(m);
        List<Rule> rules = new ArrayList<>();
        for (int r = 0; r < own.size(); r++) {
          if (keep.test(own.get(r))) {
            rules.add(whole.getRules().get(r));
          }
        }
        kept.add(new Made(whole, rules));
      } else {
        List<Rule> rules = new ArrayList<>();
        for (PackRule rule : own) {
          if (keep.test(rule)) {
            rules.add(rule.make().get());
          }
        }
        kept.add(new Made(model, globals(model), rules));
      }
    }
    return kept;
  }

  private List<Global> globals(PackModel model) {
    List<Global> globals = new ArrayList<>();
    try {
      Class<?> type = Class.forName(model.className(), true, loader);
      for (String name : model.globals()) {
        globals.add((Global) type.getField(name).get(null));
      }
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw stale("cannot read the globals of " + model.className() + ": " + e);
    }
    return globals;
  }

  private static IllegalStateException stale(String what) {
    return new IllegalStateException(
        "the standard pack's rule index "
            + INDEX
            + " does not fit its rules ("
            + what
            + "). Maybe cx-rules was built in part; rebuild it with mvn install.");
  }

  /** A model of made rules, or of some rules of a model made whole. */
  private record Made(
      String name,
      String packageName,
      List<Global> globals,
      List<Query> queries,
      List<TypeMetaData> typeMetaDatas,
      List<EntryPoint> entryPoints,
      List<Rule> rules)
      implements Model {
    Made(PackModel model, List<Global> globals, List<Rule> rules) {
      this(model.name(), model.packageName(), globals, List.of(), List.of(), List.of(), rules);
    }

    Made(Model whole, List<Rule> rules) {
      this(
          whole.getName(),
          whole.getPackageName(),
          whole.getGlobals(),
          whole.getQueries(),
          whole.getTypeMetaDatas(),
          whole.getEntryPoints(),
          rules);
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public String getPackageName() {
      return packageName;
    }

    @Override
    public List<Global> getGlobals() {
      return globals;
    }

    @Override
    public List<Rule> getRules() {
      return rules;
    }

    @Override
    public List<Query> getQueries() {
      return queries;
    }

    @Override
    public List<TypeMetaData> getTypeMetaDatas() {
      return typeMetaDatas;
    }

    @Override
    public List<EntryPoint> getEntryPoints() {
      return entryPoints;
    }
  }

  /** A rule of a model made whole: {@link #models} takes it from the model. */
  private record Unmade(String name) implements Supplier<Rule> {
    @Override
    public Rule get() {
      throw new IllegalStateException("rule " + name + " is made with its model");
    }
  }

  /** A rule made by the static method the generated model calls for it. */
  private record Maker(String className, String method, String name, ClassLoader loader)
      implements Supplier<Rule> {
    @Override
    public Rule get() {
      Object made;
      try {
        made = Class.forName(className, true, loader).getMethod(method).invoke(null);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(
            "rule " + name + " of the standard pack cannot be made: " + e.getCause(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw stale("no method " + className + "." + method + " for rule " + name);
      }
      if (!(made instanceof Rule rule) || !rule.getName().equals(name)) {
        throw stale(className + "." + method + " makes " + made + ", not rule " + name);
      }
      return rule;
    }
  }

  // ---- The index: written when cx-rules is built, read when the default pack loads. ----

  /**
   * The rules of the index {@code json}, or null when it was written for other models than {@code
   * modelIndex} lists.
   */
  static @Nullable PackRules read(byte[] json, String modelIndex, ClassLoader loader)
      throws IOException {
    try (JsonParser parser = PlainDefaults.JSON.createParser(json)) {
      expect(parser, JsonToken.START_OBJECT);
      String writtenFor = null;
      List<PackModel> models = new ArrayList<>();
      while (next(parser, JsonToken.FIELD_NAME, JsonToken.END_OBJECT, "a field of the index")) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "modelIndex" -> writtenFor = parser.getText();
          case "models" -> {
            if (!modelIndex.equals(writtenFor)) {
              return null; // "modelIndex" comes first: the rest is another build's
            }
            require(parser.currentToken() == JsonToken.START_ARRAY, parser, "an array of models");
            while (next(parser, JsonToken.START_OBJECT, JsonToken.END_ARRAY, "a model")) {
              models.add(model(parser, loader));
            }
          }
          default -> parser.skipChildren();
        }
      }
      return modelIndex.equals(writtenFor) ? new PackRules(models, null, loader) : null;
    }
  }

  private static PackModel model(JsonParser parser, ClassLoader loader) throws IOException {
    String className = null;
    String name = null;
    String packageName = null;
    List<String> globals = new ArrayList<>();
    boolean whole = false;
    List<PackRule> rules = new ArrayList<>();
    while (next(parser, JsonToken.FIELD_NAME, JsonToken.END_OBJECT, "a field of a model")) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "class" -> className = parser.getText();
        case "name" -> name = parser.getText();
        case "package" -> packageName = parser.getText();
        case "whole" -> whole = parser.getBooleanValue();
        case "globals" -> globals = strings(parser);
        case "rules" -> {
          require(parser.currentToken() == JsonToken.START_ARRAY, parser, "an array of rules");
          while (next(parser, JsonToken.START_OBJECT, JsonToken.END_ARRAY, "a rule")) {
            require(packageName != null, parser, "the model's package before its rules");
            rules.add(rule(parser, packageName, whole, loader));
          }
        }
        default -> parser.skipChildren();
      }
    }
    require(className != null && name != null && packageName != null, parser, "a model's class");
    return new PackModel(className, name, packageName, globals, whole, rules);
  }

  private static PackRule rule(
      JsonParser parser, String packageName, boolean whole, ClassLoader loader) throws IOException {
    String name = null;
    String maker = null;
    Set<Class<?>> needed = new LinkedHashSet<>();
    Map<String, Object> metadata = new HashMap<>();
    while (next(parser, JsonToken.FIELD_NAME, JsonToken.END_OBJECT, "a field of a rule")) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "name" -> name = parser.getText();
        case "method" -> maker = parser.getText();
        case "needs" -> {
          for (String type : strings(parser)) {
            try {
              needed.add(Class.forName(type, false, loader));
            } catch (ClassNotFoundException e) {
              throw stale("no class " + type);
            }
          }
        }
        case "metadata" -> {
          require(parser.currentToken() == JsonToken.START_OBJECT, parser, "the rule's metadata");
          while (next(parser, JsonToken.FIELD_NAME, JsonToken.END_OBJECT, "a metadata key")) {
            String key = parser.currentName();
            require(parser.nextToken() == JsonToken.VALUE_STRING, parser, "text for @" + key);
            metadata.put(key, parser.getText());
          }
        }
        default -> parser.skipChildren();
      }
    }
    require(name != null && (whole || maker != null), parser, "a rule's name and method");
    Supplier<Rule> make;
    if (whole) {
      make = new Unmade(name);
    } else {
      int hash = maker.indexOf('#');
      require(hash > 0, parser, "a method written as class#method");
      make = new Maker(maker.substring(0, hash), maker.substring(hash + 1), name, loader);
    }
    return new PackRule(
        new RuleBase.Declared(name, packageName, Map.copyOf(metadata)),
        ImmutableSet.copyOf(needed),
        make);
  }

  private static List<String> strings(JsonParser parser) throws IOException {
    require(parser.currentToken() == JsonToken.START_ARRAY, parser, "an array of strings");
    List<String> strings = new ArrayList<>();
    while (next(parser, JsonToken.VALUE_STRING, JsonToken.END_ARRAY, "a string")) {
      strings.add(parser.getText());
    }
    return strings;
  }

  /**
   * Whether the next token is {@code more} (true) or {@code end} (false).
   *
   * @throws IllegalStateException when it is neither
   */
  private static boolean next(JsonParser parser, JsonToken more, JsonToken end, String what)
      throws IOException {
    JsonToken token = parser.nextToken();
    require(token == more || token == end, parser, what);
    return token == more;
  }

  private static void expect(JsonParser parser, JsonToken token) throws IOException {
    require(parser.nextToken() == token, parser, String.valueOf(token));
  }

  private static void require(boolean holds, JsonParser parser, String what) {
    if (!holds) {
      throw stale("expected " + what + " at " + parser.currentLocation().offsetDescription());
    }
  }

  /**
   * Writes the index of the default pack's rules under {@code args[0]}, the class directory, run once
   * when cx-rules is built. A rule no generated method makes is one line on standard error and exit
   * status 1, which fails the build.
   *
   * @throws IOException when the index cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]).resolve(INDEX);
    Files.createDirectories(file.getParent());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(RuleBase.modelIndex(), RuleBase.prebuiltModels(), out);
    } catch (IllegalStateException e) {
      System.err.println("cx-rules rule index: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Writes the index of {@code models}, the ones {@code modelIndex} lists, to {@code out}. */
  static void write(String modelIndex, List<Model> models, Writer out) throws IOException {
    try (JsonGenerator json = PlainDefaults.JSON.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("modelIndex", modelIndex);
      json.writeArrayFieldStart("models");
      for (Model model : models) {
        boolean whole =
            !model.getQueries().isEmpty()
                || !model.getEntryPoints().isEmpty()
                || !model.getTypeMetaDatas().isEmpty();
        Map<String, String> makers = whole ? Map.of() : makers(model.getClass());
        json.writeStartObject();
        json.writeStringField("class", model.getClass().getName());
        json.writeStringField("name", model.getName());
        json.writeStringField("package", model.getPackageName());
        json.writeBooleanField("whole", whole);
        json.writeArrayFieldStart("globals");
        for (String global : whole ? List.<String>of() : globals(model)) {
          json.writeString(global);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("rules");
        for (Rule rule : model.getRules()) {
          Map<String, String> metadata = textMetadata(rule);
          json.writeStartObject();
          json.writeStringField("name", rule.getName());
          if (!whole) {
            String maker = makers.get(rule.getName());
            if (maker == null) {
              throw new IllegalStateException(
                  "no method of " + model.getClass().getName() + " makes rule " + rule.getName());
            }
            json.writeStringField("method", maker);
          }
          json.writeArrayFieldStart("needs");
          for (Class<?> type : PortfolioReach.needed(rule)) {
            json.writeString(type.getName());
          }
          json.writeEndArray();
          json.writeObjectFieldStart("metadata");
          for (Map.Entry<String, String> entry : metadata.entrySet()) {
            json.writeStringField(entry.getKey(), entry.getValue());
          }
          json.writeEndObject();
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  /** The metadata of {@code rule}, by key: the pack's is all text, which is all the index keeps. */
  private static Map<String, String> textMetadata(Rule rule) {
    Map<String, String> metadata = new java.util.TreeMap<>();
    for (Map.Entry<String, Object> entry : rule.getMetaData().entrySet()) {
      if (!(entry.getValue() instanceof String value)) {
        throw new IllegalStateException(
            "rule "
                + rule.getName()
                + " has @"
                + entry.getKey()
                + " of type "
                + entry.getValue().getClass().getName()
                + "; the pack's rule index keeps text only: write the value as text");
      }
      metadata.put(entry.getKey(), value);
    }
    return metadata;
  }

  /**
   * The static methods that make the rules of {@code modelClass}, by rule name: kie-maven-plugin
   * writes them on the model class and on classes named after it with {@code RuleMethods} and a number.
   */
  private static Map<String, String> makers(Class<?> modelClass) {
    Map<String, String> makers = new LinkedHashMap<>();
    List<Class<?>> classes = new ArrayList<>(List.of(modelClass));
    ClassLoader loader = modelClass.getClassLoader();
    for (int i = 0; ; i++) {
      try {
        classes.add(Class.forName(modelClass.getName() + "RuleMethods" + i, false, loader));
      } catch (ClassNotFoundException e) {
        break;
      }
    }
    for (Class<?> type : classes) {
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isStatic(method.getModifiers())
            && Modifier.isPublic(method.getModifiers())
            && method.getParameterCount() == 0
            && method.getReturnType() == Rule.class) {
          try {
            Rule rule = (Rule) method.invoke(null);
            makers.put(rule.getName(), type.getName() + "#" + method.getName());
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call " + method + ": " + e, e);
          }
        }
      }
    }
    return makers;
  }

  /** The names of the public static fields of {@code model}'s class that hold its globals, in order. */
  private static List<String> globals(Model model) {
    List<String> names = new ArrayList<>();
    for (Global<?> global : model.getGlobals()) {
      String name = null;
      for (Field field : model.getClass().getFields()) {
        try {
          if (Modifier.isStatic(field.getModifiers()) && field.get(null) == global) {
            name = field.getName();
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + field + ": " + e, e);
        }
      }
      if (name == null) {
        throw new IllegalStateException(
            "no static field of " + model.getClass().getName() + " holds global " + global);
      }
      names.add(name);
    }
    return names;
  }
}
