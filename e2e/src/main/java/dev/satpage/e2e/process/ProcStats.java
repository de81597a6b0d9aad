package dev.satpage.e2e.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * CPU time (user + system) and peak resident set size of one Linux process, read from {@code
 * /proc/<pid>/stat} and {@code /proc/<pid>/status} ({@code VmHWM}). See proc(5).
 */
public record ProcStats(double cpuSeconds, long peakRssBytes) {
  /**
   * USER_HZ: the unit of utime/stime in /proc; 100 on every Linux architecture Java runs on
   * (sysconf(_SC_CLK_TCK)).
   */
  public static final int TICKS_PER_SECOND = 100;

  public static final ProcStats NONE = new ProcStats(0, 0);

  /** Reads the live process; empty when it has exited or /proc is not there (not Linux). */
  public static Optional<ProcStats> read(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String status = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
      return Optional.of(parse(stat, status));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Parses the two files' contents (pure, for tests). */
  public static ProcStats parse(String stat, String status) {
    // The command name (field 2) is in parentheses and may contain spaces: count fields after the
    // last ')'.
    String[] after = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    // after[0] is field 3 (state), so utime (field 14) is after[11] and stime (field 15) after[12].
    long ticks = Long.parseLong(after[11]) + Long.parseLong(after[12]);
    long hwmKb = 0;
    for (String line : status.split("\n")) {
      if (line.startsWith("VmHWM:")) {
        hwmKb = Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
      }
    }
    return new ProcStats(ticks / (double) TICKS_PER_SECOND, hwmKb * 1024);
  }

  /**
   * Sums the CPU of both, keeps the larger peak (a restarted process: time adds up, peak is per
   * incarnation).
   */
  public ProcStats plus(ProcStats other) {
    return new ProcStats(cpuSeconds + other.cpuSeconds, Math.max(peakRssBytes, other.peakRssBytes));
  }

  /** CPU used since {@code earlier} (a reading of the same process); the peak stays the peak. */
  public ProcStats since(ProcStats earlier) {
    return new ProcStats(Math.max(0, cpuSeconds - earlier.cpuSeconds), peakRssBytes);
  }

  public double peakRssMiB() {
    return peakRssBytes / (1024.0 * 1024.0);
  }
}
