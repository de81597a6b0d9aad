package dev.satpage.devstack;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to start a {@link Devstack}: ports (0 = a free port), the one bucket, static credentials and
 * the imagery API key. {@code dataDir} null keeps S3 objects in memory; otherwise they are files
 * under it and survive restarts.
 */
public record DevstackConfig(
    int sqsPort,
    int s3Port,
    int imageryPort,
    String bucket,
    String region,
    String accessKey,
    String secretKey,
    String imageryApiKey,
    Path dataDir) {
  public static final int DEFAULT_PORT = 0;
  public static final String DEFAULT_BUCKET = "satpage-local";
  public static final String DEFAULT_REGION = "us-east-1";
  public static final String DEFAULT_ACCESS_KEY = "satpage";
  public static final String DEFAULT_SECRET_KEY = "satpage-secret";
  public static final String DEFAULT_IMAGERY_API_KEY = "devstack-imagery-key";

  /**
   * The preview API client key every local producer accepts ({@code Authorization: Bearer <key>}):
   * client id {@code devstack}, scopes previews and books. Local only: on AWS the producer gets
   * hashes from Secrets Manager.
   */
  public static final String DEFAULT_PREVIEW_API_KEY =
      "devstack.local-preview-api-key-not-a-secret";

  /**
   * The fixed ports of the standalone {@link DevstackMain}, so a developer's apps find it without
   * configuration.
   */
  public static final int STANDALONE_SQS_PORT = 9324;

  public static final int STANDALONE_S3_PORT = 9000;
  public static final int STANDALONE_IMAGERY_PORT = 9100;

  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html (the common
  // subset)
  private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

  public DevstackConfig {
    port(sqsPort, "sqsPort");
    port(s3Port, "s3Port");
    port(imageryPort, "imageryPort");
    Objects.requireNonNull(bucket, "bucket");
    if (!BUCKET_NAME.matcher(bucket).matches()) {
      throw new IllegalArgumentException("bucket is not a valid S3 bucket name: " + bucket);
    }
    notBlank(region, "region");
    notBlank(accessKey, "accessKey");
    notBlank(secretKey, "secretKey");
    notBlank(imageryApiKey, "imageryApiKey");
  }

  /** Random free ports, an in-memory S3 and the {@code DEFAULT_*} names and credentials. */
  public static DevstackConfig defaults() {
    return new DevstackConfig(
        DEFAULT_PORT,
        DEFAULT_PORT,
        DEFAULT_PORT,
        DEFAULT_BUCKET,
        DEFAULT_REGION,
        DEFAULT_ACCESS_KEY,
        DEFAULT_SECRET_KEY,
        DEFAULT_IMAGERY_API_KEY,
        null);
  }

  public DevstackConfig withPorts(int sqs, int s3, int imagery) {
    return new DevstackConfig(
        sqs, s3, imagery, bucket, region, accessKey, secretKey, imageryApiKey, dataDir);
  }

  public DevstackConfig withDataDir(Path directory) {
    return new DevstackConfig(
        sqsPort,
        s3Port,
        imageryPort,
        bucket,
        region,
        accessKey,
        secretKey,
        imageryApiKey,
        directory);
  }

  private static void port(int value, String name) {
    if (value < 0 || value > 65535) {
      throw new IllegalArgumentException(name + " must be within 0..65535: " + value);
    }
  }

  private static void notBlank(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
