/**
 * Benchmarks of the SharedCX engine, with the two baselines it is measured against: a hand-written
 * reference evaluator (the cost floor, also a test oracle) and a naive Drools embedding.
 */
package io.sharedcx.benchmarks;
