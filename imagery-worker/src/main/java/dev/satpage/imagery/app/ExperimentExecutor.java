package dev.satpage.imagery.app;

import dev.satpage.imagery.experiment.Experiments;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Where the Spring worker runs experiments: one thread and no queue, off the listener threads, so a
 * candidate never holds a message (its page is acknowledged as soon as the control is done) and
 * never takes more than one core's worth of the worker; a comparison offered while one runs is
 * refused (the experiments count it skipped, {@code busy}).
 */
final class ExperimentExecutor implements Experiments.Launcher, AutoCloseable {
  private final ThreadPoolExecutor executor =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          Thread.ofPlatform().name("experiment").daemon().factory());

  @Override
  public boolean tryLaunch(Runnable work) {
    try {
      executor.execute(work);
      return true;
    } catch (RejectedExecutionException busy) {
      return false;
    }
  }

  /** Stops at once: a comparison cut short is only a comparison missing. */
  @Override
  public void close() {
    executor.shutdownNow();
  }
}
