package dev.satpage.imagery.fetch;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.imagery.plan.ImageRequest;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.failure.TransientFailure;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RetryingImagerySourceTest {
  private static final ImageRequest REQUEST = new ImageRequest(1, 2, 10, 100, 100, 0, 0);
  private static final RetryPolicy POLICY =
      new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(2));

  private final List<Duration> sleeps = new ArrayList<>();

  private RetryingImagerySource retrying(ScriptedSource source) {
    return new RetryingImagerySource(source, POLICY, new SplittableRandom(42), sleeps::add);
  }

  @Test
  void transientFailures_areRetried_untilSuccess() {
    ScriptedSource source =
        new ScriptedSource(
            () -> {
              throw new TransientFailure("503");
            },
            () -> {
              throw new TransientFailure("timeout");
            },
            () -> new byte[] {1});

    assertThat(retrying(source).fetch(REQUEST)).containsExactly(1);
    assertThat(source.calls).isEqualTo(3);
    assertThat(sleeps).hasSize(2);
    assertThat(sleeps.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(100));
    assertThat(sleeps.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(200));
  }

  @Test
  void transientFailures_giveUpAfterMaxAttempts() {
    ScriptedSource source =
        new ScriptedSource(
            () -> {
                  throw new TransientFailure("1");
                },
                () -> {
                  throw new TransientFailure("2");
                },
            () -> {
                  throw new TransientFailure("3");
                },
                () -> {
                  throw new TransientFailure("4");
                });

    assertThatThrownBy(() -> retrying(source).fetch(REQUEST))
        .isInstanceOf(TransientFailure.class)
        .hasMessage("4");
    assertThat(source.calls).isEqualTo(4);
  }

  @Test
  void permanentFailure_isNotRetried() {
    ScriptedSource source =
        new ScriptedSource(
            () -> {
              throw new PermanentFailure(FailureReason.IMAGERY_REJECTED, "401");
            });

    assertPermanent(FailureReason.IMAGERY_REJECTED, () -> retrying(source).fetch(REQUEST));
    assertThat(source.calls).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void retryAfter_isHonoured() {
    ScriptedSource source =
        new ScriptedSource(
            () -> {
              throw new ProviderBusy("429", Duration.ofSeconds(1));
            },
            () -> new byte[] {2});

    assertThat(retrying(source).fetch(REQUEST)).containsExactly(2);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void retryAfterBeyondTheMaximumWait_isLeftToSqsRedelivery() {
    ScriptedSource source =
        new ScriptedSource(
            () -> {
              throw new ProviderBusy("429", Duration.ofMinutes(5));
            });

    assertThatThrownBy(() -> retrying(source).fetch(REQUEST)).isInstanceOf(ProviderBusy.class);
    assertThat(source.calls).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void backoff_isFullJitterUnderADoublingCap() {
    SplittableRandom random = new SplittableRandom(7);
    for (int attempt = 1; attempt <= 10; attempt++) {
      long cap = Math.min(2000, 100L << (attempt - 1));
      for (int i = 0; i < 50; i++) {
        assertThat(POLICY.backoff(attempt, random).toMillis()).isBetween(0L, cap);
      }
    }
    // Full jitter spreads: many different waits, not one fixed delay.
    assertThat(
            java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> POLICY.backoff(5, random))
                .distinct()
                .count())
        .isGreaterThan(10);
  }

  private static final class ScriptedSource implements ImagerySource {
    private final Deque<Supplier<byte[]>> script;
    int calls;

    @SafeVarargs
    @SuppressWarnings("varargs") // List.of copies the suppliers; nothing writes to the array
    ScriptedSource(Supplier<byte[]>... steps) {
      script = new ArrayDeque<>(List.of(steps));
    }

    @Override
    public byte[] fetch(PlannedImage request) {
      calls++;
      return script.removeFirst().get();
    }

    @Override
    public String attribution() {
      return "test";
    }

    @Override
    public String name() {
      return "scripted";
    }
  }
}
