package io.sharedcx.engine;

import io.sharedcx.model.json.InputException;
import org.jspecify.annotations.Nullable;

/**
 * What a streamed batch did: every journey read is either assessed or failed.
 *
 * @param read journeys read (the ones that could not be read included)
 * @param assessed journeys assessed
 * @param failed journeys that could not be read or assessed (each reported in its assessment's failures)
 * @param violations violations found, portfolio-level ones included
 * @param recommendations recommendations made, portfolio-level ones included
 * @param inputError the problem of the document that ended reading early (a truncated file, broken JSON,
 *     content after the document), after every complete journey before it was assessed; null when the
 *     whole document was read
 */
public record BatchResult(
    long read,
    long assessed,
    long failed,
    long violations,
    long recommendations,
    @Nullable InputException inputError) {

  /**
   * A batch that read its whole input.
   *
   * @param read journeys read
   * @param assessed journeys assessed
   * @param failed journeys that could not be read or assessed
   * @param violations violations found
   * @param recommendations recommendations made
   */
  public BatchResult(long read, long assessed, long failed, long violations, long recommendations) {
    this(read, assessed, failed, violations, recommendations, null);
  }

  /** {@return whether every journey was assessed and the whole input read} */
  public boolean complete() {
    return failed == 0 && inputError == null;
  }
}
