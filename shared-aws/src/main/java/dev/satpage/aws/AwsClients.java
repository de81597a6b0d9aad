package dev.satpage.aws;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Builds the SDK clients once per process from {@link AwsSettings}. */
public final class AwsClients {
  private AwsClients() {}

  public static S3Client s3(AwsSettings settings) {
    var builder =
        S3Client.builder()
            .region(Region.of(settings.region()))
            .credentialsProvider(credentials(settings))
            // Apache HttpClient 5, not the JDK's URL connection: after a conditional PUT answered 412 (the server does not
            // read the body), the JDK client reused the dead connection and the next request failed with "Error writing
            // request body to server" — and when the SDK retried a write that had in fact landed, a 412 (S3ClientsIT).
            .httpClientBuilder(Apache5HttpClient.builder().socketTimeout(Duration.ofSeconds(60)));
    if (settings.customS3()) {
      builder
          .endpointOverride(settings.s3Endpoint())
          // S3-compatible servers are addressed path-style (http://host:port/bucket/key), not by virtual host.
          .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
          // Only send/validate the flexible checksums where S3 requires them; S3-compatible servers vary in support.
          .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
          .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    }
    return builder.build();
  }

  public static S3Presigner presigner(AwsSettings settings) {
    var builder = S3Presigner.builder().region(Region.of(settings.region())).credentialsProvider(credentials(settings));
    if (settings.customS3()) {
      builder
          .endpointOverride(settings.s3Endpoint())
          .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
    }
    return builder.build();
  }

  public static SqsClient sqs(AwsSettings settings) {
    var builder =
        SqsClient.builder()
            .region(Region.of(settings.region()))
            .credentialsProvider(credentials(settings))
            .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(30)));
    if (settings.sqsEndpoint() != null) {
      builder.endpointOverride(settings.sqsEndpoint());
    }
    return builder.build();
  }

  /** Static keys when set (devstack), else the default chain (on Lambda: the function role's session from its environment). */
  public static AwsCredentialsProvider credentials(AwsSettings settings) {
    if (settings.accessKey() != null) {
      return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
    }
    return DefaultCredentialsProvider.builder().build();
  }

  /** The async client Spring Cloud AWS listeners poll with. */
  public static SqsAsyncClient sqsAsync(AwsSettings settings) {
    var builder = SqsAsyncClient.builder().region(Region.of(settings.region())).credentialsProvider(credentials(settings));
    if (settings.sqsEndpoint() != null) {
      builder.endpointOverride(settings.sqsEndpoint());
    }
    return builder.build();
  }
}
