package dev.satpage.imagery.fetch;

import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.model.failure.TransientFailure;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries transient failures of another source a few times with jittered backoff, honouring a
 * provider's {@code Retry-After} when it is within {@link RetryPolicy#maxDelay()}; permanent
 * failures pass straight through.
 */
public final class RetryingImagerySource implements ImagerySource {
  private static final Logger log = LoggerFactory.getLogger(RetryingImagerySource.class);

  private final ImagerySource delegate;
  private final RetryPolicy policy;
  private final RandomGenerator random;
  private final Sleeper sleeper;

  public RetryingImagerySource(
      ImagerySource delegate, RetryPolicy policy, RandomGenerator random, Sleeper sleeper) {
    this.delegate = delegate;
    this.policy = policy;
    this.random = random;
    this.sleeper = sleeper;
  }

  @Override
  public byte[] fetch(PlannedImage request) {
    for (int attempt = 1; ; attempt++) {
      try {
        return delegate.fetch(request);
      } catch (TransientFailure e) {
        if (attempt >= policy.maxAttempts()) {
          throw e;
        }
        Duration wait = waitBefore(attempt + 1, e);
        if (wait == null) {
          throw e; // the provider wants a longer pause than we hold a message for: let SQS
          // redeliver later
        }
        log.info(
            "{} attempt {} failed ({}), retrying in {} ms",
            delegate.name(),
            attempt,
            e.getMessage(),
            wait.toMillis());
        pause(wait, e);
      }
    }
  }

  private Duration waitBefore(int nextAttempt, TransientFailure failure) {
    Duration jitter;
    synchronized (random) { // RandomGenerator implementations are not generally thread-safe
      jitter = policy.backoff(nextAttempt - 1, random);
    }
    Optional<Duration> retryAfter =
        failure instanceof ProviderBusy busy ? busy.retryAfter() : Optional.empty();
    if (retryAfter.isEmpty()) {
      return jitter;
    }
    Duration asked = retryAfter.get();
    return asked.compareTo(policy.maxDelay()) > 0
        ? null
        : (asked.compareTo(jitter) > 0 ? asked : jitter);
  }

  private void pause(Duration wait, TransientFailure cause) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new TransientFailure("interrupted while waiting to retry", cause);
    }
  }

  @Override
  public String attribution() {
    return delegate.attribution();
  }

  @Override
  public String name() {
    return delegate.name();
  }
}
