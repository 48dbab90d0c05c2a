/**
 * Test support for rule authors and teams embedding SharedCX: {@link io.sharedcx.verifier.StandardVerifier}
 * checks one standard (or a few) in isolation against given facts, and
 * {@link io.sharedcx.verifier.CxAssertions} adds AssertJ assertions on assessments. Depend on cx-rules in
 * test scope with AssertJ to use the assertions.
 */
package io.sharedcx.verifier;
