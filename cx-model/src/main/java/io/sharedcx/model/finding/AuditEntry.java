package io.sharedcx.model.finding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** One line of the audit trail: who did what, when, to which violation, and why. */
@Value.Immutable
@JsonSerialize(as = ImmutableAuditEntry.class)
@JsonDeserialize(as = ImmutableAuditEntry.class)
public abstract class AuditEntry {
  AuditEntry() {} // only the generated implementation extends it

  /** {@return when it happened} */
  public abstract Instant at();

  /** {@return who did it: an approver, the disputing party, a decider, or {@code sharedcx} for a rule} */
  public abstract String who();

  /** {@return what was done} */
  public abstract AuditAction action();

  /** {@return the exemption or dispute it concerns} */
  public abstract String source();

  /** {@return the violation it concerns, if one} */
  public abstract @Nullable String violation();

  /** {@return why, in one sentence} */
  public abstract String why();

  /** {@return a new, empty builder} */
  public static AuditEntry.Builder builder() {
    return new AuditEntry.Builder();
  }

  /** Builds an {@link AuditEntry}; every setter returns this builder. */
  public static final class Builder extends ImmutableAuditEntry.Builder {
    Builder() {}
  }
}
