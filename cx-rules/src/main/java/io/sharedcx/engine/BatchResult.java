package io.sharedcx.engine;

/**
 * What a streamed batch did: every journey read is either assessed or failed.
 *
 * @param read journeys read
 * @param assessed journeys assessed
 * @param failed journeys that could not be assessed (each reported in its assessment's failures)
 * @param violations violations found
 * @param recommendations recommendations made
 */
public record BatchResult(long read, long assessed, long failed, long violations, long recommendations) {}
