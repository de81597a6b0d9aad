package dev.satpage.infra.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import dev.satpage.imagery.app.ImageryProperties;
import dev.satpage.infra.TfFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Terraform's imagery inputs offer what the app accepts, with the app's defaults
 * (ImageryProperties), reach the function under the names it reads, and the function's handler is a
 * class that exists.
 */
class ImageryVariablesTest {
  private static final Pattern CONTAINS =
      Pattern.compile("contains\\(\\[([^\\]]*)],\\s*var\\.([a-z_]+)\\)");

  @Test
  void provider_offersExactlyTheAppsProviders_withTheAppsDefault() {
    JsonNode provider = variable("imagery_provider");

    assertThat(allowed(provider)).containsExactlyElementsOf(ImageryProperties.PROVIDERS);
    assertThat(provider.path("default").asText()).isEqualTo(ImageryProperties.DEFAULT_PROVIDER);
  }

  @Test
  void endpointTemplateAndAttribution_defaultToNull_soEachProviderKeepsTheAppsOwnDefault() {
    for (String name :
        List.of("imagery_endpoint", "imagery_tile_template", "imagery_attribution")) {
      JsonNode v = variable(name);
      assertThat(v.has("default") && v.get("default").isNull())
          .as(name + " defaults to null")
          .isTrue();
      assertThat(v.path("nullable").asBoolean(true)).as(name + " is nullable").isTrue();
    }
  }

  @Test
  void tileSize_offersExactlyTheAppsSizes_andDefaultsToNull_soEachProviderKeepsItsOwnDefault() {
    JsonNode size = variable("imagery_tile_size");

    assertThat(allowed(size))
        .containsExactlyElementsOf(
            ImageryProperties.TILE_SIZES.stream().map(String::valueOf).toList());
    assertThat(size.has("default") && size.get("default").isNull())
        .as("a number default would override azure's 512")
        .isTrue();
  }

  @Test
  void azureMode_offersExactlyTheAppsModes_andDefaultsToNull() {
    JsonNode mode = variable("imagery_azure_mode");

    assertThat(allowed(mode)).containsExactlyElementsOf(ImageryProperties.AZURE_MODES);
    assertThat(mode.has("default") && mode.get("default").isNull()).isTrue();
  }

  @Test
  void eachImageryVariable_reachesTheFunctionUnderTheSettingsName() {
    JsonNode env = TfFixtures.module().local("imagery_env");

    assertThat(env.path("SATPAGE_IMAGERY_PROVIDER").asText()).isEqualTo("${var.imagery_provider}");
    assertThat(env.path("SATPAGE_IMAGERY_ENDPOINT").asText()).isEqualTo("${var.imagery_endpoint}");
    assertThat(env.path("SATPAGE_IMAGERY_TILE_TEMPLATE").asText())
        .isEqualTo("${var.imagery_tile_template}");
    assertThat(env.path("SATPAGE_IMAGERY_TILE_SIZE").asText())
        .isEqualTo("${var.imagery_tile_size}");
    assertThat(env.path("SATPAGE_IMAGERY_AZURE_MODE").asText())
        .isEqualTo("${var.imagery_azure_mode}");
    assertThat(env.path("SATPAGE_IMAGERY_ATTRIBUTION").asText())
        .isEqualTo("${var.imagery_attribution}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"imagery_lambda_handler", "imagery_api_lambda_handler"})
  void theDefaultHandler_isARequestHandlersClassAndMethod(String name) throws Exception {
    String handler = variable(name).path("default").asText();
    String[] parts = handler.split("::");

    Class<?> type = Class.forName(parts[0]);
    assertThat(RequestHandler.class).isAssignableFrom(type);
    assertThat(parts).hasSize(2);
    assertThat(java.util.Arrays.stream(type.getMethods()).map(java.lang.reflect.Method::getName))
        .contains(parts[1]);
  }

  private static JsonNode variable(String name) {
    JsonNode v = TfFixtures.module().variables().get(name);
    assertThat(v).as("variable " + name).isNotNull();
    return v;
  }

  /** The values of the variable's {@code contains([...], var.x)} validation. */
  private static List<String> allowed(JsonNode variable) {
    List<String> out = new ArrayList<>();
    for (JsonNode validation : variable.path("validation")) {
      Matcher m = CONTAINS.matcher(validation.path("condition").asText());
      if (m.find()) {
        for (String item : m.group(1).split(",")) {
          out.add(item.strip().replace("\"", ""));
        }
      }
    }
    assertThat(out).as("a contains([...]) validation").isNotEmpty();
    return out;
  }
}
