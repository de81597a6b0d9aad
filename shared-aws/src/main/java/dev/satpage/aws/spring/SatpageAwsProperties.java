package dev.satpage.aws.spring;

import dev.satpage.aws.AwsSettings;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code satpage.aws.*}: where SQS and S3 are. Leave the endpoints and keys unset on AWS; devstack
 * sets them all.
 *
 * @param region AWS region (default {@value AwsSettings#DEFAULT_REGION})
 * @param endpointSqs SQS endpoint override, e.g. {@code http://127.0.0.1:9324}
 * @param endpointS3 S3 endpoint override, e.g. {@code http://127.0.0.1:9000} (path-style addressing
 *     is then used)
 * @param accessKey static access key (otherwise the default credentials chain)
 * @param secretKey static secret key
 */
@ConfigurationProperties("satpage.aws")
public record SatpageAwsProperties(
    String region, URI endpointSqs, URI endpointS3, String accessKey, String secretKey) {
  public AwsSettings toSettings() {
    return new AwsSettings(
        region, endpointSqs, endpointS3, blankToNull(accessKey), blankToNull(secretKey));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
