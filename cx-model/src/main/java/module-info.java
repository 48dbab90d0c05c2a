/**
 * The SharedCX model: the immutable facts an assessment reads, the findings it makes, and their JSON
 * form. No rules engine.
 *
 * <p>Only the abstract value types and their nested builders are API; the implementations
 * Immutables generates are package-private, and their packages are opened to Jackson alone, which
 * builds them from JSON.
 */
module io.sharedcx.model {
  exports io.sharedcx.model;
  exports io.sharedcx.model.finding;
  exports io.sharedcx.model.json;

  opens io.sharedcx.model to
      com.fasterxml.jackson.databind;
  opens io.sharedcx.model.finding to
      com.fasterxml.jackson.databind;

  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.guava;
  requires com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value;
  // Named by the annotations on the generated implementations; not needed at run time.
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
}
