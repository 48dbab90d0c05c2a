package io.sharedcx.engine.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.drools.ancompiler.CompiledNetworkSources;
import org.drools.ancompiler.ObjectTypeNodeCompiler;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * Writes the Java source of the default pack's alpha networks, run once when cx-rules is built (see
 * {@link AlphaNetworks}): for its journey rules and for the whole pack, one class per fact type, and an
 * index of the fact types with the fingerprint of the network each class was made from; then it
 * compiles the sources into the classes with the JDK's compiler. A problem of the pack's rules is one
 * line on standard error and exit status 1, which fails the build.
 *
 * <pre>
 * AlphaNetworkSources SOURCE_DIR CLASS_DIR
 * </pre>
 */
final class AlphaNetworkSources {
  private AlphaNetworkSources() {}

  /**
   * Writes the sources under {@code args[0]} and the indexes under {@code args[1]}.
   *
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    try {
      generate(args);
    } catch (IllegalStateException e) {
      System.err.println(
          "cx-rules alpha networks: " + e.getMessage().replaceAll("\\s*\\R\\s*", " "));
      System.exit(1);
    }
  }

  private static void generate(String[] args) throws IOException {
    String packagePath = AlphaNetworks.PACKAGE.replace('.', '/');
    Path sources = Path.of(args[0]).resolve(packagePath);
    Path classes = Path.of(args[1]);
    Files.createDirectories(sources);
    List<Path> written =
        new ArrayList<>(write(RuleBase.JOURNEY, RuleBase.journeyKieBase(), sources, classes));
    written.addAll(write(RuleBase.WHOLE, RuleBase.wholeKieBase(), sources, classes));
    // Compiled apart, then copied in: javac given an output directory that holds a module
    // descriptor compiles into that module, whose dependencies are on this class path.
    Path compiled = Path.of(args[0]).resolveSibling("alpha-networks-classes");
    List<String> javac =
        new ArrayList<>(List.of("--release", "17", "-proc:none", "-nowarn", "-XDsuppressNotes"));
    javac.addAll(List.of("-classpath", System.getProperty("java.class.path")));
    javac.addAll(List.of("-d", compiled.toString()));
    written.forEach(file -> javac.add(file.toString()));
    int exit =
        ToolProvider.getSystemJavaCompiler().run(null, null, null, javac.toArray(String[]::new));
    if (exit != 0) {
      throw new IllegalStateException("javac could not compile the alpha networks in " + sources);
    }
    try (Stream<Path> files = Files.list(compiled.resolve(packagePath))) {
      for (Path file : files.toList()) {
        Files.copy(
            file,
            classes.resolve(packagePath).resolve(file.getFileName().toString()),
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Writes the sources and index of one variant; returns the source files written. */
  private static List<Path> write(String variant, KieBase kieBase, Path sources, Path classes)
      throws IOException {
    List<Path> written = new ArrayList<>();
    Map<String, String> index = new TreeMap<>();
    for (ObjectTypeNode node : AlphaNetworks.objectTypeNodes(kieBase)) {
      AlphaNetworks.Walk walk = AlphaNetworks.walk(node);
      if (walk.rangeIndexed()) {
        continue; // its class would need the range indexes at run time: left to Drools' own walk
      }
      checkOneLine(node.getObjectSinkPropagator().getSinks());
      CompiledNetworkSources network = new ObjectTypeNodeCompiler(node).generateSource();
      String generatedName = network.getName().substring(network.getName().lastIndexOf('.') + 1);
      String type = AlphaNetworks.typeName(node);
      String simpleName = AlphaNetworks.simpleName(variant, type);
      String source =
          network
              .getSource()
              .replace(
                  "package " + ObjectTypeNodeCompiler.PACKAGE_NAME + ";",
                  "package "
                      + AlphaNetworks.PACKAGE
                      + ";\n// Generated when cx-rules is built, by AlphaNetworkSources.")
              .replace(generatedName, simpleName);
      written.add(
          Files.writeString(sources.resolve(simpleName + ".java"), source, StandardCharsets.UTF_8));
      index.put(type, walk.fingerprint());
    }
    Path indexFile = classes.resolve(String.format(AlphaNetworks.INDEX, variant));
    Files.createDirectories(indexFile.getParent());
    try (Writer out = Files.newBufferedWriter(indexFile, StandardCharsets.UTF_8)) {
      out.write("# The default pack's alpha networks compiled for '" + variant + "':");
      out.write(" fact type = fingerprint of the network its class was made from\n");
      for (Map.Entry<String, String> entry : index.entrySet()) {
        out.write(entry.getKey() + "=" + entry.getValue() + "\n");
      }
    }
    return written;
  }

  /**
   * The compiler copies each condition's text into a one-line comment of the class, so a condition
   * written over several lines breaks the class: this names its rules, before javac fails in its own
   * words.
   */
  static void checkOneLine(ObjectSink[] sinks) {
    for (ObjectSink sink : sinks) {
      if (sink instanceof AlphaNode alpha) {
        String text = String.valueOf(alpha.getConstraint());
        if (text.contains("\n") || text.contains("\r")) {
          throw new IllegalStateException(
              "a condition of "
                  + Arrays.stream(alpha.getAssociatedRules()).map(Rule::getName).toList()
                  + " is written over several lines: "
                  + text
                  + ". Write it on one line: Drools' alpha network compiler copies it into a"
                  + " one-line comment of the class it generates for the default pack.");
        }
        checkOneLine(alpha.getObjectSinkPropagator().getSinks());
      }
    }
  }
}
