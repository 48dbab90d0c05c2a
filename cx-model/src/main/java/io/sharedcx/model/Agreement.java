package io.sharedcx.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

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
   * The agreed category mapping: for each of the brand's master categories ({@link
   * Product#category()}), the partner's category its listings belong in. A listing of a product in a
   * mapped category, shown in another category or in none, breaks PROMISE-CONTENT-ACCURATE; a master
   * category the map leaves out is not judged. Keys must be master categories of the portfolio's
   * products (a key that is none is reported by the agreement check, with the closest one).
   *
   * @return the partner's category by master category; empty when no mapping is agreed
   */
  public abstract Map<String, String> categoryMap();

  /**
   * {@return the days after a violation within which a party may dispute it, if agreed} Vendor
   * programs set 30 (Amazon vendor), 60 (Kohl's) or 90 (Target) days; without it the pack's
   * {@link #DEFAULT_DISPUTE_WINDOW_DAYS} holds.
   */
  public abstract @Nullable Integer disputeWindowDays();

  /** The dispute window when an agreement sets none: 30 days, as Amazon's vendor program allows. */
  public static final int DEFAULT_DISPUTE_WINDOW_DAYS = 30;

  /** {@return the dispute window in force: the agreed days, else the default} */
  public int disputeWindowInForce() {
    Integer days = disputeWindowDays();
    return days == null ? DEFAULT_DISPUTE_WINDOW_DAYS : days;
  }

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
    categoryMap()
        .forEach(
            (master, category) -> {
              Checks.text("Agreement", "categoryMap", master);
              Checks.text("Agreement", "categoryMap." + master, category);
            });
    if (disputeWindowDays() != null && (disputeWindowDays() < 1 || disputeWindowDays() > 366)) {
      throw new ModelException(
          "Agreement",
          "disputeWindowDays",
          disputeWindowDays(),
          "1 to 366 days, e.g. 30, 60 or 90");
    }
  }
}
