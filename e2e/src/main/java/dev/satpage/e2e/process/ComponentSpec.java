package dev.satpage.e2e.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One component to run as its own JVM: a display name (also the log file name), its main class, its
 * arguments, JVM options, and the log line that says it is ready.
 */
public record ComponentSpec(
    String name, String mainClass, List<String> args, List<String> jvmOptions, String readyLine) {
  public static final String PRODUCER_MAIN = "dev.satpage.producer.app.ProducerApplication";
  public static final String IMAGERY_MAIN = "dev.satpage.imagery.app.ImageryWorkerApplication";
  public static final String RENDER_MAIN = "dev.satpage.render.app.RenderWorkerApplication";
  public static final String DEVSTACK_MAIN = "dev.satpage.devstack.DevstackMain";

  /**
   * Spring Boot's startup line ({@code StartupInfoLogger}, logged under the application class at
   * INFO).
   */
  public static final String SPRING_READY = "Started ";

  public ComponentSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mainClass, "mainClass");
    args = List.copyOf(args);
    jvmOptions = List.copyOf(jvmOptions);
    Objects.requireNonNull(readyLine, "readyLine");
  }

  /** A Spring Boot component with the shared settings (endpoints, keys) plus its own. */
  public static ComponentSpec springApp(
      String name,
      String mainClass,
      Map<String, String> shared,
      Map<String, String> own,
      List<String> jvmOptions) {
    Map<String, String> all = new LinkedHashMap<>(shared);
    // Short long-polls so that a stopped process does not leave a 10 s receive hanging on
    // ElasticMQ.
    all.put("spring.cloud.aws.sqs.listener.poll-timeout", "2s");
    all.put("server.port", "0");
    // The startup line is the readiness signal: make sure it is logged whatever the app's yml says.
    all.put("logging.level." + mainClass, "info");
    all.putAll(own);
    // Spring Boot reads --key=value arguments above its yml and the environment.
    List<String> args =
        all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
    return new ComponentSpec(name, mainClass, args, jvmOptions, SPRING_READY);
  }

  /**
   * DevstackMain on fixed ports (so a restarted stack comes back where the apps look); {@code
   * dataDir} may be null; {@code imageryPool} &gt; 0 puts the simulator in load mode
   * (ImagerySimulator#usePool); the simulator waits {@code providerLatency} before every response.
   */
  public static ComponentSpec devstack(
      int sqsPort,
      int s3Port,
      int imageryPort,
      java.nio.file.Path dataDir,
      int imageryPool,
      java.time.Duration providerLatency) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--sqs-port",
                Integer.toString(sqsPort),
                "--s3-port",
                Integer.toString(s3Port),
                "--imagery-port",
                Integer.toString(imageryPort),
                "--imagery-pool",
                Integer.toString(imageryPool),
                "--provider-latency-ms",
                Long.toString(providerLatency.toMillis())));
    if (dataDir != null) {
      args.addAll(List.of("--data-dir", dataDir.toAbsolutePath().toString()));
    }
    // Without a data dir S3Proxy keeps every object of the run on the heap (~10 MB per book:
    // prints, previews, PDFs).
    return new ComponentSpec(
        "devstack",
        DEVSTACK_MAIN,
        args,
        List.of("-Xmx4g", "-XX:+UseG1GC"),
        "satpage devstack is running");
  }
}
