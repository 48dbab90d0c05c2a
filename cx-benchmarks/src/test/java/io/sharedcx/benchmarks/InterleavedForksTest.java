package io.sharedcx.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharedcx.benchmarks.InterleavedForks.Arguments;
import io.sharedcx.benchmarks.InterleavedForks.Score;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterleavedForksTest {
  @Test
  void evenRoundsRunTheForksInTheReverseOrder() {
    assertThat(InterleavedForks.schedule(List.of("engine", "naive", "reference"), 3))
        .containsExactly(
            List.of("engine", "naive", "reference"),
            List.of("reference", "naive", "engine"),
            List.of("engine", "naive", "reference"));
  }

  @Test
  void eachBenchmarkIsSetAgainstTheFirstLargerOverSmallerOverAllForksAndRoundByRound() {
    Map<String, Score> scores = new LinkedHashMap<>();
    scores.put("engine", new Score(15_000, 600, "ops/s", 10, List.of(16_000.0, 14_000.0)));
    scores.put("naive", new Score(3_000, 100, "ops/s", 10, List.of(3_200.0, 2_800.0)));
    scores.put(
        "engineTwoThreads", new Score(27_000, 900, "ops/s", 10, List.of(28_800.0, 25_200.0)));

    assertThat(InterleavedForks.summary(scores))
        .isEqualTo(
            String.join(
                "\n",
                "engine            15,000 ± 600 ops/s (10 iterations in 2 forks: 16,000, 14,000)",
                "naive             3,000 ± 100 ops/s (10 iterations in 2 forks: 3,200, 2,800)",
                "engineTwoThreads  27,000 ± 900 ops/s (10 iterations in 2 forks: 28,800, 25,200)",
                "engine against naive: 5.00x (round by round: 5.00x, 5.00x)",
                "engineTwoThreads against engine: 1.80x (round by round: 1.80x, 1.80x)"));
  }

  @Test
  void oneRoundSaysOneFork() {
    Map<String, Score> scores = new LinkedHashMap<>();
    scores.put("engine", new Score(15_000, 600, "ops/s", 5, List.of(15_000.0)));

    assertThat(InterleavedForks.summary(scores))
        .isEqualTo("engine  15,000 ± 600 ops/s (5 iterations in 1 fork: 15,000)");
  }

  @Test
  void aSingleIterationHasNoError() {
    Map<String, Score> scores = new LinkedHashMap<>();
    scores.put("reference", new Score(60_000, Double.NaN, "ops/s", 1, List.of(60_000.0)));

    assertThat(InterleavedForks.summary(scores))
        .isEqualTo("reference  60,000 ops/s (1 iteration in 1 fork: 60,000)");
  }

  @Test
  void theArgumentsNameRoundsFileBenchmarksAndJmhOptions() {
    Arguments arguments =
        Arguments.parse(
            new String[] {"2", "pair.json", "engine", "naive", "--", "-wi", "3", "-i", "5"});

    assertThat(arguments.rounds()).isEqualTo(2);
    assertThat(arguments.resultFile()).isEqualTo("pair.json");
    assertThat(arguments.benchmarks()).containsExactly("engine", "naive");
    assertThat(arguments.jmhOptions().getWarmupIterations().get()).isEqualTo(3);
    assertThat(arguments.jmhOptions().getMeasurementIterations().get()).isEqualTo(5);
  }

  @Test
  void badArgumentsSayWhatToChange() {
    assertThatThrownBy(() -> Arguments.parse(new String[] {"two", "f.json", "engine"}))
        .hasMessageContaining("the rounds must be a whole number, not 'two'");
    assertThatThrownBy(() -> Arguments.parse(new String[] {"2", "f.json", "engin"}))
        .hasMessageContaining("'engin' is not a benchmark of ThroughputBenchmark")
        .hasMessageContaining("engineTwoThreads");
    assertThatThrownBy(
            () -> Arguments.parse(new String[] {"2", "f.json", "engine", "--", "-f", "3"}))
        .hasMessageContaining("leave out -f");
    assertThatThrownBy(
            () -> Arguments.parse(new String[] {"2", "f.json", "engine", "--", "-rf", "json"}))
        .hasMessageContaining("leave out -rf and -rff");
    assertThatThrownBy(() -> Arguments.parse(new String[] {"2", "f.json", "engine", "--", "naive"}))
        .hasMessageContaining("name benchmarks before --");
    assertThatThrownBy(() -> Arguments.parse(new String[] {"2", "f.json", "engine", "engine"}))
        .hasMessageContaining("named twice");
  }
}
