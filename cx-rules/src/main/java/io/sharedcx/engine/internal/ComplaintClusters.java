package io.sharedcx.engine.internal;

import io.sharedcx.authoring.ComplaintCluster;
import io.sharedcx.model.Complaint;
import io.sharedcx.model.ComplaintReason;
import io.sharedcx.model.Journey;
import io.sharedcx.model.Portfolio;
import io.sharedcx.model.Product;
import io.sharedcx.model.ServiceAction;
import io.sharedcx.model.ServiceContact;
import io.sharedcx.model.Touchpoint;
import io.sharedcx.model.finding.Evidence;
import io.sharedcx.model.finding.Window;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups the complaints of a window by root cause, in one pass over the journeys: the outer-loop
 * signal that SERVICE-OUTER-LOOP's rules judge.
 */
public final class ComplaintClusters {
  /**
   * Root-cause codes the brand owns: the product itself, its label or description, its master content
   * and its packaging spec. Any other code (picking, carrier damage, stock...) is the partner's.
   */
  private static final Set<String> BRAND_ROOT_CAUSES =
      Set.of("PRODUCT", "QUALITY", "LABEL", "DESCRIPTION", "CONTENT", "PACKAGING");

  private final Window window;
  private final Map<String, List<Evidence>> clusters = new TreeMap<>();
  private final Map<String, String[]> clusterKeys = new HashMap<>();

  private ComplaintClusters(Window window) {
    this.window = window;
  }

  /** The complaint clusters of {@code portfolio} over {@code window}, largest first. */
  public static List<ComplaintCluster> of(Portfolio portfolio, Window window) {
    ComplaintClusters clusters = new ComplaintClusters(window);
    Map<String, String> brandOf = new HashMap<>();
    for (Product p : portfolio.products()) {
      brandOf.put(p.id(), p.brand());
    }
    for (Journey journey : portfolio.journeys()) {
      clusters.journey(journey, brandOf);
    }
    return clusters.clusters();
  }

  private List<ComplaintCluster> clusters() {
    List<ComplaintCluster> out = new ArrayList<>();
    clusters.forEach(
        (key, complaints) -> {
          String[] k = clusterKeys.get(key);
          out.add(new ComplaintCluster(k[0], k[1], k[2], complaints));
        });
    out.sort((a, b) -> Integer.compare(b.count(), a.count()));
    return out;
  }

  private void journey(Journey journey, Map<String, String> brandOf) {
    List<ServiceContact> contacts = new ArrayList<>();
    for (Touchpoint t : journey.touchpoints()) {
      if (t instanceof ServiceContact c) {
        contacts.add(c);
      }
    }
    for (Touchpoint t : journey.touchpoints()) {
      if (t instanceof Complaint c && window.contains(c.at())) {
        String rootCause = null;
        for (ServiceContact sc : contacts) {
          if (sc.complaint().equals(c.id())
              && sc.action() == ServiceAction.RESOLUTION
              && sc.rootCause() != null) {
            rootCause = sc.rootCause();
          }
        }
        cluster(c, rootCause, brandOf);
      }
    }
  }

  /**
   * Groups a complaint by its root cause: the resolution's root-cause code when the case was closed with
   * one, else the complaint's reason; about the same product; owned by the brand for product, label and
   * packaging causes, else by the party at fault. A known root cause decides the owner; the complaint's
   * reason decides only until one is recorded.
   */
  private void cluster(Complaint c, String rootCause, Map<String, String> brandOf) {
    String product = c.product();
    boolean brandCause =
        rootCause != null
            ? BRAND_ROOT_CAUSES.contains(rootCause.trim().toUpperCase(Locale.ROOT))
            : c.reason() == ComplaintReason.NOT_AS_DESCRIBED
                || c.reason() == ComplaintReason.PACKAGING;
    String owner =
        brandCause && product != null && brandOf.containsKey(product)
            ? brandOf.get(product)
            : c.about() != null ? c.about() : c.party();
    String cause = rootCause != null ? rootCause : c.reason().name();
    String key = owner + "\u0000" + cause + "\u0000" + product;
    clusterKeys.putIfAbsent(key, new String[] {owner, cause, product});
    clusters.computeIfAbsent(key, k -> new ArrayList<>()).add(Evidence.of(c.id(), "complaint"));
  }
}
