package dev.satpage.e2e.beforeafter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Pins a running process, every thread of it, to one CPU with util-linux's {@code taskset -a -p -c}
 * (threads it starts later inherit the affinity of the thread that starts them: see
 * sched_setaffinity(2)).
 */
final class CpuPinning {
  private static final Path TASKSET = Path.of("/usr/bin/taskset");

  private CpuPinning() {}

  /** True on Linux with taskset and at least two CPUs. */
  static boolean available() {
    return Files.isExecutable(TASKSET) && Runtime.getRuntime().availableProcessors() >= 2;
  }

  static void pin(long pid, int cpu) {
    try {
      Process p =
          new ProcessBuilder(
                  TASKSET.toString(), "-a", "-p", "-c", Integer.toString(cpu), Long.toString(pid))
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException("taskset failed for pid " + pid + ": " + out);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run taskset", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
