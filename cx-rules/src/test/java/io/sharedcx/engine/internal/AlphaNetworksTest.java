package io.sharedcx.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.drools.ancompiler.CompiledNetwork;
import org.drools.base.InitialFact;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

class AlphaNetworksTest {

  @Test
  void theDefaultPacksJourneyRules_runTheAlphaNetworksCompiledAtBuildTime_forEveryFactType() {
    RuleBase pack = RuleBase.loadDefaultPack();

    List<ObjectTypeNode> nodes = factTypeNodes(pack.journeyRules().kieBase());
    assertThat(nodes).hasSizeGreaterThan(15);
    assertThat(nodes)
        .allSatisfy(
            node ->
                assertThat(node.getObjectSinkPropagator())
                    .as("%s", AlphaNetworks.typeName(node))
                    .isInstanceOf(CompiledNetwork.class));
    // The whole pack's KieBase, on the start-up path, keeps Drools' walk.
    assertThat(factTypeNodes(pack.kieBase()))
        .allSatisfy(
            node ->
                assertThat(node.getObjectSinkPropagator()).isNotInstanceOf(CompiledNetwork.class));
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

    assertThat(installed).isLessThan(factTypeNodes(limited).size());
    assertThat(factTypeNodes(limited))
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
    KieBase whole = RuleBase.packKieBase();

    assertThat(fingerprints(again)).isEqualTo(fingerprints(one));
    assertThat(fingerprints(whole)).isNotEqualTo(fingerprints(one));
  }

  private static List<String> fingerprints(KieBase kieBase) {
    List<String> fingerprints = new ArrayList<>();
    for (ObjectTypeNode node : AlphaNetworks.objectTypeNodes(kieBase)) {
      fingerprints.add(AlphaNetworks.typeName(node) + " " + AlphaNetworks.walk(node).fingerprint());
    }
    fingerprints.sort(null);
    return fingerprints;
  }

  /** Every object-type node of a fact class, compiled or not. */
  private static List<ObjectTypeNode> factTypeNodes(KieBase kieBase) {
    List<ObjectTypeNode> nodes = new ArrayList<>();
    ((InternalRuleBase) kieBase)
        .getRete()
        .getEntryPointNodes()
        .values()
        .forEach(
            entryPoint ->
                entryPoint.getObjectTypeNodes().values().stream()
                    .filter(node -> !node.getObjectType().isAssignableTo(InitialFact.class))
                    .forEach(nodes::add));
    return nodes;
  }
}
