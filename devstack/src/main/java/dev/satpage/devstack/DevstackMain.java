package dev.satpage.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Runs the {@link Devstack} until Ctrl-C on fixed ports (SQS 9324, S3 9000, imagery 9100) unless
 * told otherwise; see {@code --help}. {@code --imagery-pool} is for load runs, see {@link
 * dev.satpage.devstack.imagery.ImagerySimulator#usePool}.
 */
@Command(
    name = "devstack",
    mixinStandardHelpOptions = true,
    version = "satpage devstack 0.1",
    sortOptions = false,
    description =
        "Runs ElasticMQ (SQS), S3Proxy (S3) and the imagery simulator until Ctrl-C, and prints how to reach "
            + "them.",
    footer = "%nExit codes: 2 usage; otherwise it runs until stopped.")
public final class DevstackMain implements Callable<Integer> {
  @Option(
      names = "--sqs-port",
      defaultValue = "" + DevstackConfig.STANDALONE_SQS_PORT,
      paramLabel = "N",
      converter = Port.class,
      description = "ElasticMQ's port, 0 a free one (default: ${DEFAULT-VALUE})")
  int sqsPort;

  @Option(
      names = "--s3-port",
      defaultValue = "" + DevstackConfig.STANDALONE_S3_PORT,
      paramLabel = "N",
      converter = Port.class,
      description = "S3Proxy's port, 0 a free one (default: ${DEFAULT-VALUE})")
  int s3Port;

  @Option(
      names = "--imagery-port",
      defaultValue = "" + DevstackConfig.STANDALONE_IMAGERY_PORT,
      paramLabel = "N",
      converter = Port.class,
      description = "the imagery simulator's port, 0 a free one (default: ${DEFAULT-VALUE})")
  int imageryPort;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "keep S3 objects as files under DIR (default: in memory)")
  Path dataDir;

  @Option(
      names = "--imagery-pool",
      defaultValue = "0",
      paramLabel = "N",
      converter = Count.class,
      description =
          "load mode: serve every image from N stand-ins per size; 0 draws every window "
              + "(default: ${DEFAULT-VALUE})")
  int imageryPool;

  @Option(
      names = "--provider-latency-ms",
      defaultValue = "0",
      paramLabel = "MS",
      converter = Count.class,
      description =
          "the imagery simulator waits this long before every response, as a distant provider "
              + "would (default: ${DEFAULT-VALUE})")
  int providerLatencyMs;

  public static void main(String[] args) {
    quietLogging();
    System.exit(new CommandLine(new DevstackMain()).execute(args));
  }

  /**
   * What the command line asks for: the stack, the simulator's pool size (0 = draw every window)
   * and the latency it adds to every response.
   */
  record Options(DevstackConfig config, int imageryPool, Duration providerLatency) {}

  Options options() {
    return new Options(
        DevstackConfig.defaults().withPorts(sqsPort, s3Port, imageryPort).withDataDir(dataDir),
        imageryPool,
        Duration.ofMillis(providerLatencyMs));
  }

  @Override
  public Integer call() throws InterruptedException {
    Options options = options();
    DevstackConfig config = options.config();
    Devstack stack = Devstack.start(config);
    stack.imagery().usePool(options.imageryPool());
    stack.imagery().faults().latency(options.providerLatency());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stack.close();
                  stopped.countDown();
                },
                "devstack-shutdown"));
    System.out.println(banner(stack, config));
    stopped.await();
    return 0;
  }

  /** A TCP port, 0 for any free one. */
  static final class Port implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return wholeNumber(value, 0, 65_535);
    }
  }

  /** A whole number ≥ 0. */
  static final class Count implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return wholeNumber(value, 0, Integer.MAX_VALUE);
    }
  }

  private static int wholeNumber(String value, int min, int max) {
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below, with the range
    }
    throw new TypeConversionException(
        "'"
            + value
            + "' is not a whole number"
            + (max == Integer.MAX_VALUE ? " ≥ " + min : " within " + min + ".." + max));
  }

  static String banner(Devstack stack, DevstackConfig config) {
    StringBuilder out = new StringBuilder();
    out.append("satpage devstack is running (Ctrl-C to stop)\n\n");
    out.append("  SQS (ElasticMQ)     ").append(stack.sqsEndpoint()).append('\n');
    out.append("  S3 (S3Proxy)        ").append(stack.s3Endpoint()).append("  (path-style)\n");
    out.append("  Imagery simulator   ").append(stack.imageryEndpoint()).append('\n');
    out.append("  region ")
        .append(stack.region())
        .append(", access key ")
        .append(stack.accessKey())
        .append(", secret key ")
        .append(stack.secretKey())
        .append('\n');
    out.append("  bucket ")
        .append(stack.bucket())
        .append(
            config.dataDir() == null ? " (in memory)" : " (files under " + config.dataDir() + ")")
        .append('\n');
    out.append("  imagery api key ").append(stack.imageryApiKey());
    if (stack.imagery().poolSize() > 0) {
      out.append(" (load mode: images from a pool of ")
          .append(stack.imagery().poolSize())
          .append(" per size)");
    }
    long latencyMs = stack.imagery().faults().latency().toMillis();
    if (latencyMs > 0) {
      out.append("\n  imagery simulator adds ").append(latencyMs).append(" ms to every response");
    }
    out.append("\n  preview API key ")
        .append(stack.previewApiKey())
        .append(
            " (a producer started with these properties accepts it: Authorization: Bearer <key>)");
    out.append("\n\nQueues:\n");
    stack.queueUrls().forEach((name, url) -> out.append("  ").append(url).append('\n'));
    out.append("\nApplication properties:\n");
    for (Map.Entry<String, String> e : stack.endpointProperties().entrySet()) {
      out.append("  ").append(e.getKey()).append('=').append(e.getValue()).append('\n');
    }
    out.append("\nTry:\n");
    out.append("  AWS_ACCESS_KEY_ID=")
        .append(stack.accessKey())
        .append(" AWS_SECRET_ACCESS_KEY=")
        .append(stack.secretKey())
        .append(" aws --region ")
        .append(stack.region())
        .append(" --endpoint-url ")
        .append(stack.sqsEndpoint())
        .append(" sqs list-queues\n");
    out.append("  AWS_ACCESS_KEY_ID=")
        .append(stack.accessKey())
        .append(" AWS_SECRET_ACCESS_KEY=")
        .append(stack.secretKey())
        .append(" aws --region ")
        .append(stack.region())
        .append(" --endpoint-url ")
        .append(stack.s3Endpoint())
        .append(" s3 ls s3://")
        .append(stack.bucket())
        .append('\n');
    out.append("  curl -o aerial.jpg '")
        .append(stack.imageryEndpoint())
        .append("/REST/v1/Imagery/Map/Aerial/51.5007,-0.1246/17?mapSize=2000,1500&key=")
        .append(stack.imageryApiKey())
        .append("'\n");
    return out.toString();
  }

  /**
   * slf4j-simple at WARN unless the user set levels (ElasticMQ, Pekko and S3Proxy are chatty at
   * INFO).
   */
  private static void quietLogging() {
    setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
    setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
    setIfAbsent("org.slf4j.simpleLogger.log.org.elasticmq", "warn");
    setIfAbsent("org.slf4j.simpleLogger.log.org.apache.pekko", "warn");
    // Our shutdown hook stops ElasticMQ; Pekko's own hook would only warn that shutdown is already
    // in progress.
    setIfAbsent("pekko.coordinated-shutdown.run-by-jvm-shutdown-hook", "off");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
