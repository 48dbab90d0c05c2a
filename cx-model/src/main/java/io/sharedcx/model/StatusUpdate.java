package io.sharedcx.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** An order-status message shown to the customer. */
@Value.Immutable
@JsonTypeName("statusUpdate")
@JsonSerialize(as = ImmutableStatusUpdate.class)
@JsonDeserialize(as = ImmutableStatusUpdate.class)
public abstract class StatusUpdate extends Touchpoint {
  StatusUpdate() {} // only the generated implementation extends it

  /** {@return the order it is about} */
  public abstract String order();

  /** {@return the status shown} */
  public abstract OrderStatus status();

  @Override
  public final TouchpointKind kind() {
    return TouchpointKind.STATUS_UPDATE;
  }

  @Override
  public final Map<String, String> touchpointReferences() {
    return Checks.refs("order", order());
  }

  /** {@return a new, empty builder} */
  public static StatusUpdate.Builder builder() {
    return new StatusUpdate.Builder();
  }

  /** Builds a {@link StatusUpdate}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableStatusUpdate.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkCommon("StatusUpdate");
    Checks.id("StatusUpdate", "order", order());
  }
}
