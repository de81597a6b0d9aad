package dev.satpage.infra.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.infra.TfFixtures;
import dev.satpage.infra.hcl.TfModule;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every environment variable Terraform gives a component sets a setting its app reads (by Spring
 * Boot's relaxed binding), nothing the app needs is missing, and the environment locals are the
 * ones the function and tasks get.
 */
class AppSettingsConsistencyTest {

  @Test
  void eachComponentsEnvironment_setsOnlyWhatItsAppReads_andEverythingItNeeds() {
    for (Component c : Component.ALL) {
      assertThat(SettingsConsistency.violations(c, envNames(c), sources(c)))
          .as(c.module())
          .isEmpty();
    }
  }

  @Test
  void theBucketVariable_pointsAtTheDeclaredBucket() {
    for (Component c : Component.ALL) {
      String bucket = TfFixtures.module().local(c.envLocal()).path("SATPAGE_BUCKET").asText();
      String resource =
          bucket.replaceAll("^\\$\\{aws_s3_bucket\\.([A-Za-z0-9_]+)\\.bucket}$", "$1");

      assertThat(TfFixtures.module().resources("aws_s3_bucket"))
          .as(c.module() + " SATPAGE_BUCKET = " + bucket)
          .containsKey(resource);
    }
  }

  @Test
  void theEnvironmentLocals_areWhatTheFunctionAndTheTasksGet() {
    TfModule m = TfFixtures.module();
    assertThat(
            m.resources("aws_lambda_function")
                .get("imagery")
                .path("environment")
                .get(0)
                .path("variables")
                .asText())
        .isEqualTo("${{ for name, value in local.imagery_env : name => value if value != null }}");
    assertThat(
            m.resources("aws_ecs_task_definition")
                .get("producer")
                .path("container_definitions")
                .asText())
        .contains("in local.producer_env :");
    assertThat(
            m.resources("aws_ecs_task_definition")
                .get("render")
                .path("container_definitions")
                .asText())
        .contains("in local.render_env :");
  }

  @Test
  void aMisspelledVariable_andAMissingRequiredSetting_areReported() {
    Component render = Component.ALL.getLast();
    AppSources app = AppSources.forApp(TfFixtures.repoRoot(), render.module());

    assertThat(
            SettingsConsistency.violations(
                render, Set.of("SATPAGE_BUKET", "SATPAGE_AWS_REGION", "JAVA_TOOL_OPTIONS"), app))
        .containsExactlyInAnyOrder(
            "render-worker: SATPAGE_BUKET sets no setting the app reads",
            "render-worker: nothing in its environment sets satpage.bucket");
  }

  @Test
  void springRelaxedBinding_mapsDashedSettingsFromUnderscoredNames() {
    Set<String> candidates = Set.of("satpage.imagery.api-key", "satpage.imagery.endpoint");

    assertThat(SettingsConsistency.bindings("SATPAGE_IMAGERY_API_KEY", candidates))
        .containsExactly("satpage.imagery.api-key");
    assertThat(SettingsConsistency.bindings("SATPAGE_IMAGERY_APIKEY", candidates))
        .containsExactly("satpage.imagery.api-key");
    assertThat(SettingsConsistency.bindings("SATPAGE_IMAGERY_ENDPOINTS", candidates)).isEmpty();
  }

  @Test
  void theSourceScan_findsPropertiesRecordsPlaceholdersAndYamlKeys() {
    AppSources imagery = AppSources.scan(TfFixtures.repoRoot(), "imagery-worker");

    assertThat(imagery.settings())
        .contains(
            "satpage.imagery.api-key",
            "satpage.imagery.read-timeout",
            "satpage.imagery.listener.max-concurrent-messages");
    assertThat(AppSources.scan(TfFixtures.repoRoot(), "shared-aws").settings())
        .contains("satpage.bucket", "satpage.aws.region");
  }

  @Test
  void aLambdaVariableItsHandlerDoesNotRead_orAMissingKeySource_isReported() {
    Component imagery = Component.ALL.get(1);

    assertThat(
            SettingsConsistency.violations(
                imagery,
                Set.of(
                    "SATPAGE_BUCKET",
                    "SATPAGE_IMAGERY_APIKEY_SECRET_ARN",
                    "SATPAGE_IMAGERY_AZURE_TRAFFIC"),
                sources(imagery)))
        .containsExactlyInAnyOrder(
            "imagery-worker: SATPAGE_IMAGERY_APIKEY_SECRET_ARN sets no setting the app reads",
            "imagery-worker: SATPAGE_IMAGERY_AZURE_TRAFFIC sets no setting the app reads",
            "imagery-worker: nothing in its environment sets SATPAGE_IMAGERY_API_KEY or SATPAGE_IMAGERY_API_KEY_SECRET_ARN");
  }

  @Test
  void theLambdaScan_findsTheNamesItsSettingsClassReads() {
    Component imagery = Component.ALL.get(1);

    assertThat(sources(imagery).environmentNames())
        .contains(
            "SATPAGE_BUCKET", "SATPAGE_IMAGERY_API_KEY_SECRET_ARN", "SATPAGE_IMAGERY_READ_TIMEOUT")
        .allMatch(n -> n.startsWith("SATPAGE_"));
  }

  private static AppSources sources(Component c) {
    return c.isLambda()
        ? AppSources.forLambda(TfFixtures.repoRoot(), c.module(), c.lambdaSettings())
        : AppSources.forApp(TfFixtures.repoRoot(), c.module());
  }

  private static Set<String> envNames(Component c) {
    Set<String> names = new TreeSet<>();
    TfFixtures.module().local(c.envLocal()).fieldNames().forEachRemaining(names::add);
    assertThat(names).as("local." + c.envLocal()).isNotEmpty();
    return names;
  }
}
