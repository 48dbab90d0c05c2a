package io.sharedcx.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.drools.ancompiler.CompiledNetwork;
import org.drools.core.reteoo.ObjectTypeNode;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

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
    // The whole pack's KieBase, on the start-up path, keeps Drools' walk.
    assertThat(AlphaNetworks.factTypeNodes(pack.kieBase()))
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
}
