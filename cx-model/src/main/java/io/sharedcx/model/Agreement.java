package io.sharedcx.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a principal (a brand, or a partner with partners of its own) and its partner agreed: which
 * standards apply between them and the thresholds that differ from the pack's defaults.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgreement.class)
@JsonDeserialize(as = ImmutableAgreement.class)
public abstract class Agreement {
  Agreement() {} // only the generated implementation extends it

  /** {@return the standard ids that apply; empty means every standard of the pack} */
  public abstract Set<String> standards();

  /** {@return thresholds that replace the pack's defaults, at most one per standard and key} */
  public abstract List<Term> terms();

  /**
   * {@return whether {@code standardId} applies under this agreement}
   *
   * @param standardId a standard id
   */
  public boolean covers(String standardId) {
    return standards().isEmpty() || standards().contains(standardId);
  }

  /**
   * {@return the agreed term for {@code standard} and {@code key}, if any}
   *
   * @param standard a standard id
   * @param key a threshold key of that standard
   */
  public Optional<Term> term(String standard, String key) {
    return terms().stream()
        .filter(t -> t.standard().equals(standard) && t.key().equals(key))
        .findFirst();
  }

  /** {@return an agreement that takes every standard of the pack with its default thresholds} */
  public static Agreement defaults() {
    return ImmutableAgreement.builder().build();
  }

  /** {@return a new, empty builder} */
  public static Agreement.Builder builder() {
    return new Agreement.Builder();
  }

  /** Builds an {@link Agreement}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    for (String standard : standards()) {
      Checks.id("Agreement", "standards", standard);
    }
    Checks.unique(
        "Agreement",
        "terms",
        () -> terms().stream().map(t -> t.standard() + "/" + t.key()).iterator());
  }
}
