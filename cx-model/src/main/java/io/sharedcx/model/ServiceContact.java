package io.sharedcx.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A service step on a complaint, taken by the touchpoint's party: relaying it to another party,
 * responding to the customer, or resolving it. */
@Value.Immutable
@JsonTypeName("serviceContact")
@JsonSerialize(as = ImmutableServiceContact.class)
@JsonDeserialize(as = ImmutableServiceContact.class)
public abstract class ServiceContact extends Touchpoint {
  ServiceContact() {} // only the generated implementation extends it

  /** {@return the complaint it is about} */
  public abstract String complaint();

  /** {@return what was done} */
  public abstract ServiceAction action();

  /**
   * {@return for a resolution, the root-cause code (e.g. {@code PACKAGING}, {@code PICKING}, {@code
   * CARRIER})}
   */
  public abstract @Nullable String rootCause();

  /** {@return for a relay, the party the complaint was passed to} */
  public abstract @Nullable String to();

  /**
   * {@return whether the step was sent automatically (an auto-reply or automatic acknowledgement), not
   * by a person}: an automatic response is not the first human response the response-time standard
   * asks for. Only a {@code RESPONSE} or an {@code ACKNOWLEDGEMENT} can be automatic.
   */
  @Value.Default
  public boolean automatic() {
    return false;
  }

  /** {@return whether this is a response to the customer written by a person (not an auto-reply)} */
  public boolean isHumanResponse() {
    return action() == ServiceAction.RESPONSE && !automatic();
  }

  @Override
  public final TouchpointKind kind() {
    return TouchpointKind.SERVICE_CONTACT;
  }

  @Override
  public final Map<String, String> touchpointReferences() {
    return Checks.refs("complaint", complaint());
  }

  @Override
  @Value.Lazy
  public Map<String, String> partyReferences() {
    return Checks.refs("to", to());
  }

  /** {@return a new, empty builder} */
  public static ServiceContact.Builder builder() {
    return new ServiceContact.Builder();
  }

  /** Builds a {@link ServiceContact}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableServiceContact.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkCommon("ServiceContact");
    Checks.id("ServiceContact", "complaint", complaint());
    if (action() == ServiceAction.RELAY && to() == null) {
      throw new ModelException(
          "ServiceContact", "to", null, "the party id the complaint was relayed to, for a RELAY");
    }
    if (automatic()
        && action() != ServiceAction.RESPONSE
        && action() != ServiceAction.ACKNOWLEDGEMENT) {
      throw new ModelException(
          "ServiceContact",
          "automatic",
          true,
          "false for a "
              + action()
              + " (only a RESPONSE or an ACKNOWLEDGEMENT is sent automatically)");
    }
  }
}
