/**
 * The SharedCX engine and its default standard pack.
 *
 * <p>Two packages are API: {@code io.sharedcx.engine} for embedders (the engine, its builder, its
 * results and compile problems) and {@code io.sharedcx.authoring} for rule authors (what DRL may use).
 * Everything else, the Drools wiring in {@code io.sharedcx.engine.internal} among it, is not exported.
 *
 * <p>The module is open: Drools loads and instantiates the pack's executable model (generated at
 * build time into the DRL packages and hash-named packages below them) and the facts' accessors by
 * reflection, and those packages cannot be named here. Opening grants reflection only; code outside
 * still compiles against the two exported packages alone.
 *
 * <p>The jars work on the class path as before, and on the module path: an application module that
 * {@code requires io.sharedcx.rules} builds the engine with the default pack and assesses portfolios.
 */
open module io.sharedcx.rules {
  exports io.sharedcx.engine;
  exports io.sharedcx.authoring;

  requires transitive io.sharedcx.model;
  requires transitive org.kie.api; // Findings takes a RuleContext
  requires org.drools.base;
  requires org.drools.core;
  requires org.drools.canonicalmodel;
  requires org.drools.modelcompiler;
  requires org.drools.compiler;
  requires org.drools.model.codegen;
  requires org.drools.drl.parser;
  requires org.drools.drl.ast;
  requires org.drools.ancompiler;
  requires static java.compiler; // AlphaNetworkSources, at build time only
  requires com.google.common;
  // Drools logs through SLF4J, but its jars are automatic modules that cannot say so; requiring it
  // here
  // resolves it on the module path.
  requires org.slf4j;
  requires static org.jspecify;
}
