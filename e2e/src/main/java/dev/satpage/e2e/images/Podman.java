package dev.satpage.e2e.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The podman CLI, as the images' users run it. Containers get the host network (devstack listens on
 * 127.0.0.1) and the ulimits this kind of sandbox allows (higher ones are refused: {@code --ulimit
 * nofile=1024:4096 --ulimit nproc=1024:2048}).
 */
final class Podman {
  static final List<String> ULIMITS =
      List.of("--ulimit", "nofile=1024:4096", "--ulimit", "nproc=1024:2048");

  /**
   * runc: Debian's default crun refuses hybrid cgroup hierarchies ("cgroups in hybrid mode not
   * supported").
   */
  static final String RUNTIME = System.getenv().getOrDefault("SATPAGE_PODMAN_RUNTIME", "runc");

  record Result(int exit, String output) {
    boolean ok() {
      return exit == 0;
    }
  }

  /** {@code podman load}: the image reference it loaded from an OCI or docker archive. */
  String load(Path archive) {
    Result result = run(List.of("load", "--input", archive.toString()), 300);
    if (!result.ok()) {
      throw new IllegalStateException("podman load " + archive + " failed: " + result.output());
    }
    for (String line : result.output().lines().toList()) {
      if (line.startsWith("Loaded image")) {
        return line.substring(line.indexOf(':') + 1).strip().split(",")[0].strip();
      }
    }
    throw new IllegalStateException(
        "podman load " + archive + " named no image: " + result.output());
  }

  /**
   * {@code podman run -d} with the host network, the sandbox ulimits, a memory limit, env and a
   * health command.
   */
  void start(
      String name, String image, String memory, Map<String, String> env, List<String> healthCmd) {
    List<String> args =
        new ArrayList<>(
            List.of("run", "-d", "--name", name, "--network", "host", "--memory", memory));
    args.addAll(ULIMITS);
    env.forEach((k, v) -> args.addAll(List.of("--env", k + "=" + v)));
    // The JSON array form is an exec-form check (CMD): the images have no shell for the string form
    // (CMD-SHELL).
    String exec =
        healthCmd.stream()
            .map(a -> "\"" + a + "\"")
            .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    args.addAll(List.of("--health-cmd", exec, "--health-interval", "0"));
    args.add(image);
    Result result = run(args, 60);
    if (!result.ok()) {
      throw new IllegalStateException("podman run " + name + " failed: " + result.output());
    }
  }

  /**
   * {@code podman healthcheck run}: true when the image's health command exits 0 in the container.
   */
  boolean healthy(String name) {
    return run(List.of("healthcheck", "run", name), 60).ok();
  }

  Result inspect(String name, String format) {
    return run(List.of("inspect", "--format", format, name), 30);
  }

  Result exec(String name, List<String> command) {
    List<String> args = new ArrayList<>(List.of("exec", name));
    args.addAll(command);
    return run(args, 60);
  }

  String logs(String name) {
    return run(List.of("logs", name), 30).output();
  }

  /** Removes the named container (only ever one this run started). */
  void remove(String name) {
    run(List.of("rm", "--force", "--time", "5", name), 60);
  }

  Result run(List<String> args, int timeoutSeconds) {
    List<String> command = new ArrayList<>();
    command.addAll(List.of("podman", "--runtime", RUNTIME));
    command.addAll(args);
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Result(-1, "timed out: " + command);
      }
      return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new Result(-1, "cannot run podman (apt-get install podman): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(-1, "interrupted");
    }
  }
}
