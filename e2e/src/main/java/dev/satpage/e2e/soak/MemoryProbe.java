package dev.satpage.e2e.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a JVM process's memory from outside: {@code VmRSS} from {@code /proc/<pid>/status}
 * (proc(5)), and the heap after a full collection from the JDK's own {@code jcmd <pid> GC.run} then
 * {@code GC.heap_info} (the diagnostic commands every HotSpot JVM serves). One full GC a minute
 * costs each process a few tens of milliseconds.
 */
public final class MemoryProbe {
  /**
   * G1's line: {@code garbage-first heap total reserved 1048576K, committed 262144K, used 98765K
   * [...]}.
   */
  private static final Pattern G1 =
      Pattern.compile("heap\\s+total (?:reserved \\d+K, )?committed (\\d+)K, used (\\d+)K");

  /** Parallel/Serial collectors: one {@code total N K, used M K} line per generation. */
  private static final Pattern GENERATION =
      Pattern.compile("^\\s*\\S+\\s+total (\\d+)K, used (\\d+)K", Pattern.MULTILINE);

  private final Path jcmd;

  public MemoryProbe(Path jcmd) {
    this.jcmd = jcmd;
  }

  /** The jcmd beside the java running this process. */
  public static MemoryProbe ofThisJdk() {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new MemoryProbe(Path.of(java).resolveSibling("jcmd"));
  }

  /** Reads {@code pid}; empty if it exited meanwhile. */
  public Optional<MemorySample> sample(double minute, String name, long pid) {
    try {
      String status = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
      run(pid, "GC.run");
      Optional<double[]> heap = parseHeap(run(pid, "GC.heap_info"));
      return heap.map(h -> new MemorySample(minute, name, parseRssMiB(status), h[1], h[0]));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** {@code VmRSS} of a {@code /proc/<pid>/status} text, in MiB. */
  static double parseRssMiB(String status) {
    return status
        .lines()
        .filter(l -> l.startsWith("VmRSS:"))
        .findFirst()
        .map(l -> Long.parseLong(l.substring(6).trim().split("\\s+")[0]) / 1024.0)
        .orElse(0.0);
  }

  /** {committed, used} heap in MiB from {@code GC.heap_info} output. */
  static Optional<double[]> parseHeap(String heapInfo) {
    Matcher g1 = G1.matcher(heapInfo);
    if (g1.find()) {
      return Optional.of(
          new double[] {
            Long.parseLong(g1.group(1)) / 1024.0, Long.parseLong(g1.group(2)) / 1024.0
          });
    }
    long committed = 0;
    long used = 0;
    Matcher gen = GENERATION.matcher(heapInfo);
    boolean any = false;
    while (gen.find()) {
      committed += Long.parseLong(gen.group(1));
      used += Long.parseLong(gen.group(2));
      any = true;
    }
    return any ? Optional.of(new double[] {committed / 1024.0, used / 1024.0}) : Optional.empty();
  }

  private String run(long pid, String command) throws IOException {
    Process p =
        new ProcessBuilder(List.of(jcmd.toString(), Long.toString(pid), command))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("jcmd " + pid + " " + command + " timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return out;
  }
}
