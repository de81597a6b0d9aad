package dev.satpage.devstack;

import dev.satpage.devstack.imagery.ImagerySimulator;
import dev.satpage.devstack.s3.S3ProxyServer;
import dev.satpage.devstack.sqs.ElasticMqServer;
import dev.satpage.devstack.sqs.QueueProvisioner;
import dev.satpage.model.queue.Queues;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The local AWS stack in one process: ElasticMQ with every pipeline queue and its DLQ, S3Proxy with
 * the bucket, and the imagery simulator, all on 127.0.0.1. Closing stops them in reverse order.
 */
public final class Devstack implements AutoCloseable {
  private final DevstackConfig config;
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private ElasticMqServer sqsServer;
  private volatile S3ProxyServer s3Server; // replaced by restartS3()
  private ImagerySimulator imagery;
  private SqsClient sqs;
  private Map<String, String> queueUrls = Map.of();
  private boolean closed;

  private Devstack(DevstackConfig config) {
    this.config = config;
  }

  /**
   * Starts SQS, S3 and imagery, creates the queues of {@link Queues#ALL} and the bucket; fails fast
   * and cleans up.
   */
  public static Devstack start(DevstackConfig config) {
    Devstack stack = new Devstack(config);
    try {
      stack.startAll();
      return stack;
    } catch (RuntimeException | Error e) {
      stack.close();
      throw e;
    }
  }

  private void startAll() {
    sqsServer = remember(ElasticMqServer.start(config.sqsPort(), config.region()));
    sqs = remember(newSqsClient());
    queueUrls =
        Collections.unmodifiableMap(new QueueProvisioner(sqs).createAll(Queues.ALL)); // flow order

    s3Server =
        remember(
            S3ProxyServer.start(
                config.s3Port(), config.accessKey(), config.secretKey(), config.dataDir()));
    try (S3Client s3 = newS3Client()) {
      createBucketIfMissing(s3);
    }

    imagery = remember(ImagerySimulator.start(config.imageryPort(), config.imageryApiKey()));
  }

  private void createBucketIfMissing(S3Client s3) {
    try {
      s3.headBucket(b -> b.bucket(config.bucket()));
    } catch (NoSuchBucketException e) {
      s3.createBucket(b -> b.bucket(config.bucket()));
    }
  }

  private <T extends AutoCloseable> T remember(T resource) {
    started.push(resource);
    return resource;
  }

  public URI sqsEndpoint() {
    return sqsServer.endpoint();
  }

  public URI s3Endpoint() {
    return s3Server.endpoint();
  }

  public URI imageryEndpoint() {
    return imagery.endpoint();
  }

  public String region() {
    return config.region();
  }

  public String accessKey() {
    return config.accessKey();
  }

  public String secretKey() {
    return config.secretKey();
  }

  public String bucket() {
    return config.bucket();
  }

  public String imageryApiKey() {
    return config.imageryApiKey();
  }

  /** The key local producers accept on the preview API ({@code Authorization: Bearer <key>}). */
  public String previewApiKey() {
    return DevstackConfig.DEFAULT_PREVIEW_API_KEY;
  }

  /** The producer setting holding its preview API clients. */
  public static final String PREVIEW_API_CLIENTS_SETTING = "satpage.preview-api.clients";

  /**
   * The value of {@link #PREVIEW_API_CLIENTS_SETTING} that admits devstack's key: the producer
   * holds only SHA-256 hashes of client keys ({@code <id>:<sha256-hex>:<scopes>}). The ops console
   * takes the same entries, so devstack's key opens it too.
   */
  public static String previewApiClients() {
    return "devstack:" + sha256Hex(DevstackConfig.DEFAULT_PREVIEW_API_KEY) + ":previews+books+ops";
  }

  private static String sha256Hex(String key) {
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public ImagerySimulator imagery() {
    return imagery;
  }

  /**
   * Queue name → URL for every pipeline queue and its DLQ, in flow order (each DLQ before its
   * queue).
   */
  public Map<String, String> queueUrls() {
    return queueUrls;
  }

  /**
   * The settings the apps read, named as in their configuration ({@code satpage.aws.*}, {@code
   * satpage.imagery.*}).
   */
  public Map<String, String> endpointProperties() {
    return endpointProperties(config, sqsEndpoint(), s3Endpoint(), imageryEndpoint());
  }

  /**
   * The apps' settings for a devstack of {@code config} serving at these endpoints — this one, or a
   * {@code DevstackMain} in another process (the load and soak commands).
   */
  public static Map<String, String> endpointProperties(
      DevstackConfig config, URI sqs, URI s3, URI imagery) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("satpage.aws.region", config.region());
    properties.put("satpage.aws.endpoint-sqs", sqs.toString());
    properties.put("satpage.aws.endpoint-s3", s3.toString());
    properties.put("satpage.aws.access-key", config.accessKey());
    properties.put("satpage.aws.secret-key", config.secretKey());
    properties.put("satpage.bucket", config.bucket());
    properties.put("satpage.imagery.endpoint", imagery.toString());
    properties.put("satpage.imagery.api-key", config.imageryApiKey());
    properties.put(PREVIEW_API_CLIENTS_SETTING, previewApiClients());
    if (config.dataDir() != null) {
      // S3Proxy's filesystem store answers 501 to server-side-encryption headers; the transient
      // store ignores them.
      properties.put("satpage.imagery.server-side-encryption", "none");
    }
    return properties;
  }

  /** A new SQS client for this stack; the caller closes it. */
  public SqsClient newSqsClient() {
    return AwsClients.sqs(sqsEndpoint(), region(), accessKey(), secretKey());
  }

  /** A new path-style S3 client for this stack; the caller closes it. */
  public S3Client newS3Client() {
    return AwsClients.s3(s3Endpoint(), region(), accessKey(), secretKey());
  }

  /** A new presigner for this stack (path-style URLs); the caller closes it. */
  public S3Presigner newS3Presigner() {
    return AwsClients.presigner(s3Endpoint(), region(), accessKey(), secretKey());
  }

  /**
   * Stops S3Proxy and starts it again on the same port over the same data directory, as an S3
   * outage of a second or two: requests in that window fail to connect. Needs a {@code dataDir} (an
   * in-memory store would come back empty).
   */
  public synchronized void restartS3() {
    if (config.dataDir() == null) {
      throw new IllegalStateException(
          "restartS3 needs a data dir: the in-memory store would lose every object");
    }
    int port = s3Server.endpoint().getPort();
    started.remove(s3Server);
    s3Server.close();
    s3Server =
        remember(
            S3ProxyServer.start(port, config.accessKey(), config.secretKey(), config.dataDir()));
  }

  /**
   * Deletes every message in every queue (pipeline queues, DLQs and any a test created), for test
   * isolation.
   */
  public void purgeAllQueues() {
    for (String url : sqs.listQueues().queueUrls()) {
      // ElasticMQ purges immediately; real SQS allows one purge per queue per 60 s.
      sqs.purgeQueue(b -> b.queueUrl(url));
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        System.err.println("devstack: error while stopping: " + e);
      }
    }
  }
}
