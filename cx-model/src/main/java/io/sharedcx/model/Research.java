package io.sharedcx.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/** The customer researches products on a party's site, app or store. */
@Value.Immutable
@JsonTypeName("research")
@JsonSerialize(as = ImmutableResearch.class)
@JsonDeserialize(as = ImmutableResearch.class)
public abstract class Research extends Touchpoint {
  Research() {} // only the generated implementation extends it

  /** {@return the products looked at} */
  public abstract List<String> products();

  @Override
  public final TouchpointKind kind() {
    return TouchpointKind.RESEARCH;
  }

  @Override
  @Value.Lazy
  public Set<String> productReferences() {
    return ImmutableSet.copyOf(products());
  }

  /** {@return a new, empty builder} */
  public static Research.Builder builder() {
    return new Research.Builder();
  }

  /** Builds a {@link Research}, checking it when built; every setter returns this builder. */
  public static final class Builder extends ImmutableResearch.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkCommon("Research");
    products().forEach(p -> Checks.id("Research", "products", p));
  }
}
