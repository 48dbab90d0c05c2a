package io.sharedcx.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One customer's path across parties, as a list of touchpoints. References between touchpoints (a
 * shipment's order, a delivery's shipment, a relay's complaint) are checked when the journey is built;
 * references to parties and products are checked when it joins a {@link Portfolio}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableJourney.class)
@JsonDeserialize(as = ImmutableJourney.class)
public abstract class Journey {
  Journey() {} // only the generated implementation extends it

  /** {@return the journey's id, unique in a portfolio} */
  public abstract String id();

  /** {@return the customer whose journey it is} */
  public abstract String customer();

  /** {@return what happened, in any order; the engine does not depend on it} */
  public abstract List<Touchpoint> touchpoints();

  /**
   * The moment the journey was observed ("now" for its standards: a complaint not relayed by then is
   * late). When not given, the latest touchpoint's time.
   *
   * @return the moment observed, or null to take the latest touchpoint's time
   */
  public abstract @Nullable Instant observedAt();

  /** {@return {@link #observedAt()} or, when not given, the latest touchpoint's time} */
  public Instant observedUntil() {
    Instant given = observedAt();
    if (given != null) {
      return given;
    }
    return touchpoints().stream().map(Touchpoint::at).max(Instant::compareTo).orElse(Instant.EPOCH);
  }

  /**
   * {@return the touchpoints of one kind, typed}
   *
   * @param kind the touchpoint type, e.g. {@code Shipment.class}
   * @param <T> the touchpoint type
   */
  public <T extends Touchpoint> List<T> touchpoints(Class<T> kind) {
    return touchpoints().stream()
        .filter(kind::isInstance)
        .map(kind::cast)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return a new, empty builder} */
  public static Journey.Builder builder() {
    return new Journey.Builder();
  }

  /** Builds a {@link Journey}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableJourney.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("Journey", "id", id());
    Checks.id("Journey", "customer", customer());
    Checks.unique(
        "Journey", "touchpoints.id", () -> touchpoints().stream().map(Touchpoint::id).iterator());
    Map<String, Set<String>> idsByKind =
        Map.of(
            "order", ids(Order.class),
            "shipment", ids(Shipment.class),
            "complaint", ids(Complaint.class));
    for (Touchpoint t : touchpoints()) {
      t.touchpointReferences()
          .forEach((field, id) -> Checks.known(t, field, id, idsByKind.get(field), field));
    }
    checkChronology();
  }

  /** Clocks of different parties may disagree a little; more than this before the order is nonsense. */
  static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofHours(1);

  /**
   * Nothing about an order happens before it was placed, and no service contact before its complaint
   * was made: a parcel shipped, scanned or delivered, a pickup ready, a cancellation, a complaint, a
   * claim or feedback dated before its order is a mistake in the data (a time zone, a wrong id), not a
   * late parcel or a fast answer.
   */
  private void checkChronology() {
    Map<String, Touchpoint> byId = new HashMap<>();
    Map<String, Instant> placed = new HashMap<>();
    for (Touchpoint t : touchpoints()) {
      byId.put(t.id(), t);
      if (t instanceof Order o) {
        placed.put(o.id(), o.at());
      }
    }
    for (Touchpoint t : touchpoints()) {
      String order = orderOf(t, byId);
      notBeforeOrder(t, "at", t.at(), order, placed);
      if (t instanceof Shipment s) {
        notBeforeOrder(t, "shippedAt", s.shippedAt(), order, placed);
        notBeforeOrder(t, "firstScanAt", s.firstScanAt(), order, placed);
      } else if (t instanceof Pickup p) {
        notBeforeOrder(t, "readyAt", p.readyAt(), order, placed);
      } else if (t instanceof Delivery d) {
        notBeforeOrder(t, "deliveredAt", d.deliveredAt(), order, placed);
      } else if (t instanceof ServiceContact c
          && byId.get(c.complaint()) instanceof Complaint complaint
          && c.at().isBefore(complaint.at().minus(CLOCK_SKEW))) {
        throw new ModelException(
            Checks.typeOf(t),
            "at",
            c.at(),
            "a time after its complaint "
                + complaint.id()
                + " was made ("
                + complaint.at()
                + "); one hour of clock difference is allowed. Maybe check the time zone or the"
                + " complaint id");
      }
    }
  }

  /** {@return the order a touchpoint is about: its own, its shipment's, or its complaint's; or null} */
  private static @Nullable String orderOf(Touchpoint t, Map<String, Touchpoint> byId) {
    Map<String, String> refs = t.touchpointReferences();
    if (refs.containsKey("order")) {
      return refs.get("order");
    }
    Touchpoint about =
        byId.get(refs.containsKey("shipment") ? refs.get("shipment") : refs.get("complaint"));
    return about == null || about == t ? null : orderOf(about, byId);
  }

  private static void notBeforeOrder(
      Touchpoint t,
      String field,
      @Nullable Instant at,
      @Nullable String order,
      Map<String, Instant> placed) {
    Instant orderedAt = order == null ? null : placed.get(order);
    if (at != null && orderedAt != null && at.isBefore(orderedAt.minus(CLOCK_SKEW))) {
      throw new ModelException(
          Checks.typeOf(t),
          field,
          at,
          "a time after its order "
              + order
              + " was placed ("
              + orderedAt
              + "); one hour of clock difference is allowed. Maybe check the time zone or the order id");
    }
  }

  private Set<String> ids(Class<? extends Touchpoint> kind) {
    Set<String> ids = new HashSet<>();
    for (Touchpoint t : touchpoints()) {
      if (kind.isInstance(t)) {
        ids.add(t.id());
      }
    }
    return ids;
  }
}
