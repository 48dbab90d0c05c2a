package io.sharedcx.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreadScalingTest {
  @Test
  void theMedianIntervalOfSixteenRoundsRunsFromTheFourthToTheThirteenthValue() {
    assertThat(ThreadScaling.medianInterval(16)).containsExactly(3, 12);
  }

  @Test
  void theMedianIntervalOfTwentyFourRoundsRunsFromTheSeventhToTheEighteenthValue() {
    // 12 - 0.98 * sqrt(24) = 7.2, 13 + 4.8 = 17.8: the 7th and 18th values, counted from one.
    assertThat(ThreadScaling.medianInterval(24)).containsExactly(6, 17);
  }

  @Test
  void aFewRoundsGiveTheirOutermostValues() {
    assertThat(ThreadScaling.medianInterval(3)).containsExactly(0, 2);
    assertThat(ThreadScaling.medianInterval(1)).containsExactly(0, 0);
  }
}
