package io.sharedcx.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {

  @Test
  void isMadeOnce_onFirstUse_evenWhenManyThreadsAskAtOnce() throws InterruptedException {
    AtomicInteger made = new AtomicInteger();
    Lazy<Object> lazy =
        new Lazy<>(
            () -> {
              made.incrementAndGet();
              return new Object();
            });
    assertThat(lazy.isMade()).isFalse();
    assertThat(made).hasValue(0);

    CountDownLatch start = new CountDownLatch(1);
    List<Object> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                seen.add(lazy.get());
              });
      t.start();
      threads.add(t);
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }

    assertThat(made).hasValue(1);
    assertThat(lazy.isMade()).isTrue();
    assertThat(seen).hasSize(8).allSatisfy(v -> assertThat(v).isSameAs(lazy.get()));
  }

  @Test
  void of_isMadeAlready() {
    Object value = new Object();
    Lazy<Object> lazy = Lazy.of(value);
    assertThat(lazy.isMade()).isTrue();
    assertThat(lazy.get()).isSameAs(value);
  }

  @Test
  void aMakerThatFails_leavesItUnmade_andTheNextCallTriesAgain() {
    AtomicInteger calls = new AtomicInteger();
    Lazy<String> lazy =
        new Lazy<>(
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("not yet");
              }
              return "made";
            });
    assertThatThrownBy(lazy::get).hasMessage("not yet");
    assertThat(lazy.isMade()).isFalse();
    assertThat(lazy.get()).isEqualTo("made");
  }
}
