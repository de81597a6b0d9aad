package dev.satpage.ops.aws;

import dev.satpage.aws.AwsClients;
import dev.satpage.aws.AwsSettings;
import dev.satpage.ops.ExitCode;
import dev.satpage.ops.OpsException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The CLI's SDK clients, from the one builder ({@link AwsClients}) with {@link
 * AwsClients.Patience#INTERACTIVE}: an operator wants to hear at once that an endpoint is
 * unreachable. What the CLI adds: a named credentials profile, and credentials checked before the
 * first call, so "no credentials" is reported as such.
 */
public final class OpsClients {
  private OpsClients() {}

  public static SqsClient sqs(Connection c) {
    return AwsClients.sqs(settings(c), credentials(c), AwsClients.Patience.INTERACTIVE);
  }

  public static S3Client s3(Connection c) {
    return AwsClients.s3(settings(c), credentials(c), AwsClients.Patience.INTERACTIVE);
  }

  /** Region and endpoints; the credentials are the CLI's own ({@link #credentials}). */
  private static AwsSettings settings(Connection c) {
    return new AwsSettings(c.region(), c.sqsEndpoint(), c.s3Endpoint(), null, null);
  }

  /**
   * The credentials provider for the connection, resolved once now so a missing profile or key
   * fails here.
   */
  static AwsCredentialsProvider credentials(Connection c) {
    AwsCredentialsProvider provider;
    String source;
    if (c.accessKey() != null) {
      provider =
          StaticCredentialsProvider.create(
              AwsBasicCredentials.create(c.accessKey(), c.secretKey()));
      source = "--access-key/--secret-key";
    } else if (c.profile() != null) {
      provider = ProfileCredentialsProvider.builder().profileName(c.profile()).build();
      source = "profile '" + c.profile() + "'";
    } else {
      provider = DefaultCredentialsProvider.builder().build();
      source =
          "the default chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, ~/.aws, instance role)";
    }
    try {
      provider.resolveCredentials();
    } catch (SdkException | IllegalArgumentException | IllegalStateException e) {
      throw new OpsException(
          ExitCode.CREDENTIALS,
          "no AWS credentials from "
              + source
              + ": "
              + e.getMessage()
              + " (pass --profile NAME, or --access-key/--secret-key; devstack uses satpage/satpage-secret)",
          e);
    }
    return provider;
  }
}
