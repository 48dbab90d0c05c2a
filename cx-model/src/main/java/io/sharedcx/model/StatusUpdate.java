package io.sharedcx.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** An order-status message shown to the customer. */
@Value.Immutable
@JsonTypeName("statusUpdate")
@JsonSerialize(as = ImmutableStatusUpdate.class)
@JsonDeserialize(as = ImmutableStatusUpdate.class)
public abstract class StatusUpdate extends Touchpoint {

  /** The order it is about. */
  public abstract String order();

  /** The status shown. */
  public abstract OrderStatus status();

  @Override
  public final TouchpointKind kind() {
    return TouchpointKind.STATUS_UPDATE;
  }



  /** Starts a builder. */
  public static ImmutableStatusUpdate.Builder builder() {
    return ImmutableStatusUpdate.builder();
  }

  @Value.Check
  void check() {
    checkCommon("StatusUpdate");
    Checks.id("StatusUpdate", "order", order());
  }
}
