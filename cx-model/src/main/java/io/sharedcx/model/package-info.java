/**
 * The facts SharedCX reasons about: the parties (brands and partners), the partnerships and the
 * standards they agree, and customers' journeys across those parties, touchpoint by touchpoint.
 *
 * <p>Every type is an immutable value built with a builder ({@code Shipment.builder()...build()}),
 * validated when built, and read and written as JSON by {@link io.sharedcx.model.json.CxJson}.
 */
@CxStyle
package io.sharedcx.model;
