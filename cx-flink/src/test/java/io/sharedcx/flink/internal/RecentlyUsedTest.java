package io.sharedcx.flink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RecentlyUsedTest {
  @Test
  void keepsAtMostItsNumber_andTheLeastRecentlyUsedGoesFirst() {
    Map<String, Integer> recent = new RecentlyUsed<>(2);
    recent.put("a", 1);
    recent.put("b", 2);
    assertThat(recent.get("a")).isEqualTo(1); // "b" is now the least recently used

    recent.put("c", 3);

    assertThat(recent).containsOnlyKeys("a", "c");
    recent.computeIfAbsent("d", k -> 4);
    assertThat(recent).containsOnlyKeys("c", "d");
  }
}
