package dev.satpage.e2e.chaos;

import dev.satpage.e2e.process.ComponentProcess;
import dev.satpage.e2e.process.Fleet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SIGKILLs a component process at random intervals and starts it again after a short pause, until
 * stopped. Victims are drawn from a shuffled round of every target, so that even a short run kills
 * each kind at least once; a restart runs on its own thread (a JVM start takes tens of seconds on a
 * busy machine) and a process still restarting is skipped. A component that fails to come back is a
 * finding, reported, not hidden.
 */
final class ChaosMonkey implements Runnable {
  private final List<ComponentProcess> targets;
  private final Duration min;
  private final Duration max;
  private final Random random;
  private final Map<String, Integer> kills = new ConcurrentHashMap<>();
  private final Set<ComponentProcess> restarting = ConcurrentHashMap.newKeySet();
  private final List<Thread> restarts = Collections.synchronizedList(new ArrayList<>());
  private final List<ComponentProcess> round = new ArrayList<>();
  private volatile boolean stopped;
  private volatile String failure;

  ChaosMonkey(List<ComponentProcess> targets, Duration min, Duration max, Random random) {
    this.targets = List.copyOf(targets);
    this.min = min;
    this.max = max;
    this.random = random;
  }

  @Override
  public void run() {
    while (!stopped) {
      long wait = min.toMillis() + (long) (random.nextDouble() * (max.toMillis() - min.toMillis()));
      if (!sleep(wait) || stopped) {
        return;
      }
      if (round.isEmpty()) {
        round.addAll(targets);
        Collections.shuffle(round, random);
      }
      ComponentProcess victim = round.removeFirst();
      if (!restarting.add(victim)) {
        continue; // still coming back from the last kill
      }
      System.out.println("chaos: SIGKILL " + victim.name() + " (pid " + victim.pid() + ")");
      victim.kill();
      kills.merge(victim.name(), 1, Integer::sum);
      long pause = 500 + random.nextInt(2500);
      restarts.add(Thread.ofVirtual().start(() -> restart(victim, pause)));
    }
  }

  private void restart(ComponentProcess victim, long pause) {
    try {
      sleep(pause);
      victim.start(Fleet.DEFAULT_READY_TIMEOUT);
      System.out.println("chaos: " + victim.name() + " is back (pid " + victim.pid() + ")");
    } catch (RuntimeException e) {
      failure = victim.name() + " did not restart: " + e.getMessage();
      System.out.println("chaos: " + failure);
    } finally {
      restarting.remove(victim);
    }
  }

  /** No more kills; waits until every restart in progress has finished. */
  void stopAndAwaitRestarts() {
    stopped = true;
    for (Thread t : List.copyOf(restarts)) {
      try {
        t.join(Fleet.DEFAULT_READY_TIMEOUT.plusSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  Map<String, Integer> kills() {
    return Map.copyOf(kills);
  }

  String failure() {
    return failure;
  }

  private static boolean sleep(long millis) {
    try {
      Thread.sleep(millis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
