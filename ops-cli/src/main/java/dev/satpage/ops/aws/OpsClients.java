package dev.satpage.ops.aws;

import dev.satpage.ops.ExitCode;
import dev.satpage.ops.OpsException;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Builds the CLI's SDK clients. Unlike {@code dev.satpage.aws.AwsClients} it honours a named credentials profile, checks
 * for credentials before the first call (so "no credentials" is reported as such), and retries little: an operator
 * wants to hear at once that an endpoint is unreachable.
 */
public final class OpsClients {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final int MAX_ATTEMPTS = 2;

  private OpsClients() {}

  public static SqsClient sqs(Connection c) {
    var b = SqsClient.builder().region(Region.of(c.region())).credentialsProvider(credentials(c))
        .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(MAX_ATTEMPTS)))
        .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT)
            .socketTimeout(Duration.ofSeconds(30)));
    if (c.sqsEndpoint() != null) {
      b.endpointOverride(c.sqsEndpoint());
    }
    return b.build();
  }

  public static S3Client s3(Connection c) {
    var b = S3Client.builder().region(Region.of(c.region())).credentialsProvider(credentials(c))
        .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(MAX_ATTEMPTS)))
        // Apache HttpClient 5 for S3, as the apps (dev.satpage.aws.AwsClients): the JDK URL connection breaks after a 412.
        .httpClientBuilder(Apache5HttpClient.builder().connectionTimeout(CONNECT_TIMEOUT)
            .socketTimeout(Duration.ofSeconds(30)));
    if (c.s3Endpoint() != null) {
      // S3-compatible servers (S3Proxy) are addressed path-style and vary in flexible-checksum support.
      b.endpointOverride(c.s3Endpoint())
          .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
          .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
          .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    }
    return b.build();
  }

  /** The credentials provider for the connection, resolved once now so a missing profile or key fails here. */
  static AwsCredentialsProvider credentials(Connection c) {
    AwsCredentialsProvider provider;
    String source;
    if (c.accessKey() != null) {
      provider = StaticCredentialsProvider.create(AwsBasicCredentials.create(c.accessKey(), c.secretKey()));
      source = "--access-key/--secret-key";
    } else if (c.profile() != null) {
      provider = ProfileCredentialsProvider.builder().profileName(c.profile()).build();
      source = "profile '" + c.profile() + "'";
    } else {
      provider = DefaultCredentialsProvider.builder().build();
      source = "the default chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, ~/.aws, instance role)";
    }
    try {
      provider.resolveCredentials();
    } catch (SdkException | IllegalArgumentException | IllegalStateException e) {
      throw new OpsException(ExitCode.CREDENTIALS,
          "no AWS credentials from " + source + ": " + e.getMessage()
              + " (pass --profile NAME, or --access-key/--secret-key; devstack uses satpage/satpage-secret)", e);
    }
    return provider;
  }
}
