package dev.satpage.devstack;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the {@link Devstack} until Ctrl-C on fixed ports (SQS 9324, S3 9000, imagery 9100) unless told otherwise:
 * {@code --sqs-port N --s3-port N --imagery-port N --data-dir DIR --imagery-pool N} (the last for load runs, see
 * {@link dev.satpage.devstack.imagery.ImagerySimulator#usePool}).
 */
public final class DevstackMain {
  private DevstackMain() {}

  public static void main(String[] args) throws InterruptedException {
    quietLogging();
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("devstack: " + e.getMessage());
      System.err.println(
          "usage: devstack [--sqs-port N] [--s3-port N] [--imagery-port N] [--data-dir DIR] [--imagery-pool N]");
      System.exit(2);
      return;
    }
    DevstackConfig config = options.config();
    Devstack stack = Devstack.start(config);
    stack.imagery().usePool(options.imageryPool());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stack.close();
      stopped.countDown();
    }, "devstack-shutdown"));
    System.out.println(banner(stack, config));
    stopped.await();
  }

  /** What the command line asks for: the stack, and the simulator's pool size (0 = draw every window). */
  record Options(DevstackConfig config, int imageryPool) {}

  static Options parse(String[] args) {
    int sqs = DevstackConfig.STANDALONE_SQS_PORT;
    int s3 = DevstackConfig.STANDALONE_S3_PORT;
    int imagery = DevstackConfig.STANDALONE_IMAGERY_PORT;
    Path dataDir = null;
    int imageryPool = 0;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value for " + name);
      }
      String value = args[++i];
      switch (name) {
        case "--sqs-port" -> sqs = port(name, value);
        case "--s3-port" -> s3 = port(name, value);
        case "--imagery-port" -> imagery = port(name, value);
        case "--data-dir" -> dataDir = Path.of(value);
        case "--imagery-pool" -> imageryPool = count(name, value);
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    return new Options(DevstackConfig.defaults().withPorts(sqs, s3, imagery).withDataDir(dataDir), imageryPool);
  }

  private static int count(String name, String value) {
    int n = port(name, value);
    if (n < 0) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
    return n;
  }

  private static int port(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " needs a number, got " + value);
    }
  }

  static String banner(Devstack stack, DevstackConfig config) {
    StringBuilder out = new StringBuilder();
    out.append("satpage devstack is running (Ctrl-C to stop)\n\n");
    out.append("  SQS (ElasticMQ)     ").append(stack.sqsEndpoint()).append('\n');
    out.append("  S3 (S3Proxy)        ").append(stack.s3Endpoint()).append("  (path-style)\n");
    out.append("  Imagery simulator   ").append(stack.imageryEndpoint()).append('\n');
    out.append("  region ").append(stack.region()).append(", access key ").append(stack.accessKey())
        .append(", secret key ").append(stack.secretKey()).append('\n');
    out.append("  bucket ").append(stack.bucket())
        .append(config.dataDir() == null ? " (in memory)" : " (files under " + config.dataDir() + ")").append('\n');
    out.append("  imagery api key ").append(stack.imageryApiKey());
    if (stack.imagery().poolSize() > 0) {
      out.append(" (load mode: images from a pool of ").append(stack.imagery().poolSize()).append(" per size)");
    }
    out.append("\n  preview API key ").append(stack.previewApiKey())
        .append(" (a producer started with these properties accepts it: Authorization: Bearer <key>)");
    out.append("\n\nQueues:\n");
    stack.queueUrls().forEach((name, url) -> out.append("  ").append(url).append('\n'));
    out.append("\nApplication properties:\n");
    for (Map.Entry<String, String> e : stack.endpointProperties().entrySet()) {
      out.append("  ").append(e.getKey()).append('=').append(e.getValue()).append('\n');
    }
    out.append("\nTry:\n");
    out.append("  AWS_ACCESS_KEY_ID=").append(stack.accessKey()).append(" AWS_SECRET_ACCESS_KEY=")
        .append(stack.secretKey()).append(" aws --region ").append(stack.region()).append(" --endpoint-url ")
        .append(stack.sqsEndpoint()).append(" sqs list-queues\n");
    out.append("  AWS_ACCESS_KEY_ID=").append(stack.accessKey()).append(" AWS_SECRET_ACCESS_KEY=")
        .append(stack.secretKey()).append(" aws --region ").append(stack.region()).append(" --endpoint-url ")
        .append(stack.s3Endpoint()).append(" s3 ls s3://").append(stack.bucket()).append('\n');
    out.append("  curl -o aerial.jpg '").append(stack.imageryEndpoint())
        .append("/REST/v1/Imagery/Map/Aerial/51.5007,-0.1246/17?mapSize=2000,1500&key=")
        .append(stack.imageryApiKey()).append("'\n");
    return out.toString();
  }

  /** slf4j-simple at WARN unless the user set levels (ElasticMQ, Pekko and S3Proxy are chatty at INFO). */
  private static void quietLogging() {
    setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
    setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
    setIfAbsent("org.slf4j.simpleLogger.log.org.elasticmq", "warn");
    setIfAbsent("org.slf4j.simpleLogger.log.org.apache.pekko", "warn");
    // Our shutdown hook stops ElasticMQ; Pekko's own hook would only warn that shutdown is already in progress.
    setIfAbsent("pekko.coordinated-shutdown.run-by-jvm-shutdown-hook", "off");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
