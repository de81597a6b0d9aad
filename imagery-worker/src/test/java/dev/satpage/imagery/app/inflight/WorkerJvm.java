package dev.satpage.imagery.app.inflight;

import dev.satpage.imagery.app.ImageryWorkerApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Spring imagery worker in a JVM of its own (this test JVM's classpath), so that its CPU time
 * and peak resident set are its own: {@code utime + stime} of {@code /proc/<pid>/stat} and {@code
 * VmHWM} of {@code /proc/<pid>/status} (proc(5)).
 */
final class WorkerJvm implements AutoCloseable {
  /** USER_HZ, the unit of utime and stime: 100 on every Linux architecture Java runs on. */
  private static final int TICKS_PER_SECOND = 100;

  private final Process process;

  WorkerJvm(List<String> jvmOptions, Map<String, String> properties, Path log) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.add("--enable-native-access=ALL-UNNAMED");
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add(ImageryWorkerApplication.class.getName());
    properties.forEach((key, value) -> command.add("--" + key + "=" + value));
    Files.createDirectories(log.getParent());
    process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  /** User + system CPU seconds the worker has used so far. */
  double cpuSeconds() throws IOException {
    return cpuSeconds(Files.readString(Path.of("/proc", Long.toString(pid()), "stat")));
  }

  private static double cpuSeconds(String stat) {
    // Field 2 (the command) is in parentheses and may hold spaces: count from the last ')'.
    String[] after = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    return (Long.parseLong(after[11]) + Long.parseLong(after[12])) / (double) TICKS_PER_SECOND;
  }

  /** The worker's peak resident set so far (VmHWM), in MiB. */
  double peakRssMiB() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.substring(6).trim().split("\\s+")[0]) / 1024.0;
      }
    }
    throw new IOException("no VmHWM in /proc/" + pid() + "/status");
  }

  /**
   * CPU seconds of the worker's live threads, summed by name with the digits left out ({@code C#
   * CompilerThread#}, {@code GC Thread##}, {@code ntContainer##-#}…): where the CPU went.
   */
  Map<String, Double> cpuSecondsByThread() throws IOException {
    Map<String, Double> byName = new TreeMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid()), "task"))) {
      for (Path task : tasks.toList()) {
        try {
          String name = Files.readString(task.resolve("comm")).strip().replaceAll("[0-9]", "#");
          byName.merge(name, cpuSeconds(Files.readString(task.resolve("stat"))), Double::sum);
        } catch (IOException gone) {
          // the thread ended between the listing and the read
        }
      }
    }
    return byName;
  }

  @Override
  public void close() {
    process.destroy(); // SIGTERM: Spring's graceful shutdown, and a JFR recording is written
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
