package io.sharedcx.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the SharedCX model: abstract value types named for the domain
 * ({@code Shipment}), generated implementations prefixed {@code Immutable}, Guava collections, and
 * every invalid state reported as a {@link ModelException}.
 *
 * <p>The generated implementations are package-private ("sandwich" style): users name only the
 * abstract type and its nested {@code Builder} ({@code Shipment.builder()} returns a
 * {@code Shipment.Builder}, which extends the generated builder and whose setters return
 * {@code Shipment.Builder}), so no generated name is part of the public API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    throwForInvalidImmutableState = ModelException.MissingAttributes.class,
    throwForNullPointer = ModelException.NullAttribute.class)
public @interface CxStyle {}
