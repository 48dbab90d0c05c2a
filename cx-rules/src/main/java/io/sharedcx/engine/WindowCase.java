package io.sharedcx.engine;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One subject a window standard judges, as the standard's own rules decided it in a journey (or in the
 * portfolio-level facts): the standard, the subject's id, the party accountable, the outcome and when.
 * Window metrics are sums of cases ({@link CxEngine#windowMetrics}); a stream runner gets each journey's
 * cases from {@link CxEngine#assess(io.sharedcx.model.Portfolio, Instant, java.util.function.Consumer)}
 * and keeps them until the metrics are judged.
 *
 * @param standard the standard
 * @param subject the subject's id (a shipment, order, delivery, pickup, audit, purchase order, complaint)
 * @param party the party the case counts for
 * @param partnership the partnership in force for the party where the case happened, whose agreement
 *     judges it; null when the party is in none
 * @param outcome met, failed or excluded
 * @param reason why it was excluded; null unless excluded
 * @param at when it happened: the window it falls in
 * @param carrier the carrier of the parcel the case is about; null when none was matched
 * @param node the fulfilment node (packer, store, supplier) of the case; null when none was matched
 * @param products the products of the case, from its parcel, order, audit or purchase order
 */
public record WindowCase(
    String standard,
    String subject,
    String party,
    @Nullable String partnership,
    Outcome outcome,
    @Nullable String reason,
    Instant at,
    @Nullable String carrier,
    @Nullable String node,
    List<String> products) {

  /**
   * Checks the case.
   *
   * @param standard the standard
   * @param subject the subject's id
   * @param party the party the case counts for
   * @param partnership the partnership in force, or null
   * @param outcome met, failed or excluded
   * @param reason why it was excluded, or null
   * @param at when it happened
   * @param carrier the carrier, or null
   * @param node the fulfilment node, or null
   * @param products the products
   */
  public WindowCase {
    java.util.Objects.requireNonNull(standard, "standard");
    java.util.Objects.requireNonNull(outcome, "outcome");
    products = List.copyOf(products);
  }

  /**
   * A case that names no carrier, node or product.
   *
   * @param standard the standard
   * @param subject the subject's id
   * @param party the party the case counts for
   * @param partnership the partnership in force, or null
   * @param outcome met, failed or excluded
   * @param reason why it was excluded, or null
   * @param at when it happened
   */
  public WindowCase(
      String standard,
      String subject,
      String party,
      @Nullable String partnership,
      Outcome outcome,
      @Nullable String reason,
      Instant at) {
    this(standard, subject, party, partnership, outcome, reason, at, null, null, List.of());
  }

  /** What became of a case. */
  public enum Outcome {
    /** The subject met the standard. */
    MET,
    /** The subject failed the standard. */
    FAILED,
    /** The standard leaves the subject out (see the reason). */
    EXCLUDED
  }
}
