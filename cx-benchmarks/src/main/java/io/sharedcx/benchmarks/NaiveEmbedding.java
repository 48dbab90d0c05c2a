package io.sharedcx.benchmarks;

import io.sharedcx.authoring.Findings;
import io.sharedcx.engine.internal.JourneyFacts;
import io.sharedcx.engine.internal.PackSources;
import io.sharedcx.engine.internal.RuleBase;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Term;
import io.sharedcx.model.finding.Violation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    io.sharedcx.engine.internal.RecordedFindings findings = new io.sharedcx.engine.internal.RecordedFindings(journey.id());
    session.setGlobal("findings", findings);
    session.execute(JourneyFacts.of(portfolio, journey, defaults));
    return findings.violations();
  }

  /** The DRL files of the default pack, by resource name. */
  static Map<String, String> packDrl() {
    return PackSources.drl(NaiveEmbedding.class.getClassLoader());
  }
}
