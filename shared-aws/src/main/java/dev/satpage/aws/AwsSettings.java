package dev.satpage.aws;

import java.net.URI;

/**
 * Where the AWS APIs are and who we are. On AWS: endpoints and keys are null (the SDK's defaults:
 * regional endpoints and the default credentials chain). Against devstack: explicit endpoints and
 * static keys.
 */
public record AwsSettings(
    String region, URI sqsEndpoint, URI s3Endpoint, String accessKey, String secretKey) {
  public static final String DEFAULT_REGION = "eu-west-1";

  public AwsSettings {
    if (region == null || region.isBlank()) {
      region = DEFAULT_REGION;
    }
    if ((accessKey == null) != (secretKey == null)) {
      throw new IllegalArgumentException(
          "set both satpage.aws.access-key and satpage.aws.secret-key, or neither");
    }
  }

  /**
   * True when talking to S3-compatible servers other than AWS (path-style addressing, static keys).
   */
  public boolean customS3() {
    return s3Endpoint != null;
  }
}
