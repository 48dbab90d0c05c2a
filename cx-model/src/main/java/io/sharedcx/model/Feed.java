package io.sharedcx.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A data feed a party keeps for its partners (inventory, product content, prices), as observed at one
 * moment: when it last updated successfully.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFeed.class)
@JsonDeserialize(as = ImmutableFeed.class)
public abstract class Feed {
  Feed() {} // only the generated implementation extends it

  /** {@return the feed's id, unique in a portfolio} */
  public abstract String id();

  /** {@return the party that owns the feed} */
  public abstract String party();

  /** {@return what the feed carries} */
  public abstract FeedType type();

  /** {@return when it last updated successfully} */
  public abstract Instant lastUpdatedAt();

  /** {@return when it was observed} */
  public abstract Instant observedAt();

  /** {@return hours from the last successful update to the observation} */
  public double ageHours() {
    return Duration.between(lastUpdatedAt(), observedAt()).toMillis() / 3_600_000.0;
  }

  /** {@return a new, empty builder} */
  public static Feed.Builder builder() {
    return new Feed.Builder();
  }

  /** Builds a {@link Feed}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableFeed.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("Feed", "id", id());
    Checks.id("Feed", "party", party());
    if (lastUpdatedAt().isAfter(observedAt())) {
      throw new ModelException(
          "Feed",
          "lastUpdatedAt",
          lastUpdatedAt(),
          "a time at or before the observation (" + observedAt() + ")");
    }
  }
}
