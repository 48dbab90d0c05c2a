package io.sharedcx.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.drools.model.DSL;
import org.drools.model.Model;
import org.drools.model.PatternDSL;
import org.drools.model.Rule;
import org.drools.model.impl.ModelImpl;
import org.junit.jupiter.api.Test;

class PackRulesTest {
  private static final ClassLoader LOADER = RuleBase.class.getClassLoader();

  @Test
  void theDefaultPack_readsItsRulesFromTheIndexWrittenAtBuildTime_asTheModelsDeclareThem() {
    PackRules indexed =
        PackRules.load(
            LOADER,
            RuleBase.modelIndex(),
            () -> {
              throw new AssertionError("the index was not read");
            });
    PackRules fromModels = PackRules.of(RuleBase.prebuiltModels(), LOADER);

    assertThat(indexed.fromIndex()).isTrue();
    assertThat(fromModels.fromIndex()).isFalse();
    assertThat(indexed.declared()).hasSizeGreaterThan(100);
    assertThat(indexed.declared()).isEqualTo(fromModels.declared());
    assertThat(indexed.needs()).isEqualTo(fromModels.needs());
    // What the engine loads: without the index every rule would be made with its package.
    assertThat(RuleBase.loadDefaultPack().rulesFromIndex()).isTrue();
    assertThat(RuleBase.defaultPack().rulesFromIndex()).isTrue();
  }

  @Test
  void modelsOfSomeRules_holdThoseRules_inTheModelsOrder_madeFromTheIndex() {
    PackRules indexed = PackRules.load(LOADER, RuleBase.modelIndex(), List::of);
    Set<String> standards = Set.of("SHIP-ON-TIME-DISPATCH", "PROMISE-MAP");

    List<Model> made = indexed.models(rule -> RuleBase.runs(rule.declared().metadata(), standards));

    List<String> expected = new ArrayList<>();
    for (Model model : RuleBase.prebuiltModels()) {
      for (Rule rule : model.getRules()) {
        if (RuleBase.runs(rule.getMetaData(), standards)) {
          expected.add(rule.getPackage() + "/" + rule.getName());
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (Model model : made) {
      assertThat(model.getGlobals()).extracting(g -> g.getName()).containsExactly("findings");
      model.getRules().forEach(rule -> names.add(rule.getPackage() + "/" + rule.getName()));
    }
    assertThat(names).hasSizeGreaterThan(10).isEqualTo(expected);
  }

  @Test
  void anIndexWrittenForOtherModels_isNotRead_andTheRulesComeFromTheModels() throws IOException {
    String written = index();

    assertThat(PackRules.read(bytes(written), "other models", LOADER)).isNull();
    PackRules loaded = PackRules.load(LOADER, "other models", RuleBase::prebuiltModels);
    assertThat(loaded.fromIndex()).isFalse();
    assertThat(loaded.declared())
        .isEqualTo(PackRules.of(RuleBase.prebuiltModels(), LOADER).declared());
    // The first KieBase is built of the models already made; a later one makes them again.
    assertThat(loaded.models(rule -> true)).hasSameSizeAs(loaded.models(rule -> true));
  }

  @Test
  void theIndexRoundTrips_everyRuleWithItsMetadataAndNeeds() throws IOException {
    PackRules read = PackRules.read(bytes(index()), RuleBase.modelIndex(), LOADER);

    assertThat(read).isNotNull();
    assertThat(read.declared())
        .isEqualTo(PackRules.of(RuleBase.prebuiltModels(), LOADER).declared());
  }

  @Test
  void aRuleTheIndexSaysAnotherMethodMakes_failsWhenMade_sayingToRebuild() throws IOException {
    // Two rules of one package swapped: each method makes the other's rule.
    String written = index();
    String first = methodOf(written, 0);
    String second = methodOf(written, 1);
    String swapped =
        written.replace(first, "@FIRST@").replace(second, first).replace("@FIRST@", second);
    PackRules read = PackRules.read(bytes(swapped), RuleBase.modelIndex(), LOADER);

    assertThat(read).isNotNull();
    assertThatThrownBy(() -> read.models(rule -> true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(PackRules.INDEX)
        .hasMessageContaining("does not fit")
        .hasMessageContaining("rebuild it");
  }

  @Test
  void aModelTheIndexMarksWhole_isMadeWhole_itsRulesTakenFromIt() throws IOException {
    // A DRL package with queries, entry points or declared types is kept whole: the index marks it.
    String written = index().replaceFirst("\"whole\" : false", "\"whole\" : true");
    PackRules read = PackRules.read(bytes(written), RuleBase.modelIndex(), LOADER);

    assertThat(read).isNotNull();
    List<String> names = new ArrayList<>();
    for (Model model : read.models(rule -> true)) {
      model.getRules().forEach(rule -> names.add(rule.getPackage() + "/" + rule.getName()));
    }
    List<String> expected = new ArrayList<>();
    for (Model model : RuleBase.prebuiltModels()) {
      model.getRules().forEach(rule -> expected.add(rule.getPackage() + "/" + rule.getName()));
    }
    assertThat(names).isEqualTo(expected);
  }

  @Test
  void aBrokenIndex_isAClearError_namingTheIndexAndWhere() throws IOException {
    String broken = "{\"modelIndex\": " + quoted(RuleBase.modelIndex()) + ", \"models\": 7}";

    assertThatThrownBy(() -> PackRules.read(bytes(broken), RuleBase.modelIndex(), LOADER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(PackRules.INDEX)
        .hasMessageContaining("an array of models");
    String badNeeds = "\"needs\" : [ 7 ]";
    assertThatThrownBy(
            () ->
                PackRules.read(
                    bytes(index().replaceFirst("\"needs\" : \\[[^\\]]*\\]", badNeeds)),
                    RuleBase.modelIndex(),
                    LOADER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("expected a string");
  }

  @Test
  void metadataThatIsNotText_failsTheBuild_namingTheRule() {
    Rule weighted =
        PatternDSL.rule("io.sharedcx.rules.test", "Weighted")
            .metadata("standard", "TEST")
            .metadata("weight", 3)
            .build(DSL.execute(() -> {}));

    assertThatThrownBy(
            () ->
                PackRules.write(
                    "index", List.of(new ModelImpl().addRule(weighted)), new StringWriter()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Weighted")
        .hasMessageContaining("@weight")
        .hasMessageContaining("java.lang.Integer");
  }

  private static String index() throws IOException {
    StringWriter out = new StringWriter();
    PackRules.write(RuleBase.modelIndex(), RuleBase.prebuiltModels(), out);
    return out.toString();
  }

  /** The {@code n}th "method" value of the first model of {@code index}. */
  private static String methodOf(String index, int n) {
    int at = -1;
    for (int i = 0; i <= n; i++) {
      at = index.indexOf("\"method\"", at + 1);
    }
    int start = index.indexOf('"', index.indexOf(':', at)) + 1;
    return index.substring(start, index.indexOf('"', start));
  }

  private static String quoted(String text) {
    return "\""
        + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\"", "\\\"")
        + "\"";
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
