package dev.satpage.e2e.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The component processes of one run; closing stops them all, last started first. */
public final class Fleet implements AutoCloseable {
  public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofMinutes(2);

  private final JvmLauncher launcher;
  private final Path logDir;
  private final List<ComponentProcess> processes = new ArrayList<>();
  private final Thread shutdownHook = new Thread(this::killAll, "fleet-shutdown");

  public Fleet(JvmLauncher launcher, Path logDir) {
    this.launcher = launcher;
    this.logDir = logDir;
    // A driver stopped with Ctrl-C or SIGTERM must not leave its component JVMs running (they are
    // not its children in any way the OS would clean up).
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    try {
      Files.createDirectories(logDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the specs in parallel (JVM start-up dominates) and waits until every one is ready. */
  public synchronized List<ComponentProcess> startAll(
      List<ComponentSpec> specs, Duration readyTimeout) {
    List<ComponentProcess> started = new ArrayList<>();
    for (ComponentSpec spec : specs) {
      ComponentProcess p = new ComponentProcess(spec, launcher, logDir);
      processes.add(p);
      started.add(p);
    }
    // Own threads: the common pool has one thread on a 2-core machine, which would start them one
    // by one.
    try (ExecutorService starters = Executors.newVirtualThreadPerTaskExecutor()) {
      CompletableFuture.allOf(
              started.stream()
                  .map(p -> CompletableFuture.runAsync(() -> p.start(readyTimeout), starters))
                  .toArray(CompletableFuture[]::new))
          .join();
    }
    return started;
  }

  public synchronized List<ComponentProcess> processes() {
    return List.copyOf(processes);
  }

  /** Stats per process name, read now. */
  public synchronized Map<String, ProcStats> stats() {
    Map<String, ProcStats> stats = new LinkedHashMap<>();
    for (ComponentProcess p : processes) {
      stats.put(p.name(), p.stats());
    }
    return stats;
  }

  public Path logDir() {
    return logDir;
  }

  @Override
  public synchronized void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      processes.get(i).close();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook is running or ran
    }
  }

  private void killAll() {
    for (ComponentProcess p : List.copyOf(processes)) {
      p.kill();
    }
  }
}
