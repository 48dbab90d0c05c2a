package io.sharedcx.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A complaint the customer made to a party (the touchpoint's party is the receiver), possibly about
 * another party's failure. */
@Value.Immutable
@JsonTypeName("complaint")
@JsonSerialize(as = ImmutableComplaint.class)
@JsonDeserialize(as = ImmutableComplaint.class)
public abstract class Complaint extends Touchpoint {
  Complaint() {} // only the generated implementation extends it

  /** {@return the order complained about, if any} */
  public abstract @Nullable String order();

  /** {@return the shipment complained about, if any} */
  public abstract @Nullable String shipment();

  /** {@return the product complained about, if any} */
  public abstract @Nullable String product();

  /**
   * {@return whether the complaint came through a regulator or consumer body (stricter response
   * times)}
   */
  @Value.Default
  public boolean viaRegulator() {
    return false;
  }

  /** {@return the party at fault (or suspected), if known} */
  public abstract @Nullable String about();

  /**
   * {@return the service case it is recorded under, if any}: every party that works on the complaint
   * shares the case id, so complaints with the same case id are one linked case and the customer need
   * not repeat themselves.
   */
  public abstract @Nullable String caseId();

  /**
   * {@return references to the photos the customer sent with the complaint (a URL or a document id
   * in the receiver's system), in the order sent}: a violation that cites the complaint carries them
   * as evidence of kind {@code photo}.
   */
  public abstract List<String> photos();

  /** {@return what the complaint is about} */
  public abstract ComplaintReason reason();

  /** {@return how the receiver left the complaint} */
  @Value.Default
  public Disposition disposition() {
    return Disposition.OPEN;
  }

  /** {@return whether the receiver is not the party at fault, so the complaint must be relayed} */
  public boolean isAboutAnotherParty() {
    return about() != null && !about().equals(party());
  }

  @Override
  public final TouchpointKind kind() {
    return TouchpointKind.COMPLAINT;
  }

  @Override
  public final Map<String, String> touchpointReferences() {
    return Checks.refs("order", order(), "shipment", shipment());
  }

  @Override
  @Value.Lazy
  public Map<String, String> partyReferences() {
    return Checks.refs("about", about());
  }

  @Override
  @Value.Lazy
  public Set<String> productReferences() {
    return product() == null ? ImmutableSet.of() : ImmutableSet.of(product());
  }

  /** {@return a new, empty builder} */
  public static Complaint.Builder builder() {
    return new Complaint.Builder();
  }

  /** Builds a {@link Complaint}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableComplaint.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkCommon("Complaint");
    if (order() != null) {
      Checks.id("Complaint", "order", order());
    }
    if (shipment() != null) {
      Checks.id("Complaint", "shipment", shipment());
    }
    if (caseId() != null) {
      Checks.id("Complaint", "caseId", caseId());
    }
    for (String photo : photos()) {
      if (photo.isBlank() || !photo.strip().equals(photo) || photo.length() > 2048) {
        throw new ModelException(
            "Complaint",
            "photos",
            photo,
            "a photo reference (a URL or document id) without surrounding spaces, at most 2048"
                + " characters");
      }
    }
    if (new java.util.HashSet<>(photos()).size() != photos().size()) {
      throw new ModelException(
          "Complaint", "photos", photos(), "each photo reference once (a reference is repeated)");
    }
  }
}
