/**
 * The SharedCX engine: {@link io.sharedcx.engine.CxEngine} compiles a standard pack once and assesses
 * portfolios of journeys against it; {@link io.sharedcx.authoring.Findings} (package {@code io.sharedcx.authoring}) is the one helper a DRL
 * consequence calls to emit a violation or a recommendation.
 */
package io.sharedcx.engine;
