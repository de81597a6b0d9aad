package dev.satpage.ops.cli;

import dev.satpage.ops.aws.Connection;
import java.net.URI;
import picocli.CommandLine.Option;

/**
 * Where to connect, shared by every command. Defaults come from the same environment variables the
 * AWS CLI reads.
 */
public final class ConnectionOptions {
  @Option(
      names = "--endpoint-url",
      defaultValue = "${env:AWS_ENDPOINT_URL}",
      description = "one endpoint for SQS and S3 (default: $AWS_ENDPOINT_URL, else AWS)")
  URI endpointUrl;

  @Option(
      names = "--sqs-endpoint",
      description = "SQS endpoint, e.g. devstack http://127.0.0.1:9324")
  URI sqsEndpoint;

  @Option(
      names = "--s3-endpoint",
      description = "S3 endpoint, e.g. devstack http://127.0.0.1:9000 (path-style)")
  URI s3Endpoint;

  @Option(
      names = "--region",
      defaultValue = "${env:AWS_REGION}",
      description = "AWS region (default: $AWS_REGION, else " + Connection.DEFAULT_REGION + ")")
  String region;

  @Option(
      names = "--profile",
      description = "credentials profile from ~/.aws (default: the SDK's default chain)")
  String profile;

  @Option(
      names = "--access-key",
      defaultValue = "${env:SATPAGE_OPS_ACCESS_KEY}",
      description = "static access key, for devstack (default: $SATPAGE_OPS_ACCESS_KEY)")
  String accessKey;

  @Option(
      names = "--secret-key",
      defaultValue = "${env:SATPAGE_OPS_SECRET_KEY}",
      description = "static secret key, for devstack (default: $SATPAGE_OPS_SECRET_KEY)")
  String secretKey;

  @Option(
      names = "--bucket",
      defaultValue = "${env:SATPAGE_BUCKET}",
      description = "the satpage bucket, for `book` (default: $SATPAGE_BUCKET)")
  String bucket;

  public Connection connection() {
    return new Connection(
        region,
        sqsEndpoint != null ? sqsEndpoint : endpointUrl,
        s3Endpoint != null ? s3Endpoint : endpointUrl,
        profile,
        accessKey,
        secretKey,
        bucket);
  }
}
