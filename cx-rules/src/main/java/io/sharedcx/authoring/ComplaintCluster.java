package io.sharedcx.authoring;

import io.sharedcx.model.finding.Evidence;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Complaints in a window that share a root cause (the same reason, about the same product, owned by the
 * same party): the outer-loop signal. Rules match it as a fact.
 *
 * @param owner who must fix the cause: the brand for product, label or packaging causes, else the
 *     partner at fault
 * @param reason the shared root cause: the resolution's root-cause code when known, else the complaint reason
 * @param product the product, if the complaints name one
 * @param complaints the complaints, as evidence
 */
public record ComplaintCluster(
    String owner, String reason, @Nullable String product, List<Evidence> complaints) {

  /**
   * Copies the list so the record stays immutable.
   *
   * @param owner who must fix the cause
   * @param reason the shared root cause
   * @param product the product, if the complaints name one
   * @param complaints the complaints, as evidence
   */
  public ComplaintCluster {
    complaints = List.copyOf(complaints);
  }

  /** {@return how many complaints share the cause} */
  public int count() {
    return complaints.size();
  }
}
