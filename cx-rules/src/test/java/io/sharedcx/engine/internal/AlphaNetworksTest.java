package io.sharedcx.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.drools.ancompiler.CompiledNetwork;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;

class AlphaNetworksTest {

  @Test
  void theDefaultPacksJourneyRules_runTheAlphaNetworksCompiledAtBuildTime_forEveryFactType() {
    RuleBase pack = RuleBase.loadDefaultPack();

    List<ObjectTypeNode> nodes = AlphaNetworks.factTypeNodes(pack.journeyRules().kieBase());
    assertThat(nodes).hasSizeGreaterThan(15);
    assertThat(nodes)
        .allSatisfy(
            node ->
                assertThat(node.getObjectSinkPropagator())
                    .as("%s", AlphaNetworks.typeName(node))
                    .isInstanceOf(CompiledNetwork.class));
  }

  @Test
  void theWholePack_windowCaseRulesIncluded_runsItsOwnCompiledNetworks_forEveryFactType() {
    // What journeys assessed with their window cases run on (an assessor given a consumer of window
    // cases, the Flink job): its networks hold the case rules' conditions too, so they are compiled
    // apart from the journey rules'.
    List<ObjectTypeNode> nodes = AlphaNetworks.factTypeNodes(RuleBase.loadDefaultPack().kieBase());

    assertThat(nodes).hasSizeGreaterThan(20);
    assertThat(nodes)
        .allSatisfy(
            node ->
                assertThat(node.getObjectSinkPropagator())
                    .as("%s", AlphaNetworks.typeName(node))
                    .isInstanceOf(CompiledNetwork.class));
  }

  @Test
  void aNetworkOfAnotherShape_keepsDroolsOwnWalk_forTheFactTypesWhoseNetworkChanged() {
    // An engine limited to two standards: the order's and the parcel's networks lose most of their
    // conditions, so the classes compiled for the whole pack's journey rules no longer fit them.
    KieBase limited =
        RuleBase.loadDefaultPack()
            .restrictedTo(Set.of("SHIP-ON-TIME-DISPATCH", "SHIP-VALID-TRACKING"))
            .kieBase();

    int installed = AlphaNetworks.install(limited, RuleBase.JOURNEY);

    assertThat(installed).isLessThan(AlphaNetworks.factTypeNodes(limited).size());
    assertThat(AlphaNetworks.factTypeNodes(limited))
        .filteredOn(node -> AlphaNetworks.typeName(node).equals("io.sharedcx.model.Order"))
        .singleElement()
        .satisfies(
            node ->
                assertThat(node.getObjectSinkPropagator()).isNotInstanceOf(CompiledNetwork.class));
  }

  @Test
  void theFingerprint_isTheSameForTheSameRules_andChangesWithThem() {
    KieBase one = RuleBase.journeyKieBase();
    KieBase again = RuleBase.journeyKieBase();
    // Not the default pack's own KieBase: its networks are compiled, and a compiled network is no
    // longer walked.
    KieBase whole = RuleBase.wholeKieBase();

    assertThat(fingerprints(one)).hasSizeGreaterThan(15);
    assertThat(fingerprints(again)).isEqualTo(fingerprints(one));
    assertThat(fingerprints(whole)).hasSizeGreaterThan(15).isNotEqualTo(fingerprints(one));
  }

  @Test
  void aConditionWrittenOverSeveralLines_failsTheBuild_namingItsRule() {
    String drl =
        """
        package io.sharedcx.rules.test;
        import io.sharedcx.model.Shipment;
        import io.sharedcx.model.ContentIssue;
        rule "Wrong or missing item"
        when
            Shipment( contentIssue == ContentIssue.WRONG_ITEM
                      || contentIssue == ContentIssue.MISSING_ITEM )
        then
        end
        """;
    KieServices services = KieServices.get();
    ReleaseId id =
        services.newReleaseId("io.sharedcx.test", "one-line", UUID.randomUUID().toString());
    KieFileSystem files =
        services
            .newKieFileSystem()
            .generateAndWritePomXML(id)
            .write("src/main/resources/test.drl", drl);
    services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    KieBase kieBase = services.newKieContainer(id).getKieBase();
    services.getRepository().removeKieModule(id);

    assertThatThrownBy(
            () ->
                AlphaNetworks.objectTypeNodes(kieBase)
                    .forEach(
                        node ->
                            AlphaNetworkSources.checkOneLine(
                                node.getObjectSinkPropagator().getSinks())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a condition of [Wrong or missing item]")
        .hasMessageContaining("Write it on one line");
  }

  private static List<String> fingerprints(KieBase kieBase) {
    List<String> fingerprints = new ArrayList<>();
    for (ObjectTypeNode node : AlphaNetworks.objectTypeNodes(kieBase)) {
      fingerprints.add(AlphaNetworks.typeName(node) + " " + AlphaNetworks.walk(node).fingerprint());
    }
    fingerprints.sort(null);
    return fingerprints;
  }
}
