package io.sharedcx.benchmarks;

import io.sharedcx.engine.Findings;
import io.sharedcx.engine.internal.JourneyFacts;
import io.sharedcx.engine.internal.RuleBase;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Term;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * What a team would write from the Drools manual: the same DRL compiled at run time, and a new,
 * unpooled stateless session per journey. The baseline the engine's throughput is measured against.
 */
public final class NaiveEmbedding {
  private final KieBase kieBase;
  private final List<Term> defaults;

  /** Compiles the pack's DRL, read from the class path, at run time. */
  public NaiveEmbedding() {
    KieServices ks = KieServices.get();
    ReleaseId releaseId = ks.newReleaseId("io.sharedcx.bench", "naive-" + UUID.randomUUID(), "1.0.0");
    KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
    packDrl().forEach((name, text) -> kfs.write("src/main/resources/" + name, text));
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      throw new IllegalStateException("the pack's DRL does not compile: " + errors);
    }
    this.kieBase = ks.newKieContainer(releaseId).getKieBase();
    this.defaults = RuleBase.defaultPack().defaults();
  }

  /** One journey, in a new stateless session. */
  public List<Violation> assess(Portfolio portfolio, Journey journey) {
    StatelessKieSession session = kieBase.newStatelessKieSession();
    Findings findings = new Findings(journey.id());
    session.setGlobal("findings", findings);
    session.execute(JourneyFacts.of(portfolio, journey, defaults));
    return findings.violations();
  }

  /** The DRL files of the default pack, by resource name, from the cx-rules jar or classes folder. */
  static Map<String, String> packDrl() {
    URL root = NaiveEmbedding.class.getClassLoader().getResource("io/sharedcx/rules");
    if (root == null) {
      throw new IllegalStateException("io/sharedcx/rules is not on the class path");
    }
    try {
      Path dir;
      if ("jar".equals(root.getProtocol())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(root.toURI(), Collections.emptyMap());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(root.toURI());
        }
        dir = fs.getPath("/io/sharedcx/rules");
      } else {
        dir = Path.of(root.toURI());
      }
      Map<String, String> drl = new TreeMap<>();
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".drl"))::iterator) {
          String name = "io/sharedcx/rules/" + dir.relativize(file).toString().replace('\\', '/');
          drl.put(name, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
      return drl;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
