package dev.satpage.aws;

import dev.satpage.aws.metrics.AwsCallMetrics;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The one builder of SDK clients, for the apps, the Lambda and the ops CLI: built once per process
 * from {@link AwsSettings}. (devstack keeps its own few lines: it cannot depend on this module,
 * whose tests run against it.)
 */
public final class AwsClients {
  private AwsClients() {}

  /**
   * How patient a client is. The services keep the SDK's connect timeout and retries ({@link
   * #SERVICE}); the ops CLI wants to hear at once that an endpoint is unreachable ({@link
   * #INTERACTIVE}).
   *
   * @param connectTimeout null for the SDK's default
   * @param maxAttempts 0 for the SDK's default retry strategy
   */
  public record Patience(Duration connectTimeout, int maxAttempts) {
    public static final Patience SERVICE = new Patience(null, 0);
    public static final Patience INTERACTIVE = new Patience(Duration.ofSeconds(5), 2);
  }

  public static S3Client s3(AwsSettings settings) {
    return s3(settings, AwsCallMetrics.global());
  }

  /** As {@link #s3(AwsSettings)}, counting its requests into {@code calls}. */
  public static S3Client s3(AwsSettings settings, AwsCallMetrics calls) {
    return s3(settings, credentials(settings), Patience.SERVICE, calls);
  }

  public static S3Client s3(
      AwsSettings settings, AwsCredentialsProvider credentials, Patience patience) {
    return s3(settings, credentials, patience, AwsCallMetrics.global());
  }

  private static S3Client s3(
      AwsSettings settings,
      AwsCredentialsProvider credentials,
      Patience patience,
      AwsCallMetrics calls) {
    Apache5HttpClient.Builder http =
        Apache5HttpClient.builder().socketTimeout(Duration.ofSeconds(60));
    if (patience.connectTimeout() != null) {
      http.connectionTimeout(patience.connectTimeout());
    }
    var builder =
        S3Client.builder()
            .region(Region.of(settings.region()))
            .credentialsProvider(credentials)
            // Apache HttpClient 5, not the JDK's URL connection: after a conditional PUT answered
            // 412 (the server does not read the body), the JDK client reused the dead connection
            // and the next request failed with "Error writing request body to server" — and when
            // the SDK retried a write that had in fact landed, a 412 (S3ClientsIT).
            .httpClientBuilder(http);
    builder.overrideConfiguration(o -> configure(o, patience, calls));
    if (settings.customS3()) {
      builder
          .endpointOverride(settings.s3Endpoint())
          // S3-compatible servers are addressed path-style (http://host:port/bucket/key), not by
          // virtual host.
          .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
          // Only send/validate the flexible checksums where S3 requires them; S3-compatible servers
          // vary in support.
          .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
          .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    }
    return builder.build();
  }

  public static S3Presigner presigner(AwsSettings settings) {
    var builder =
        S3Presigner.builder()
            .region(Region.of(settings.region()))
            .credentialsProvider(credentials(settings));
    if (settings.customS3()) {
      builder
          .endpointOverride(settings.s3Endpoint())
          .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
    }
    return builder.build();
  }

  public static SqsClient sqs(AwsSettings settings) {
    return sqs(settings, AwsCallMetrics.global());
  }

  /** As {@link #sqs(AwsSettings)}, counting its requests into {@code calls}. */
  public static SqsClient sqs(AwsSettings settings, AwsCallMetrics calls) {
    return sqs(settings, credentials(settings), Patience.SERVICE, calls);
  }

  public static SqsClient sqs(
      AwsSettings settings, AwsCredentialsProvider credentials, Patience patience) {
    return sqs(settings, credentials, patience, AwsCallMetrics.global());
  }

  private static SqsClient sqs(
      AwsSettings settings,
      AwsCredentialsProvider credentials,
      Patience patience,
      AwsCallMetrics calls) {
    UrlConnectionHttpClient.Builder http =
        UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(30));
    if (patience.connectTimeout() != null) {
      http.connectionTimeout(patience.connectTimeout());
    }
    var builder =
        SqsClient.builder()
            .region(Region.of(settings.region()))
            .credentialsProvider(credentials)
            .httpClientBuilder(http);
    builder.overrideConfiguration(o -> configure(o, patience, calls));
    if (settings.sqsEndpoint() != null) {
      builder.endpointOverride(settings.sqsEndpoint());
    }
    return builder.build();
  }

  /**
   * Static keys when set (devstack), else the default chain (on Lambda: the function role's session
   * from its environment).
   */
  public static AwsCredentialsProvider credentials(AwsSettings settings) {
    if (settings.accessKey() != null) {
      return StaticCredentialsProvider.create(
          AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
    }
    return DefaultCredentialsProvider.builder().build();
  }

  /**
   * The async client Spring Cloud AWS listeners poll with, counting its requests into {@code
   * calls}.
   */
  public static SqsAsyncClient sqsAsync(AwsSettings settings, AwsCallMetrics calls) {
    var builder =
        SqsAsyncClient.builder()
            .region(Region.of(settings.region()))
            .credentialsProvider(credentials(settings))
            .overrideConfiguration(o -> configure(o, Patience.SERVICE, calls));
    if (settings.sqsEndpoint() != null) {
      builder.endpointOverride(settings.sqsEndpoint());
    }
    return builder.build();
  }

  /** The retries {@code patience} asks for, and the one request counter. */
  private static void configure(
      ClientOverrideConfiguration.Builder o, Patience patience, AwsCallMetrics calls) {
    if (patience.maxAttempts() > 0) {
      o.retryStrategy(r -> r.maxAttempts(patience.maxAttempts()));
    }
    o.addExecutionInterceptor(calls);
  }
}
