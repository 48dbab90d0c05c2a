/**
 * The SharedCX test kit, added in test scope ({@code io.sharedcx:cx-test}):
 * {@link io.sharedcx.test.StandardTester} runs chosen standards in isolation against given facts;
 * {@link io.sharedcx.test.CxAssertions} is AssertJ's entry point plus assertions on assessments and window
 * assessments; {@link io.sharedcx.test.SyntheticPortfolios} generates seeded portfolios of any size; and
 * {@link io.sharedcx.test.ScenarioRunner} runs scenario test files ({@code *.test.json}), for the
 * {@code cx test} command and, through {@link io.sharedcx.test.ScenarioTests}, as JUnit 5 dynamic tests.
 * The runner and the scenario types need neither JUnit nor AssertJ.
 */
package io.sharedcx.test;
