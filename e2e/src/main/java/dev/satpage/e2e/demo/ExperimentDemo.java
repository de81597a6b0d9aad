package dev.satpage.e2e.demo;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.DevstackConfig;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.storage.S3Layout;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's experiment ({@code ./satpage experiment-demo}): the live path fetches Bing static maps
 * (the control) and every page is also made from Azure Maps tiles (the candidate), both from the
 * devstack simulator; once the books are rendered, the ops CLI's {@code experiment report} writes
 * the report. The CLI runs as its own process, as an operator types it: ops-cli's tests use e2e, so
 * e2e cannot depend on ops-cli.
 */
final class ExperimentDemo {
  static final String NAME = "bing-to-azure";

  /** The ops CLI's classpath; {@code ./satpage experiment-demo} sets it. */
  static final String OPS_CLASSPATH_PROPERTY = "satpage.ops.classpath";

  /** How long the comparison count must stay the same before the report is written. */
  static final Duration SETTLED = Duration.ofSeconds(5);

  private ExperimentDemo() {}

  /**
   * Devstack with the imagery simulator on a port known before start: the candidate, another
   * provider than the control, needs its endpoint named.
   */
  static DevstackConfig devstack() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return DevstackConfig.defaults().withPorts(0, 0, socket.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException("no free port for the imagery simulator", e);
    }
  }

  /**
   * The imagery worker's settings: Bing as the live provider, and the experiment at sample rate 1
   * with limits that do not hold it back (docs/configuration.md, experiments).
   */
  static Map<String, Object> properties(DevstackConfig config) {
    String prefix = "satpage.imagery.experiments." + NAME + ".";
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("satpage.imagery.provider", "bing");
    p.put(prefix + "candidate.provider", "azure");
    p.put(prefix + "candidate.mode", "tiles");
    p.put(prefix + "candidate.endpoint", "http://127.0.0.1:" + config.imageryPort());
    p.put(prefix + "candidate.api-key", config.imageryApiKey());
    p.put(prefix + "sample-rate", "1");
    p.put(prefix + "rate-per-second", "100");
    p.put(prefix + "provider-call-budget", "100000");
    return p;
  }

  /**
   * Waits until the comparisons stop coming ({@link #SETTLED}) or {@code deadline}, and returns how
   * many there are.
   */
  static int awaitComparisons(ObjectStore store, Instant deadline) {
    String prefix = S3Layout.experimentComparisonsPrefix(NAME);
    int seen = -1;
    Instant changed = Instant.now();
    while (Instant.now().isBefore(deadline)) {
      int now = store.list(prefix).size();
      if (now != seen) {
        seen = now;
        changed = Instant.now();
      } else if (now > 0 && Instant.now().isAfter(changed.plus(SETTLED))) {
        break;
      }
      sleep();
    }
    return Math.max(seen, 0);
  }

  /** Runs {@code ops experiment report} against the devstack; returns its exit code. */
  static int report(Devstack devstack, Path outDir) {
    Path dir = outDir.resolve("experiments").resolve(NAME);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(opsClasspath());
    command.add("dev.satpage.ops.OpsCli");
    command.addAll(List.of("experiment", "report", NAME, "--out", dir.toString()));
    command.addAll(
        List.of(
            "--sqs-endpoint", devstack.sqsEndpoint().toString(),
            "--s3-endpoint", devstack.s3Endpoint().toString(),
            "--region", devstack.region(),
            "--access-key", devstack.accessKey(),
            "--secret-key", devstack.secretKey(),
            "--bucket", devstack.bucket()));
    try {
      return new ProcessBuilder(command).inheritIO().start().waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the ops CLI", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the ops CLI ran", e);
    }
  }

  static String opsClasspath() {
    String given = System.getProperty(OPS_CLASSPATH_PROPERTY);
    if (given != null && !given.isBlank()) {
      return given;
    }
    Path ops = Path.of("ops-cli", "target");
    if (!Files.isDirectory(ops.resolve("lib"))) {
      throw new IllegalStateException(
          "no ops-cli/target/lib: build it first (./satpage experiment-demo does)");
    }
    return ops.resolve("classes").toAbsolutePath()
        + File.pathSeparator
        + ops.resolve("lib").toAbsolutePath()
        + File.separator
        + "*";
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for comparisons", e);
    }
  }
}
