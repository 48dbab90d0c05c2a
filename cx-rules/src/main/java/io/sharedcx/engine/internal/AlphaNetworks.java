package io.sharedcx.engine.internal;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.drools.ancompiler.CompiledNetwork;
import org.drools.ancompiler.CompiledNetworkSources;
import org.drools.ancompiler.NetworkHandlerAdaptor;
import org.drools.ancompiler.ObjectTypeNodeParser;
import org.drools.base.InitialFact;
import org.drools.base.base.ClassObjectType;
import org.drools.base.rule.IndexableConstraint;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.LeftInputAdapterNode;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.core.reteoo.WindowNode;
import org.drools.core.util.index.AlphaRangeIndex;
import org.drools.modelcompiler.constraints.LambdaConstraint;
import org.kie.api.KieBase;

/**
 * The default pack's alpha networks, compiled to Java when cx-rules is built, installed into the
 * KieBases that assess many journeys: the pack's journey rules, and the whole pack.
 *
 * <p>Drools tests each fact against the single-fact conditions of every rule (the alpha network) by
 * walking a graph of condition nodes. Drools' alpha network compiler turns each fact type's graph into
 * one class of plain {@code if} and {@code switch} statements, which measured 5 % less CPU per journey.
 * Compiling it when an engine starts takes seconds (it generates and compiles Java source), so the
 * build does it once ({@link AlphaNetworkSources}) for two variants: the default pack's journey rules
 * ({@link RuleBase#journeyRules()}, {@link RuleBase#JOURNEY}), and the whole pack with its window case
 * rules ({@link RuleBase#WHOLE}), on which journeys assessed with their window cases run (an assessor
 * given a consumer of window cases, the Flink job). A small first assessment runs on neither: while the
 * whole pack is not built, it gets a KieBase of the rules its portfolio reaches ({@link
 * RuleBase#reaching}), which keeps Drools' walk, so the classes cost start-up nothing. A compiled class
 * refers to the network's nodes by id, so it is only installed on a network whose shape it was made
 * from: the build records a fingerprint of each type's network (its nodes, their ids and their
 * conditions), and a network whose fingerprint differs keeps Drools' own walk, which finds the same
 * matches. KieBases with custom rules or limited to some standards are not offered the classes.
 */
final class AlphaNetworks {
  private AlphaNetworks() {}

  /**
   * Where the build lists a variant's compiled networks: each fact type with the fingerprint of the
   * network its class was made from.
   */
  static final String INDEX = "io/sharedcx/engine/internal/alpha-networks-%s.properties";

  /** The package of the compiled networks' classes: this one, inside the module. */
  static final String PACKAGE = AlphaNetworks.class.getPackageName();

  /** The simple name of the class compiled for {@code type}'s network in {@code variant}. */
  static String simpleName(String variant, String type) {
    return "AlphaNetwork_" + variant + "_" + type.replace('.', '_').replace('$', '_');
  }

  /**
   * Installs the compiled networks of {@code variant} into {@code kieBase}, for each fact type whose
   * network is still the one they were compiled from.
   *
   * @return how many fact types got their compiled network
   */
  static int install(KieBase kieBase, String variant) {
    Properties index = index(variant);
    if (index.isEmpty()) {
      return 0;
    }
    ClassLoader loader = AlphaNetworks.class.getClassLoader();
    int installed = 0;
    for (ObjectTypeNode node : objectTypeNodes(kieBase)) {
      String type = typeName(node);
      String fingerprint = index.getProperty(type);
      if (fingerprint == null) {
        continue;
      }
      Walk walk = walk(node);
      if (!walk.fingerprint().equals(fingerprint)) {
        continue;
      }
      Class<?> compiled;
      try {
        compiled = loader.loadClass(PACKAGE + "." + simpleName(variant, type));
      } catch (ClassNotFoundException e) {
        continue;
      }
      new CompiledNetworkSources(
              null, walk.indexed(), compiled.getName(), null, node, Map.of(), null)
          .createInstanceAndSet(compiled);
      installed++;
    }
    return installed;
  }

