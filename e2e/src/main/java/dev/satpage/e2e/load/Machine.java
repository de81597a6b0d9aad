package dev.satpage.e2e.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** The machine a run was measured on: CPU model and count, memory, load average, JVM, date. */
public record Machine(
    String cpuModel, int cpus, long memoryGiB, String loadAverage, String java, Instant at) {

  public static Machine now() {
    return new Machine(
        readCpuModel(),
        Runtime.getRuntime().availableProcessors(),
        readMemoryGiB(),
        currentLoadAverage(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        Instant.now());
  }

  private static String readCpuModel() {
    return read("/proc/cpuinfo")
        .lines()
        .filter(l -> l.startsWith("model name"))
        .findFirst()
        .map(l -> l.substring(l.indexOf(':') + 1).trim())
        .orElse("unknown");
  }

  private static long readMemoryGiB() {
    return read("/proc/meminfo")
        .lines()
        .filter(l -> l.startsWith("MemTotal:"))
        .findFirst()
        .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / (1024 * 1024))
        .orElse(0L);
  }

  /** 1, 5 and 15 minute load averages. */
  public static String currentLoadAverage() {
    String[] f = read("/proc/loadavg").trim().split("\\s+");
    return f.length >= 3 ? f[0] + " " + f[1] + " " + f[2] : "unknown";
  }

  private static String read(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (IOException e) {
      return "";
    }
  }
}
