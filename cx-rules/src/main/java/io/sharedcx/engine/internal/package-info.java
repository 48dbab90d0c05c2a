/** Drools wiring behind {@link io.sharedcx.engine.CxEngine}; not an API, nothing outside the engine imports it. */
package io.sharedcx.engine.internal;
