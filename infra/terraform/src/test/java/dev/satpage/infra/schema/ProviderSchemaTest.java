package dev.satpage.infra.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.infra.TfFixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The module is checked against the AWS provider's own schema (npm {@code @cdktf/provider-aws},
 * generated from it), and the provider pin accepts no version older than that schema nor one
 * without the {@code java25} runtime.
 */
class ProviderSchemaTest {
  /** The first hashicorp/aws release that accepts runtime = "java25" (sources in versions.tf). */
  static final String JAVA25_SINCE = "6.20.0";

  @Test
  void everyArgumentAndBlockOfTheModule_isInTheProvidersSchema() {
    var module = TfFixtures.module();

    assertThat(SchemaCheck.violations(module.files(), TfFixtures.providerSchema())).isEmpty();
    assertThat(SchemaCheck.keys(module.files()))
        .contains("resource:aws_lambda_function", "data:aws_iam_policy_document", "provider:aws")
        .hasSizeGreaterThan(20);
  }

  @Test
  void theBadFixture_reportsEachMisspeltOrUnknownName_andNothingValid() {
    var fixture = TfFixtures.fixture("schema");

    assertThat(SchemaCheck.violations(fixture.files(), TfFixtures.providerSchema()))
        .containsExactlyInAnyOrder(
            "main.tf: provider aws: unknown argument or block regoin",
            "main.tf: aws_lambda_function.worker: unknown argument or block handlr",
            "main.tf: aws_lambda_function.worker.environment: unknown argument or block variabels",
            "main.tf: aws_lambda_function.worker: unknown argument or block scaling_config",
            "main.tf: aws_lambda_function.worker: unknown block snap_shot (dynamic)",
            "main.tf: aws_lambda_function.worker: unknown lifecycle argument ignore_changez",
            "main.tf: data.aws_iam_policy_document.doc.statement: unknown argument or block resource",
            "main.tf: data.aws_iam_policy_document.doc.statement: unknown argument or block principal",
            "main.tf: aws_lambda_functoin.typo: the AWS provider "
                + TfFixtures.providerSchema().providerVersion()
                + " has no resource aws_lambda_functoin");
  }

  @Test
  void theSchemaComesFromTheProvider6Line() {
    ProviderSchema schema = TfFixtures.providerSchema();

    assertThat(schema.packageVersion()).startsWith("21.");
    assertThat(schema.providerVersion()).matches("6\\.\\d+\\.\\d+");
  }

  @Test
  void theProviderPin_acceptsNothingOlderThanTheSchema_norAVersionWithoutJava25() {
    String constraint =
        TfFixtures.module().files().values().stream()
            .map(
                f ->
                    f.path("terraform")
                        .path(0)
                        .path("required_providers")
                        .path(0)
                        .path("aws")
                        .path("version"))
            .filter(v -> !v.isMissingNode())
            .findFirst()
            .orElseThrow()
            .asText();

    int[] lower = ProviderPin.lowerBound(constraint).orElseThrow();

    assertThat(
            ProviderPin.compare(
                lower, ProviderPin.parse(TfFixtures.providerSchema().providerVersion())))
        .as(
            "lower bound of %s >= the schema's %s",
            constraint, TfFixtures.providerSchema().providerVersion())
        .isGreaterThanOrEqualTo(0);
    assertThat(ProviderPin.compare(lower, ProviderPin.parse(JAVA25_SINCE)))
        .isGreaterThanOrEqualTo(0);
    assertThat(constraint).contains("< 7.0.0");
  }

  @Test
  void lowerBounds_ofTerraformConstraints() {
    assertThat(ProviderPin.lowerBound("~> 6.0").map(v -> v[0] + "." + v[1] + "." + v[2]))
        .contains("6.0.0");
    assertThat(ProviderPin.lowerBound(">= 6.25.0, < 7.0.0").map(v -> v[1])).contains(25);
    assertThat(ProviderPin.lowerBound("< 7.0.0")).isEqualTo(Optional.empty());
    assertThat(
            ProviderPin.compare(
                ProviderPin.lowerBound("~> 6.0").orElseThrow(), ProviderPin.parse("6.25.0")))
        .isNegative(); // the old pin: would accept providers older than the schema checked against
  }
}
