package dev.satpage.imagery.app.lambda;

import dev.satpage.aws.AwsClients;
import dev.satpage.aws.AwsSettings;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * Reads the provider API key from Secrets Manager at init: one GetSecretValue of the secret's
 * AWSCURRENT version
 * (https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetSecretValue.html, read
 * 2026-12-02). The value is kept by the caller for the life of the execution environment (with
 * SnapStart, in the encrypted snapshot) and is never logged; a key rotation takes a new function
 * version.
 *
 * <p>The endpoint is the SDK's: the regional one on AWS, or the standard {@code
 * AWS_ENDPOINT_URL_SECRETS_MANAGER} (or {@code AWS_ENDPOINT_URL}) variable, which the SDK for Java
 * 2.x and the AWS CLI both honour
 * (https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html, read 2026-12-02) — so
 * no project setting is needed to point it at a local stand-in, and Terraform sets none.
 */
final class SecretsManagerApiKey {
  private static final Logger log = LoggerFactory.getLogger(SecretsManagerApiKey.class);

  private SecretsManagerApiKey() {}

  static String read(AwsSettings aws, String secretArn) {
    try (SecretsManagerClient client =
        SecretsManagerClient.builder()
            .region(Region.of(aws.region()))
            .credentialsProvider(AwsClients.credentials(aws))
            // explicit: several HTTP client implementations are on the classpath, and the SDK
            // refuses to guess
            .httpClientBuilder(
                UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(10)))
            .build()) {
      GetSecretValueResponse secret = client.getSecretValue(b -> b.secretId(secretArn));
      if (secret.secretString() == null || secret.secretString().isBlank()) {
        throw new IllegalStateException(
            "secret "
                + secretArn
                + " holds no string value; put the provider key as "
                + "a string (aws secretsmanager put-secret-value --secret-string, see infra/terraform/README.md)");
      }
      log.info(
          "imagery API key read from secret {} (version {})", secret.arn(), secret.versionId());
      return secret.secretString().strip();
    } catch (ResourceNotFoundException e) {
      // Terraform creates the secret without a value: until one is put, AWSCURRENT does not exist.
      throw new IllegalStateException(
          "secret "
              + secretArn
              + " or its current value does not exist: put the provider "
              + "key with aws secretsmanager put-secret-value (infra/terraform/README.md); "
              + e.awsErrorDetails().errorMessage(),
          e);
    }
  }
}
