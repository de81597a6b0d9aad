package dev.satpage.imagery.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final List<Duration> waits = new ArrayList<>();
  private final Sleeper sleeper =
      d -> {
        waits.add(d);
        now.addAndGet(d.toNanos()); // the fake clock advances by exactly the wait
      };

  @Test
  void burstPassesAtOnce_thenRequestsAreSpacedByTheRate() throws Exception {
    RateLimiter limiter = new RateLimiter(10, 2, now::get, sleeper);

    limiter.acquire();
    limiter.acquire();
    assertThat(waits).isEmpty();

    limiter.acquire();
    limiter.acquire();
    assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(100));
  }

  @Test
  void idleTime_refillsTheBucketUpToTheBurst() throws Exception {
    RateLimiter limiter = new RateLimiter(10, 3, now::get, sleeper);
    for (int i = 0; i < 3; i++) {
      limiter.acquire();
    }
    now.addAndGet(Duration.ofSeconds(10).toNanos());

    for (int i = 0; i < 3; i++) {
      limiter.acquire();
    }
    limiter.acquire();

    assertThat(waits).containsExactly(Duration.ofMillis(100));
  }

  @Test
  void tryAcquire_takesAPermitWhenOneIsThere_andRefusesWithoutWaitingWhenNot() {
    RateLimiter limiter = new RateLimiter(2, 1, now::get, sleeper);

    assertThat(limiter.tryAcquire()).isTrue();
    assertThat(limiter.tryAcquire()).isFalse();
    now.addAndGet(Duration.ofMillis(499).toNanos());
    assertThat(limiter.tryAcquire()).isFalse();
    now.addAndGet(Duration.ofMillis(1).toNanos());
    assertThat(limiter.tryAcquire()).isTrue();
    assertThat(waits).isEmpty();
  }
}
