package io.sharedcx.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** Custom rules compiled alone against the prebuilt pack, and kept on disk by content hash. */
class CompileCacheTest {
  private static final ClassLoader LOADER = CompileCacheTest.class.getClassLoader();

  @TempDir Path dir;

  private final List<String> warnings = new ArrayList<>();

  private static List<DrlCompiler.Source> withThePack(DrlCompiler.Source custom) {
    List<DrlCompiler.Source> sources = new ArrayList<>();
    PackSources.drl(LOADER)
        .forEach((name, text) -> sources.add(new DrlCompiler.Source(name, text)));
    sources.add(custom);
    return sources;
  }

  private static DrlCompiler.Source gift() throws Exception {
    Path file = Path.of(LOADER.getResource("custom/good/gift-note.drl").toURI());
    return new DrlCompiler.Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  private DrlCompiler.Compilation check(DrlCompiler.Source custom, CompileCache cache) {
    return DrlCompiler.check(
        withThePack(custom),
        Set.of(custom.name()),
        RuleBase.defaultPack().standardPackages(),
        LOADER,
        null,
        RuleBase.prebuilt(),
        cache);
  }

  /**
   * Every rule of a base: package, name and metadata. Quotes are dropped: the pack compiled at run time
   * keeps quoted metadata values in quotes, the prebuilt pack (and so the pack joined to custom rules)
   * does not, and the engine reads both without them.
   */
  private static Set<String> rules(KieBase base) {
    Set<String> rules = new TreeSet<>();
    for (KiePackage pkg : base.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        rules.add(
            (pkg.getName() + " / " + rule.getName() + " " + rule.getMetaData()).replace("\"", ""));
      }
    }
    return rules;
  }

  private Path entry() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> entries = files.toList();
      assertThat(entries).hasSize(1);
      return entries.get(0);
    }
  }

  @Test
  void customRulesAlone_joinThePrebuiltPack_withTheSameRulesAsCompilingEverything()
      throws Exception {
    DrlCompiler.Source gift = gift();
    DrlCompiler.Compilation alone = check(gift, null);
    DrlCompiler.Compilation everything =
        DrlCompiler.check(
            withThePack(gift),
            Set.of(gift.name()),
            RuleBase.defaultPack().standardPackages(),
            LOADER);

    assertThat(alone.problems).isEmpty();
    assertThat(alone.builds).isEqualTo(1);
    assertThat(rules(alone.kieBase)).isEqualTo(rules(everything.kieBase));
    assertThat(rules(alone.kieBase))
        .containsAll(rules(RuleBase.defaultPack().kieBase()))
        .anyMatch(r -> r.startsWith("com.acme.cx / Gift parcel without a gift note"));
  }

  @Test
  void aSecondRun_isServedFromTheCache_withoutBuilding() throws Exception {
    CompileCache cache = new CompileCache(dir, warnings::add);
    DrlCompiler.Compilation miss = check(gift(), cache);
    DrlCompiler.Compilation hit = check(gift(), cache);

    assertThat(miss.fromCache).isFalse();
    assertThat(miss.builds).isEqualTo(1);
    assertThat(hit.fromCache).isTrue();
    assertThat(hit.builds).isZero();
    assertThat(hit.problems).isEmpty();
    assertThat(rules(hit.kieBase)).isEqualTo(rules(miss.kieBase));
    assertThat(entry().getFileName().toString()).startsWith("drl-").endsWith(".compiled");
    assertThat(warnings).isEmpty();
  }

  @Test
  void aCorruptEntry_isIgnoredWithOneWarning_andWrittenAgain() throws Exception {
    CompileCache cache = new CompileCache(dir, warnings::add);
    check(gift(), cache);
    Path entry = entry();
    byte[] bytes = Files.readAllBytes(entry);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(entry, bytes);

    DrlCompiler.Compilation rebuilt = check(gift(), cache);

    assertThat(rebuilt.fromCache).isFalse();
    assertThat(rebuilt.builds).isEqualTo(1);
    assertThat(rebuilt.kieBase).isNotNull();
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).contains(entry.toString(), "checksum mismatch");
    assertThat(check(gift(), cache).fromCache).isTrue();

    Files.write(entry, new byte[] {1, 2, 3});
    assertThat(check(gift(), cache).fromCache).isFalse();
    assertThat(warnings).hasSize(2);
    assertThat(check(gift(), cache).fromCache).isTrue();
    assertThat(warnings).hasSize(2);
  }

  @Test
  void anEditedRule_missesTheCache_andCompilesAgain() throws Exception {
    CompileCache cache = new CompileCache(dir, warnings::add);
    DrlCompiler.Source gift = gift();
    check(gift, cache);
    DrlCompiler.Source edited =
        new DrlCompiler.Source(
            gift.name(), gift.text().replace("@severity(LOW)", "@severity(HIGH)"));

    DrlCompiler.Compilation c = check(edited, cache);

    assertThat(c.fromCache).isFalse();
    assertThat(c.builds).isEqualTo(1);
    assertThat(rules(c.kieBase)).anyMatch(r -> r.contains("severity=HIGH"));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.count()).isEqualTo(2);
    }
  }

  @Test
  void theKey_changesWithEverySourceNameAndText_andWithThePack() {
    List<DrlCompiler.Source> a = List.of(new DrlCompiler.Source("a.drl", "rule x"));
    String key = CompileCache.key("pack-1", a);

    assertThat(CompileCache.key("pack-1", List.of(new DrlCompiler.Source("a.drl", "rule x"))))
        .isEqualTo(key);
    assertThat(CompileCache.key("pack-2", a)).isNotEqualTo(key);
    assertThat(CompileCache.key("pack-1", List.of(new DrlCompiler.Source("b.drl", "rule x"))))
        .isNotEqualTo(key);
    assertThat(CompileCache.key("pack-1", List.of(new DrlCompiler.Source("a.drl", "rule y"))))
        .isNotEqualTo(key);
    assertThat(CompileCache.Versions.DROOLS).isEqualTo("10.2.0");
  }

  @Test
  void anEntryOfAnotherKey_isIgnored() throws Exception {
    CompileCache cache = new CompileCache(dir, warnings::add);
    CompiledRules rules = new CompiledRules(Map.of("x.Y", new byte[] {1}), List.of("x.Y"));
    cache.write("k1", rules);
    Files.move(cache.entry("k1"), cache.entry("k2"));

    assertThat(cache.read("k2")).isNull();
    assertThat(warnings).singleElement().asString().contains("written for another key");
    assertThat(cache.read("k1")).isNull();
  }

  @Test
  void concurrentWriters_leaveOneWholeEntry_andNoTemporaryFiles() throws Exception {
    CompileCache cache = new CompileCache(dir, warnings::add);
    byte[] big = new byte[200_000];
    CompiledRules rules = new CompiledRules(Map.of("x.Y", big), List.of("x.Y"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        writes.add(pool.submit(() -> cache.write("k", rules)));
        writes.add(pool.submit(() -> cache.read("k")));
      }
      for (Future<?> f : writes) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(cache.read("k")).isNotNull();
    assertThat(warnings).isEmpty();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("drl-k.compiled");
    }
  }

  @Test
  void anUnwritableDirectory_warnsOnce_andTheRulesStillCompile() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
    CompileCache cache = new CompileCache(file, warnings::add);

    DrlCompiler.Compilation c = check(gift(), cache);

    assertThat(c.kieBase).isNotNull();
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("cannot write compiled rules")
        // The file system's reason, not the name of an exception.
        .contains("(a file of that name is in the way, not a directory)")
        .doesNotContain("Exception");
  }
}
