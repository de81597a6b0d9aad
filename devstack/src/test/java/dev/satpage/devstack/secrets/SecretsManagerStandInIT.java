package dev.satpage.devstack.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * The stand-in checked by clients someone else maintains: the AWS SDK for Java 2.x's
 * SecretsManagerClient and the AWS CLI (Debian package awscli; its part is skipped without it).
 * Both must read, write and fail as against AWS.
 */
class SecretsManagerStandInIT {
  static final String REGION = "eu-west-1";
  static final String KEY_ID = "satpage";
  static final String SECRET_KEY = "satpage-secret";
  static SecretsManagerStandIn standIn;
  static SecretsManagerClient sdk;

  @BeforeAll
  static void start() {
    standIn = SecretsManagerStandIn.start(0, REGION, KEY_ID);
    sdk = client(KEY_ID);
  }

  @AfterAll
  static void stop() {
    sdk.close();
    standIn.close();
  }

  static SecretsManagerClient client(String keyId) {
    return SecretsManagerClient.builder()
        .region(Region.of(REGION))
        .endpointOverride(standIn.endpoint())
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId, SECRET_KEY)))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .build();
  }

  @Test
  void sdk_readsTheCurrentValue_byNameAndByArn_andThePreviousOneByStage() {
    String arn = standIn.createSecret("satpage/sdk-key");
    standIn.putSecretValue(arn, "first");
    sdk.putSecretValue(b -> b.secretId("satpage/sdk-key").secretString("second"));

    GetSecretValueResponse byName = sdk.getSecretValue(b -> b.secretId("satpage/sdk-key"));
    GetSecretValueResponse byArn = sdk.getSecretValue(b -> b.secretId(arn));
    GetSecretValueResponse previous =
        sdk.getSecretValue(b -> b.secretId(arn).versionStage("AWSPREVIOUS"));

    assertThat(arn)
        .matches("arn:aws:secretsmanager:eu-west-1:\\d{12}:secret:satpage/sdk-key-[A-Za-z0-9]{6}");
    assertThat(byName.secretString()).isEqualTo("second");
    assertThat(byName.versionStages()).containsExactly("AWSCURRENT");
    assertThat(byName.createdDate()).isNotNull();
    assertThat(byArn.arn()).isEqualTo(arn);
    assertThat(byArn.versionId()).isEqualTo(byName.versionId());
    assertThat(previous.secretString()).isEqualTo("first");
  }

  @Test
  void sdk_getsResourceNotFound_forAnUnknownSecret_andForOneWithoutAValue() {
    String empty =
        standIn.createSecret("satpage/empty-key"); // what Terraform leaves until the key is put

    assertThatThrownBy(() -> sdk.getSecretValue(b -> b.secretId("satpage/no-such-key")))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> sdk.getSecretValue(b -> b.secretId(empty)))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageContaining("AWSCURRENT");
  }

  @Test
  void sdk_withAnUnknownAccessKey_isRefused() {
    standIn.createSecret("satpage/guarded-key");
    try (SecretsManagerClient stranger = client("someone-else")) {
      assertThatThrownBy(() -> stranger.getSecretValue(b -> b.secretId("satpage/guarded-key")))
          .isInstanceOfSatisfying(
              SecretsManagerException.class,
              e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId"));
    }
  }

  @Test
  void awsCli_putsAndGetsTheValue_throughEndpointUrlAndTheServiceEndpointVariable()
      throws Exception {
    assertThat(awsCliPresent())
        .as(
            "the AWS CLI ('aws', Debian package awscli) is not installed; ./satpage test installs it")
        .isTrue();
    String arn = standIn.createSecret("satpage/cli-key");

    Cli put =
        aws(
            true,
            "secretsmanager",
            "put-secret-value",
            "--secret-id",
            arn,
            "--secret-string",
            "from-the-cli");
    // The same variable the imagery function's SDK honours (SecretsManagerApiKey), instead of
    // --endpoint-url.
    Cli got = aws(false, "secretsmanager", "get-secret-value", "--secret-id", arn);
    Cli missing =
        aws(true, "secretsmanager", "get-secret-value", "--secret-id", "satpage/no-such-key");

    assertThat(put.exit()).as(put.err()).isZero();
    assertThat(got.exit()).as(got.err()).isZero();
    JsonNode value = new ObjectMapper().readTree(got.out());
    assertThat(value.path("SecretString").asText()).isEqualTo("from-the-cli");
    assertThat(value.path("ARN").asText()).isEqualTo(arn);
    assertThat(value.path("VersionStages").toString()).isEqualTo("[\"AWSCURRENT\"]");
    assertThat(missing.exit()).isNotZero();
    assertThat(missing.err()).contains("ResourceNotFoundException").contains("GetSecretValue");
    assertThat(sdk.getSecretValue(b -> b.secretId("satpage/cli-key")).secretString())
        .isEqualTo("from-the-cli");
  }

  record Cli(int exit, String out, String err) {}

  static Cli aws(boolean endpointUrlOption, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("aws", "--region", REGION, "--output", "json"));
    if (endpointUrlOption) {
      command.addAll(List.of("--endpoint-url", standIn.endpoint().toString()));
    }
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment()
        .putAll(
            Map.of(
                "AWS_ACCESS_KEY_ID",
                KEY_ID,
                "AWS_SECRET_ACCESS_KEY",
                SECRET_KEY,
                "AWS_PAGER",
                "",
                "AWS_CONFIG_FILE",
                "/dev/null",
                "AWS_SHARED_CREDENTIALS_FILE",
                "/dev/null"));
    if (!endpointUrlOption) {
      pb.environment().put("AWS_ENDPOINT_URL_SECRETS_MANAGER", standIn.endpoint().toString());
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Cli(p.waitFor(), out, err);
  }

  static boolean awsCliPresent() {
    try {
      return new ProcessBuilder("aws", "--version").redirectErrorStream(true).start().waitFor()
          == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
