package dev.satpage.ops.aws;

import java.net.URI;

/**
 * Where the AWS APIs are and who we are, from the command line. Null endpoints mean AWS's regional
 * endpoints; with no keys and no profile the SDK's default credentials chain is used (environment,
 * ~/.aws, instance role).
 */
public record Connection(
    String region,
    URI sqsEndpoint,
    URI s3Endpoint,
    String profile,
    String accessKey,
    String secretKey,
    String bucket) {
  public static final String DEFAULT_REGION = "eu-west-1";

  public Connection {
    if (region == null || region.isBlank()) {
      region = DEFAULT_REGION;
    }
    if ((accessKey == null) != (secretKey == null)) {
      throw new IllegalArgumentException("set both --access-key and --secret-key, or neither");
    }
    if (accessKey != null && profile != null) {
      throw new IllegalArgumentException(
          "use either --profile or --access-key/--secret-key, not both");
    }
  }
}
