package io.sharedcx.engine.internal;

import org.jspecify.annotations.Nullable;

/**
 * What a run could not assess (a journey, the portfolio-level facts) and why, kept apart: its message
 * reads "journey j1: rules fired ...", while a {@link io.sharedcx.model.finding.Failure}, which names
 * its journey already, takes only the {@link #detail()}.
 */
public class RunFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String detail;

  RunFailure(String what, String detail, @Nullable Throwable cause) {
    super(what + ": " + detail, cause);
    this.detail = detail;
  }

  /** {@return what went wrong, without what was being assessed} */
  public String detail() {
    return detail;
  }
}
