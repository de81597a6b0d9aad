package dev.satpage.producer.coordinator;

import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.StoredObject;
import dev.satpage.model.port.WriteOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * An {@link ObjectStore} decorator that counts sequential round trips without timing anything. It
 * holds every call made by a thread of {@link #run} (the runner and the threads made by {@link
 * #threads}) until the handling can do nothing else: every one of those threads is parked, either
 * in a held call or waiting for another thread. The calls held then are in flight together — one
 * wave, one round trip — and are released at once; the next wave forms from the calls that their
 * results lead to. Calls from other threads (test set-up) pass straight through.
 */
final class RoundTripCountingStore implements ObjectStore {
  /** One store call: its operation (GET, HEAD, LIST, PUT, PUT_IF_ABSENT, ...) and key. */
  record Call(String op, String key) {}

  private record Held(Call call, CountDownLatch release) {}

  private final ObjectStore delegate;
  private final Set<Thread> tracked = ConcurrentHashMap.newKeySet();
  private final List<Held> held = new ArrayList<>();
  private final List<List<Call>> waves = new ArrayList<>();
  private BiConsumer<Integer, List<Call>> beforeRelease = (wave, calls) -> {};

  RoundTripCountingStore(ObjectStore delegate) {
    this.delegate = delegate;
  }

  /** Makes threads whose store calls are held and counted (virtual threads, as in production). */
  ThreadFactory threads() {
    ThreadFactory virtual = Thread.ofVirtual().factory();
    return task -> {
      Thread t = virtual.newThread(task);
      tracked.add(t);
      return t;
    };
  }

  /** Runs {@code hook} with each wave's number (from 1) and calls just before releasing it. */
  void beforeRelease(BiConsumer<Integer, List<Call>> hook) {
    this.beforeRelease = hook;
  }

  /** The waves released so far, in order. */
  synchronized List<List<Call>> waves() {
    return List.copyOf(waves);
  }

  /** Runs {@code action} on a counted thread, releasing its store calls wave by wave. */
  <T> T run(Callable<T> action) throws Exception {
    FutureTask<T> task = new FutureTask<>(action);
    Thread runner = threads().newThread(task);
    runner.start();
    long deadline = System.nanoTime() + 30_000_000_000L; // a guard against a hang, not a measure
    while (runner.isAlive()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the handling neither finished nor made a store call");
      }
      // Two looks a little apart: one scan of the threads is not atomic, and a thread that a
      // finishing thread woke between the scan's looks must have parked again by the second.
      int before = quiescentHeld();
      Thread.sleep(1);
      List<Held> wave = before > 0 ? quiescentWave(before) : List.of();
      if (wave.isEmpty()) {
        continue;
      }
      List<Call> calls = wave.stream().map(Held::call).toList();
      synchronized (this) {
        waves.add(calls);
      }
      beforeRelease.accept(waves().size(), calls);
      wave.forEach(h -> h.release().countDown());
    }
    return task.get();
  }

  /**
   * The held calls, taken, if every counted thread that is alive is parked on a held call, a future
   * or a latch (a join or an executor's close) and {@code expected} calls are held; otherwise none.
   */
  private synchronized List<Held> quiescentWave(int expected) {
    if (quiescentHeld() != expected) {
      return List.of();
    }
    List<Held> wave = List.copyOf(held);
    held.clear();
    return wave;
  }

  /** The number of held calls if every counted thread alive is parked as above, else -1. */
  private synchronized int quiescentHeld() {
    for (Thread t : tracked) {
      if (t.isAlive() && !waitsInside(t)) {
        return -1;
      }
    }
    return held.size();
  }

  /**
   * Whether {@code t} is parked on a held call's latch, a future (a join) or an executor's close (a
   * latch, awaited with a timeout): each waits for another counted thread or for a release. A
   * thread parked on anything else (a lock, a sleep) or running is not.
   */
  private static boolean waitsInside(Thread t) {
    Thread.State state = t.getState();
    Object blocker = LockSupport.getBlocker(t);
    return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
        && (blocker instanceof FutureTask<?>
            || (blocker != null
                && blocker.getClass().getName().startsWith(CountDownLatch.class.getName())));
  }

  private <T> T call(String op, String key, Supplier<T> operation) {
    if (!tracked.contains(Thread.currentThread())) {
      return operation.get();
    }
    CountDownLatch release = new CountDownLatch(1);
    synchronized (this) {
      held.add(new Held(new Call(op, key), release));
    }
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return operation.get();
  }

  @Override
  public String bucket() {
    return delegate.bucket();
  }

  @Override
  public void put(String key, byte[] content, WriteOptions options) {
    call(
        "PUT",
        key,
        () -> {
          delegate.put(key, content, options);
          return null;
        });
  }

  @Override
  public Optional<String> putIfAbsent(String key, byte[] content, String contentType) {
    return call("PUT_IF_ABSENT", key, () -> delegate.putIfAbsent(key, content, contentType));
  }

  @Override
  public Optional<String> replaceIfMatch(
      String key, byte[] content, String contentType, String expectedEtag) {
    return call(
        "REPLACE_IF_MATCH",
        key,
        () -> delegate.replaceIfMatch(key, content, contentType, expectedEtag));
  }

  @Override
  public void delete(String key) {
    call(
        "DELETE",
        key,
        () -> {
          delegate.delete(key);
          return null;
        });
  }

  @Override
  public Optional<StoredObject> get(String key) {
    return call("GET", key, () -> delegate.get(key));
  }

  @Override
  public boolean exists(String key) {
    return call("HEAD", key, () -> delegate.exists(key));
  }

  @Override
  public List<String> list(String prefix) {
    return call("LIST", prefix, () -> delegate.list(prefix));
  }
}
