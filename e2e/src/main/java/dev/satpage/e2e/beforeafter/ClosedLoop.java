package dev.satpage.e2e.beforeafter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: {@code concurrency} clients, each sending its next request as soon as the last
 * one answered, until the step's duration is up (a request under way then is waited for and
 * counted; each client sends at least one). Request numbers come from one counter shared by every
 * step, so no two requests ask for the same book; the {@link RequestMix} decides each number's
 * kind.
 */
public final class ClosedLoop {
  /** Sends one request; true if it was served without error. May throw: that is an error too. */
  @FunctionalInterface
  public interface Target {
    boolean send(RequestKind kind, long book) throws Exception;
  }

  private final RequestMix mix;
  private final AtomicLong nextBook;

  public ClosedLoop(RequestMix mix, AtomicLong nextBook) {
    this.mix = mix;
    this.nextBook = nextBook;
  }

  /**
   * Runs {@code concurrency} clients against {@code target} for {@code duration}; a request slower
   * than {@code timeout} counts as an error even if it was answered.
   */
  public List<Outcome> run(int concurrency, Duration duration, Duration timeout, Target target) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
    }
    List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    long deadline = System.nanoTime() + duration.toNanos();
    List<Thread> clients = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      clients.add(
          Thread.ofVirtual()
              .name("client-" + i)
              .start(
                  () -> {
                    do { // at least one request per client, however short the step
                      outcomes.add(once(target, nextBook.getAndIncrement(), timeout));
                    } while (System.nanoTime() < deadline);
                  }));
    }
    for (Thread client : clients) {
      try {
        client.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the clients ran", e);
      }
    }
    return List.copyOf(outcomes);
  }

  private Outcome once(Target target, long book, Duration timeout) {
    RequestKind kind = mix.kindOf(book);
    long t0 = System.nanoTime();
    boolean ok;
    try {
      ok = target.send(kind, book);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      ok = false;
    }
    Duration latency = Duration.ofNanos(System.nanoTime() - t0);
    return new Outcome(kind, latency, ok && latency.compareTo(timeout) <= 0);
  }
}
