package dev.satpage.imagery.app.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LambdaSettingsTest {
  static final String ARN =
      "arn:aws:secretsmanager:eu-west-1:123456789012:secret:satpage/imagery-api-key-AbCdEf";
  final List<String> secretReads = new ArrayList<>();
  final LambdaSettings.SecretReader secrets =
      (aws, arn) -> {
        secretReads.add(aws.region() + " " + arn);
        return "key-from-the-secret";
      };

  static Map<String, String> env(String... pairs) {
    Map<String, String> env =
        new HashMap<>(Map.of("SATPAGE_BUCKET", "b", "AWS_REGION", "eu-west-1"));
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  @Test
  void theSecretArn_isReadOnce_inTheFunctionsRegion_andTheKeyIsNeverPrinted() {
    LambdaSettings settings =
        LambdaSettings.from(env("SATPAGE_IMAGERY_API_KEY_SECRET_ARN", ARN), secrets);

    assertThat(secretReads).containsExactly("eu-west-1 " + ARN);
    assertThat(settings.imagery().apiKey()).isEqualTo("key-from-the-secret");
    assertThat(settings.toString()).doesNotContain("key-from-the-secret");
  }

  @Test
  void aKeyGivenDirectly_readsNoSecret() {
    LambdaSettings settings =
        LambdaSettings.from(env("SATPAGE_IMAGERY_API_KEY", "direct"), secrets);

    assertThat(settings.imagery().apiKey()).isEqualTo("direct");
    assertThat(secretReads).isEmpty();
  }

  @Test
  void bothOrNeitherKeySource_isRefused() {
    assertThatThrownBy(
            () ->
                LambdaSettings.from(
                    env(
                        "SATPAGE_IMAGERY_API_KEY",
                        "direct",
                        "SATPAGE_IMAGERY_API_KEY_SECRET_ARN",
                        ARN),
                    secrets))
        .hasMessageContaining("not both");
    assertThatThrownBy(() -> LambdaSettings.from(env(), secrets))
        .hasMessageContaining(
            "SATPAGE_IMAGERY_API_KEY_SECRET_ARN (or SATPAGE_IMAGERY_API_KEY) is required");
    assertThat(secretReads).isEmpty();
  }

  @Test
  void aSatpageVariableNoSettingReads_failsTheInit_namingIt() {
    assertThatThrownBy(
            () ->
                LambdaSettings.from(
                    env(
                        "SATPAGE_IMAGERY_API_KEY",
                        "k",
                        "SATPAGE_IMAGERY_READ_TIMOUT",
                        "7s",
                        "OTHER_TOOL_HOME",
                        "/opt"),
                    secrets))
        .hasMessageContaining(
            "no setting of the imagery function reads SATPAGE_IMAGERY_READ_TIMOUT");
  }

  @Test
  void durations_areReadAsSpringBootReadsThem() {
    LambdaSettings settings =
        LambdaSettings.from(
            env(
                "SATPAGE_IMAGERY_API_KEY",
                "k",
                "SATPAGE_IMAGERY_READ_TIMEOUT",
                "7s",
                "SATPAGE_IMAGERY_CONNECT_TIMEOUT",
                "PT2S",
                "SATPAGE_IMAGERY_BACKOFF_BASE",
                "250"),
            secrets);

    assertThat(settings.imagery().readTimeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(settings.imagery().connectTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.imagery().backoffBase()).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void experiments_areReadPerName_fromTheirOwnVariables() {
    LambdaSettings settings =
        LambdaSettings.from(
            env(
                "SATPAGE_IMAGERY_API_KEY", "k",
                "SATPAGE_IMAGERY_PROVIDER", "bing",
                "SATPAGE_IMAGERY_EXPERIMENTS", "bing-to-azure",
                "SATPAGE_IMAGERY_EXPERIMENTS_BING_TO_AZURE_CANDIDATE_PROVIDER", "azure",
                "SATPAGE_IMAGERY_EXPERIMENTS_BING_TO_AZURE_CANDIDATE_MODE", "tiles",
                "SATPAGE_IMAGERY_EXPERIMENTS_BING_TO_AZURE_CANDIDATE_API_KEY_SECRET_ARN", ARN,
                "SATPAGE_IMAGERY_EXPERIMENTS_BING_TO_AZURE_CANDIDATE_QUALITY", "80",
                "SATPAGE_IMAGERY_EXPERIMENTS_BING_TO_AZURE_SAMPLE_RATE", "0.25",
                "SATPAGE_IMAGERY_EXPERIMENTS_BING_TO_AZURE_RATE_PER_SECOND", "2",
                "SATPAGE_IMAGERY_EXPERIMENTS_BING_TO_AZURE_PROVIDER_CALL_BUDGET", "500"),
            secrets);

    var experiment = settings.experiments().get("bing-to-azure");
    assertThat(experiment.candidate().provider()).isEqualTo("azure");
    assertThat(experiment.candidate().mode()).isEqualTo("tiles");
    assertThat(experiment.candidate().apiKey()).isEqualTo("key-from-the-secret");
    assertThat(experiment.candidate().quality()).isEqualTo(80);
    assertThat(experiment.settings("bing-to-azure").sampleRate()).isEqualTo(0.25);
    assertThat(experiment.settings("bing-to-azure").ratePerSecond()).isEqualTo(2);
    assertThat(experiment.settings("bing-to-azure").providerCallBudget()).isEqualTo(500);
    assertThat(settings.toString()).doesNotContain("key-from-the-secret");
  }

  @Test
  void noExperiments_byDefault_andAStrayExperimentVariable_isRefused() {
    assertThat(LambdaSettings.from(env("SATPAGE_IMAGERY_API_KEY", "k"), secrets).experiments())
        .isEmpty();
    assertThatThrownBy(
            () ->
                LambdaSettings.from(
                    env(
                        "SATPAGE_IMAGERY_API_KEY", "k",
                        "SATPAGE_IMAGERY_EXPERIMENTS", "a",
                        "SATPAGE_IMAGERY_EXPERIMENTS_B_SAMPLE_RATE", "1"),
                    secrets))
        .hasMessageContaining("SATPAGE_IMAGERY_EXPERIMENTS_B_SAMPLE_RATE");
  }
}
