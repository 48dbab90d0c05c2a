package io.sharedcx.model.finding;

/**
 * Where a violation stands once exemptions and disputes are applied. Every violation stays in the
 * results; only {@link #EXEMPTED} and {@link #REVERSED} ones leave the adjusted figures.
 */
public enum ViolationStanding {
  /** No exemption or dispute touches it: it counts. */
  COUNTED,
  /** An agreed exemption covers it: it does not count. */
  EXEMPTED,
  /** Disputed, not yet decided: it counts until the dispute is decided. */
  DISPUTED,
  /** Disputed and upheld, or the dispute expired or was rejected: it counts. */
  UPHELD,
  /** Disputed and reversed: it does not count. */
  REVERSED;

  /** {@return whether a violation standing so counts in the adjusted figures} */
  public boolean counts() {
    return this != EXEMPTED && this != REVERSED;
  }
}
