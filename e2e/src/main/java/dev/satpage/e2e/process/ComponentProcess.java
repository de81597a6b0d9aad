package dev.satpage.e2e.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One component running as its own JVM, with stdout and stderr appended to {@code
 * <logDir>/<name>.log}. It can be SIGKILLed and restarted; CPU time adds up over its incarnations
 * and the peak RSS is the largest seen.
 */
public final class ComponentProcess implements AutoCloseable {
  private final ComponentSpec spec;
  private final JvmLauncher launcher;
  private final Path log;
  private Process process;
  private ProcStats finished = ProcStats.NONE;
  private int starts;
  private int kills;

  ComponentProcess(ComponentSpec spec, JvmLauncher launcher, Path logDir) {
    this.spec = spec;
    this.launcher = launcher;
    this.log = logDir.resolve(spec.name() + ".log");
  }

  /**
   * Starts the JVM and waits until its log shows the ready line; fails with the log's tail if it
   * exits or times out.
   */
  public synchronized ComponentProcess start(Duration timeout) {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException(spec.name() + " is already running");
    }
    long offset = size();
    List<String> command = launcher.command(spec);
    try {
      Files.writeString(
          log,
          "=== start " + (starts + 1) + ": " + spec.mainClass() + "\n",
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + spec.name(), e);
    }
    starts++;
    awaitReady(offset, timeout);
    return this;
  }

  private void awaitReady(long offset, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (logSince(offset).contains(spec.readyLine())) {
        return;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(
            spec.name()
                + " exited with "
                + process.exitValue()
                + " before it was ready:\n"
                + tail(logSince(offset), 40));
      }
      sleep(100);
    }
    throw new IllegalStateException(
        spec.name() + " not ready within " + timeout + ":\n" + tail(logSince(offset), 40));
  }

  /** SIGKILL (no shutdown hooks, no graceful stop: a crash), then wait for it to be gone. */
  public synchronized void kill() {
    if (process == null || !process.isAlive()) {
      return;
    }
    finished = finished.plus(ProcStats.read(process.pid()).orElse(ProcStats.NONE));
    process.destroyForcibly(); // SIGKILL on Linux (ProcessImpl.destroy(true))
    waitFor(Duration.ofSeconds(10));
    kills++;
  }

  /** SIGKILL, then start again. */
  public synchronized void restart(Duration readyTimeout) {
    kill();
    start(readyTimeout);
  }

  /** CPU and peak RSS over every incarnation so far (the live one read now). */
  public synchronized ProcStats stats() {
    ProcStats live =
        process != null && process.isAlive()
            ? ProcStats.read(process.pid()).orElse(ProcStats.NONE)
            : ProcStats.NONE;
    return finished.plus(live);
  }

  public synchronized long pid() {
    return process == null ? -1 : process.pid();
  }

  public synchronized boolean isAlive() {
    return process != null && process.isAlive();
  }

  public String name() {
    return spec.name();
  }

  public ComponentSpec spec() {
    return spec;
  }

  public Path logFile() {
    return log;
  }

  public synchronized int starts() {
    return starts;
  }

  public synchronized int kills() {
    return kills;
  }

  /** SIGTERM (graceful), SIGKILL after 15 s. */
  @Override
  public synchronized void close() {
    if (process != null && process.isAlive()) {
      finished = finished.plus(ProcStats.read(process.pid()).orElse(ProcStats.NONE));
      process.destroy();
      if (!waitFor(Duration.ofSeconds(15))) {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(5));
      }
    }
  }

  private boolean waitFor(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private long size() {
    try {
      return Files.exists(log) ? Files.size(log) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private String logSince(long offset) {
    try {
      byte[] all = Files.readAllBytes(log);
      return new String(
          all,
          (int) Math.min(offset, all.length),
          (int) Math.max(0, all.length - offset),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  static String tail(String text, int lines) {
    List<String> all = new ArrayList<>(List.of(text.split("\n")));
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
