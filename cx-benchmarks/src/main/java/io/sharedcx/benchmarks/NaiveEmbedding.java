package io.sharedcx.benchmarks;

import io.sharedcx.authoring.Threshold;
import io.sharedcx.engine.CxEngine;
import io.sharedcx.engine.StandardInfo;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Partnership;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Term;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.StatelessKieSession;

/**
 * What a team would write from the Drools manual: the same DRL compiled at run time, every fact of a
 * journey inserted unfiltered, and a new, unpooled stateless session per journey. The baseline the
 * engine's throughput is measured against. It uses only public API: Drools' KIE API, the rule
 * authors' {@link io.sharedcx.authoring.Findings} contract (implemented by {@link PlainFindings}) and
 * the pack's default thresholds as {@link CxEngine#standards()} lists them.
 */
public final class NaiveEmbedding {
  private static final String PACK_ROOT = "io/sharedcx/rules";

  private final KieBase kieBase;
  private final List<Term> defaults;

  /** Compiles the pack's DRL, read from the class path, at run time. */
  public NaiveEmbedding() {
    KieServices ks = KieServices.get();
    ReleaseId releaseId =
        ks.newReleaseId("io.sharedcx.bench", "naive-" + UUID.randomUUID(), "1.0.0");
    KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
    packDrl().forEach((name, text) -> kfs.write("src/main/resources/" + name, text));
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new IllegalStateException("the pack's DRL does not compile: " + errors);
    }
    this.kieBase = ks.newKieContainer(releaseId).getKieBase();
    this.defaults =
        CxEngine.builder().build().standards().values().stream()
            .map(StandardInfo::defaults)
            .flatMap(List::stream)
            .toList();
  }

  /** One journey, in a new stateless session. */
  public List<Violation> assess(Portfolio portfolio, Journey journey) {
    StatelessKieSession session = kieBase.newStatelessKieSession();
    PlainFindings findings = new PlainFindings(journey.id(), journey.observedUntil());
    session.setGlobal("findings", findings);
    session.execute(facts(portfolio, journey));
    return findings.violations();
  }

  /**
   * Every fact of a journey, the products it names and the thresholds of every party it names included,
   * unfiltered.
   */
  private List<Object> facts(Portfolio portfolio, Journey journey) {
    List<Object> facts = new ArrayList<>();
    facts.add(journey);
    facts.addAll(journey.touchpoints());
    Set<String> parties = new TreeSet<>();
    Set<String> products = new TreeSet<>();
    for (Touchpoint t : journey.touchpoints()) {
      parties.add(t.party());
      parties.addAll(t.partyReferences().values());
      products.addAll(t.productReferences());
    }
    for (String id : products) {
      var product = portfolio.productsById().get(id);
      if (product != null) {
        facts.add(product);
      }
    }
    for (String party : parties) {
      List<Partnership> partnerships = new ArrayList<>(portfolio.partnershipsOf(party));
      partnerships.sort(Comparator.comparing(Partnership::id));
      for (Term fallback : defaults) {
        facts.add(threshold(partnerships, party, fallback));
      }
    }
    return facts;
  }

  /** The term agreed in the party's partnerships (the smallest partnership id first), else the default. */
  private static Threshold threshold(List<Partnership> partnerships, String party, Term fallback) {
    Term term = fallback;
    for (Partnership partnership : partnerships) {
      Optional<Term> agreed = partnership.agreement().term(fallback.standard(), fallback.key());
      if (agreed.isPresent()) {
        term = agreed.get();
        break;
      }
    }
    return new Threshold(
        term.standard(), term.key(), party, term.asDouble(), term.unit(), term.provenance());
  }

  /** The DRL files of the default pack, by resource name. */
  static Map<String, String> packDrl() {
    Map<String, String> drl = new TreeMap<>();
    try {
      for (URL root :
          Collections.list(NaiveEmbedding.class.getClassLoader().getResources(PACK_ROOT))) {
        read(root, drl);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (drl.isEmpty()) {
      throw new IllegalStateException(
          "no " + PACK_ROOT + "/**.drl on the class path. Maybe add cx-rules as a dependency.");
    }
    return drl;
  }

  private static void read(URL root, Map<String, String> drl) throws IOException {
    Path dir;
    try {
      if ("jar".equals(root.getProtocol())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(root.toURI(), Collections.emptyMap());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(root.toURI());
        }
        dir = fs.getPath("/" + PACK_ROOT);
      } else {
        dir = Path.of(root.toURI());
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".drl"))::iterator) {
        String name = PACK_ROOT + "/" + dir.relativize(file).toString().replace('\\', '/');
        drl.putIfAbsent(name, Files.readString(file, StandardCharsets.UTF_8));
      }
    }
  }
}
