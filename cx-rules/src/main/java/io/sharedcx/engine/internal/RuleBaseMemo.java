package io.sharedcx.engine.internal;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The rule bases compiled in this JVM from custom rules, by the content of their sources: engines built
 * again from the same rules (test after test in one JUnit run, one engine per set of standards in a
 * scenario run) share the first one's compiled rule base instead of compiling again. A rule base is
 * immutable and safe to share; each engine keeps its own sessions and firing limit, and an engine
 * restricted to some standards shares a restricted rule base with engines of the same rules and standards.
 * The most recently used {@value #CAPACITY} are kept, and a class loader is held only weakly.
 */
public final class RuleBaseMemo {
  static final int CAPACITY = 16;

  private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>(16, 0.75f, true);

  private record Entry(WeakReference<ClassLoader> loader, RuleBase ruleBase) {}

  private RuleBaseMemo() {}

  /**
   * The rule base of these inputs: the one compiled before in this JVM, or {@code compile}'s (kept when it
   * succeeds; a failure is thrown each time, unchanged).
   *
   * @param defaultPack whether the default pack is part of the rule base
   * @param rules the custom DRL sources
   * @param defaults the custom defaults files
   * @param loader the class loader the rules see
   * @param cache the compile cache's directory, or null
   * @param only the standards the engine runs, empty for all: a restricted rule base lacks the other
   *     standards' rules, so each set has its own
   * @param compile compiles the rule base on a miss
   * @return the rule base
   */
  public static RuleBase get(
      boolean defaultPack,
      List<DrlCompiler.Source> rules,
      List<DrlCompiler.Source> defaults,
      ClassLoader loader,
      @Nullable Path cache,
      java.util.Set<String> only,
      Supplier<RuleBase> compile) {
    String key =
        key(defaultPack, rules, defaults, loader)
            + "/"
            + cache
            + "/"
            + new java.util.TreeSet<>(only);
    RuleBase known = lookup(key, loader);
    if (known != null) {
      return known;
    }
    RuleBase compiled = compile.get();
    synchronized (ENTRIES) {
      ENTRIES.put(key, new Entry(new WeakReference<>(loader), compiled));
      Iterator<Map.Entry<String, Entry>> oldest = ENTRIES.entrySet().iterator();
      while (ENTRIES.size() > CAPACITY && oldest.hasNext()) {
        oldest.next();
        oldest.remove();
      }
    }
    return compiled;
  }

  private static @Nullable RuleBase lookup(String key, ClassLoader loader) {
    synchronized (ENTRIES) {
      Entry entry = ENTRIES.get(key);
      return entry != null && entry.loader().get() == loader ? entry.ruleBase() : null;
    }
  }

  private static String key(
      boolean defaultPack,
      List<DrlCompiler.Source> rules,
      List<DrlCompiler.Source> defaults,
      ClassLoader loader) {
    StringBuilder text = new StringBuilder();
    text.append(defaultPack).append('\n').append(System.identityHashCode(loader)).append('\n');
    for (List<DrlCompiler.Source> sources : List.of(rules, defaults)) {
      text.append(sources.size()).append('\n');
      for (DrlCompiler.Source s : sources) {
        text.append(s.name().length()).append(':').append(s.name());
        text.append(s.text().length()).append(':').append(s.text());
      }
    }
    return CompileCache.hash(text.toString());
  }
}
