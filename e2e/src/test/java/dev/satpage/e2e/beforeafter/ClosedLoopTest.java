package dev.satpage.e2e.beforeafter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClosedLoopTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Test
  void everyRequest_hasItsOwnBook_andTheKindTheMixGivesIt() {
    Set<Long> books = ConcurrentHashMap.newKeySet();
    RequestMix mix = new RequestMix(0.25);
    AtomicInteger wrongKind = new AtomicInteger();
    ClosedLoop loop = new ClosedLoop(mix, new AtomicLong(100));

    List<Outcome> outcomes =
        loop.run(
            4,
            Duration.ofMillis(50),
            TIMEOUT,
            (kind, book) -> {
              if (mix.kindOf(book) != kind) {
                wrongKind.incrementAndGet();
              }
              Thread.sleep(1);
              return books.add(book);
            });

    assertThat(outcomes).isNotEmpty().allMatch(Outcome::ok);
    assertThat(books).hasSize(outcomes.size()).allMatch(b -> b >= 100);
    assertThat(wrongKind).hasValue(0);
  }

  @Test
  void aThrowingOrRefusingTarget_givesErrors_notAnAbortedStep() {
    ClosedLoop loop = new ClosedLoop(new RequestMix(0.5), new AtomicLong());

    List<Outcome> outcomes =
        loop.run(
            2,
            Duration.ofMillis(30),
            TIMEOUT,
            (kind, book) -> {
              Thread.sleep(1);
              if (kind == RequestKind.SATELLITE) {
                throw new java.io.IOException("connection reset");
              }
              return false;
            });

    assertThat(outcomes).isNotEmpty().noneMatch(Outcome::ok);
  }

  @Test
  void anAnswerAfterTheTimeout_isAnError_andEveryClientSendsAtLeastOnce() {
    ClosedLoop loop = new ClosedLoop(new RequestMix(0.5), new AtomicLong());

    List<Outcome> outcomes =
        loop.run(
            2,
            Duration.ZERO,
            Duration.ofMillis(5),
            (kind, book) -> {
              Thread.sleep(20);
              return true;
            });

    assertThat(outcomes).hasSize(2).noneMatch(Outcome::ok);
  }

  @Test
  void noClients_isRefused() {
    ClosedLoop loop = new ClosedLoop(new RequestMix(0.5), new AtomicLong());
    assertThatThrownBy(() -> loop.run(0, Duration.ofMillis(1), TIMEOUT, (k, b) -> true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
