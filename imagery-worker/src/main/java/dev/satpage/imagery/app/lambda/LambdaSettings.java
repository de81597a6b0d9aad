package dev.satpage.imagery.app.lambda;

import dev.satpage.aws.AwsSettings;
import dev.satpage.imagery.app.ImageryProperties;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * The Lambda function's settings, read once at init from its environment variables: the same names the Spring apps
 * bind by relaxed binding ({@code SATPAGE_BUCKET}, {@code SATPAGE_IMAGERY_API_KEY}, …; see docs/configuration.md).
 */
record LambdaSettings(AwsSettings aws, String bucket, ImageryProperties imagery, String component,
    String emfNamespace) {
  static LambdaSettings from(Map<String, String> env) {
    Function<String, String> get = name -> blankToNull(env.get(name));
    String bucket = get.apply("SATPAGE_BUCKET");
    if (bucket == null) {
      throw new IllegalArgumentException("SATPAGE_BUCKET is required");
    }
    // AWS_REGION is set by the Lambda runtime; SATPAGE_AWS_REGION overrides it (devstack).
    String region = get.apply("SATPAGE_AWS_REGION") != null ? get.apply("SATPAGE_AWS_REGION") : get.apply("AWS_REGION");
    AwsSettings aws = new AwsSettings(region, uri(get.apply("SATPAGE_AWS_ENDPOINT_SQS")),
        uri(get.apply("SATPAGE_AWS_ENDPOINT_S3")), get.apply("SATPAGE_AWS_ACCESS_KEY"),
        get.apply("SATPAGE_AWS_SECRET_KEY"));
    ImageryProperties imagery = new ImageryProperties(
        get.apply("SATPAGE_IMAGERY_PROVIDER"),
        get.apply("SATPAGE_IMAGERY_AZURE_MODE"),
        uri(get.apply("SATPAGE_IMAGERY_ENDPOINT")),
        get.apply("SATPAGE_IMAGERY_API_KEY"),
        get.apply("SATPAGE_IMAGERY_TILE_TEMPLATE"),
        integer(get.apply("SATPAGE_IMAGERY_TILE_SIZE")),
        get.apply("SATPAGE_IMAGERY_ATTRIBUTION"),
        duration(get.apply("SATPAGE_IMAGERY_CONNECT_TIMEOUT")),
        duration(get.apply("SATPAGE_IMAGERY_READ_TIMEOUT")),
        integer(get.apply("SATPAGE_IMAGERY_MAX_ATTEMPTS")),
        duration(get.apply("SATPAGE_IMAGERY_BACKOFF_BASE")),
        duration(get.apply("SATPAGE_IMAGERY_BACKOFF_MAX")),
        integer(get.apply("SATPAGE_IMAGERY_PARALLELISM")),
        integer(get.apply("SATPAGE_IMAGERY_MAX_IMAGE_BYTES")),
        get.apply("SATPAGE_IMAGERY_RATE_LIMIT_PER_SECOND") == null ? null
            : Double.valueOf(get.apply("SATPAGE_IMAGERY_RATE_LIMIT_PER_SECOND")),
        get.apply("SATPAGE_IMAGERY_CODEC"),
        integer(get.apply("SATPAGE_IMAGERY_PRINT_QUALITY")),
        integer(get.apply("SATPAGE_IMAGERY_PREVIEW_QUALITY")),
        integer(get.apply("SATPAGE_IMAGERY_DENSITY_PPI")),
        get.apply("SATPAGE_IMAGERY_SERVER_SIDE_ENCRYPTION"));
    String component = get.apply("SATPAGE_COMPONENT") == null ? "imagery-worker-lambda" : get.apply("SATPAGE_COMPONENT");
    // Set by Terraform: per-page metrics as CloudWatch EMF on stdout (see EmfImageryMetrics); unset = not exported.
    return new LambdaSettings(aws, bucket, imagery, component, get.apply("SATPAGE_METRICS_EMF_NAMESPACE"));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static URI uri(String value) {
    return value == null ? null : URI.create(value);
  }

  private static Integer integer(String value) {
    return value == null ? null : Integer.valueOf(value);
  }

  /** ISO-8601 ({@code PT30S}) or a number of seconds. */
  private static Duration duration(String value) {
    if (value == null) {
      return null;
    }
    return value.startsWith("P") || value.startsWith("p") ? Duration.parse(value) : Duration.ofSeconds(Long.parseLong(value));
  }
}