  /** The variant's index of compiled networks; empty when the build made none. */
  private static Properties index(String variant) {
    Properties index = new Properties();
    String resource = String.format(INDEX, variant);
    try (InputStream in = AlphaNetworks.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        index.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return index;
  }

  /** The object-type nodes of {@code kieBase} that an alpha network can be compiled for. */
  static List<ObjectTypeNode> objectTypeNodes(KieBase kieBase) {
    return factTypeNodes(kieBase).stream()
        .filter(node -> !(node.getObjectSinkPropagator() instanceof CompiledNetwork))
        .toList();
  }

  /** The object-type nodes of {@code kieBase} for classes of facts, compiled or not. */
  static List<ObjectTypeNode> factTypeNodes(KieBase kieBase) {
    List<ObjectTypeNode> nodes = new ArrayList<>();
    for (var entryPoint : ((InternalRuleBase) kieBase).getRete().getEntryPointNodes().values()) {
      for (ObjectTypeNode node : entryPoint.getObjectTypeNodes().values()) {
        if (!node.getObjectType().isAssignableTo(InitialFact.class)
            && node.getObjectType() instanceof ClassObjectType) {
          nodes.add(node);
        }
      }
    }
    return nodes;
  }

  /** The fact type a node matches, as the index names it. */
  static String typeName(ObjectTypeNode node) {
    return ((ClassObjectType) node.getObjectType()).getClassName();
  }

  /** A node's network as walked: its fingerprint and the constraint its hashed alpha nodes share. */
  record Walk(String fingerprint, IndexableConstraint indexed, boolean rangeIndexed) {}

  /**
   * Walks a node's alpha network as the compiler does, and fingerprints it: every node's kind and id,
   * every condition's id (the executable model's hash of its expression) and every hashed value.
   */
  static Walk walk(ObjectTypeNode node) {
    ObjectTypeNodeParser parser = new ObjectTypeNodeParser(node);
    Fingerprint fingerprint = new Fingerprint();
    parser.accept(fingerprint);
    if (parser.getIndexableConstraints().size() > 1) {
      // As the compiler does: with more than one hashed field, it walks every alpha node in turn.
      parser = new ObjectTypeNodeParser(node);
      parser.setTraverseHashedAlphaNodes(false);
      fingerprint = new Fingerprint();
      fingerprint.add("unhashed");
      parser.accept(fingerprint);
    }
    IndexableConstraint indexed = parser.getIndexableConstraint();
    return new Walk(fingerprint.hash(), indexed, fingerprint.rangeIndexed);
  }

  /** Collects what a walk meets into a hash. */
  private static final class Fingerprint extends NetworkHandlerAdaptor {
    private final StringBuilder walked = new StringBuilder(1024);
    private boolean rangeIndexed;

    void add(String text) {
      walked.append(text).append('\n');
    }

    String hash() {
      return Hashing.murmur3_128().hashString(walked, StandardCharsets.UTF_8).toString();
    }

    private void alpha(String event, AlphaNode node) {
      add(event + " " + node.getId() + " " + conditionId(node.getConstraint()));
    }

    /** A condition's id in the executable model, or its class for one of another kind. */
    private static String conditionId(Object constraint) {
      return constraint instanceof LambdaConstraint lambda
          ? lambda.getEvaluator().getId()
          : constraint.getClass().getName();
    }

    @Override
    public void startObjectTypeNode(ObjectTypeNode node) {
      add("otn " + node.getId() + " " + typeName(node));
    }

    @Override
    public void startNonHashedAlphaNode(AlphaNode node) {
      alpha("alpha", node);
    }

    @Override
    public void endNonHashedAlphaNode(AlphaNode node) {
      add("end alpha " + node.getId());
    }

    @Override
    public void startBetaNode(BetaNode node) {
      add("beta " + node.getId() + " " + node.getClass().getSimpleName());
    }

    @Override
    public void startWindowNode(WindowNode node) {
      add("window " + node.getId());
    }

    @Override
    public void startLeftInputAdapterNode(LeftInputAdapterNode node) {
      add("lia " + node.getId());
    }

    @Override
    public void startHashedAlphaNodes(IndexableConstraint constraint) {
      add("hashed " + conditionId(constraint));
    }

    @Override
    public void endHashedAlphaNodes(IndexableConstraint constraint) {
      add("end hashed");
    }

    @Override
    public void startHashedAlphaNode(AlphaNode node, Object value) {
      alpha("hashed alpha " + value, node);
    }

    @Override
    public void nullCaseAlphaNodeStart(AlphaNode node) {
      alpha("null case", node);
    }

    @Override
    public void startRangeIndex(AlphaRangeIndex index) {
      rangeIndexed = true;
      add("range index");
    }

    @Override
    public void startRangeIndexedAlphaNode(AlphaNode node) {
      alpha("range alpha", node);
    }
  }
}
