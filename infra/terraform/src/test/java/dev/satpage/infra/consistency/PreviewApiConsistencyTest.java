package dev.satpage.infra.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.satpage.infra.TfFixtures;
import dev.satpage.infra.hcl.TfModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The load balancer and the producer agree: it forwards exactly the paths of the API's OpenAPI
 * document, to the port the producer listens on, and the secrets ECS injects set settings the
 * producer reads.
 */
class PreviewApiConsistencyTest {
  private final TfModule m = TfFixtures.module();

  @Test
  void theListenerRule_forwardsExactlyThePathsOfTheOpenApiDocument() throws IOException {
    List<String> patterns = new ArrayList<>();
    m.resources("aws_lb_listener_rule")
        .get("preview_api")
        .path("condition")
        .forEach(
            c ->
                c.path("path_pattern")
                    .path(0)
                    .path("values")
                    .forEach(v -> patterns.add(v.asText())));
    Set<String> documented = new TreeSet<>();
    openApi().path("paths").fieldNames().forEachRemaining(documented::add);

    assertThat(unmatched(documented, patterns))
        .as("API paths the load balancer does not forward")
        .isEmpty();
    for (String pattern : patterns) {
      assertThat(documented)
          .as("ALB pattern " + pattern + " forwards a path the API does not document")
          .anyMatch(path -> alb(pattern).matcher(sample(path)).matches());
    }
    assertThat(unmatched(Set.of("/actuator/health", "/actuator/metrics", "/error"), patterns))
        .as("never forwarded")
        .hasSize(3);
  }

  @Test
  void theTargetPort_isTheProducersServerPort() throws IOException {
    double port =
        m.number(m.resources("aws_lb_target_group").get("producer").get("port"), null, null)
            .orElseThrow();
    JsonNode yml =
        new ObjectMapper(new YAMLFactory())
            .readTree(
                TfFixtures.repoRoot().resolve("producer/src/main/resources/producer.yml").toFile());

    assertThat(yml.path("server").path("port").asInt()).isEqualTo((int) port);
  }

  @Test
  void theInjectedSecrets_setSettingsTheProducerReads() {
    AppSources producer = AppSources.forApp(TfFixtures.repoRoot(), "producer");
    Set<String> names = new TreeSet<>();
    m.local("producer_secrets").fieldNames().forEachRemaining(names::add);

    assertThat(names).isNotEmpty();
    for (String name : names) {
      assertThat(SettingsConsistency.bindings(name, producer.settings()))
          .as(name)
          .containsExactly("satpage.preview-api.clients");
    }
  }

  private static List<String> unmatched(Set<String> paths, List<String> patterns) {
    return paths.stream()
        .filter(p -> patterns.stream().noneMatch(pt -> alb(pt).matcher(sample(p)).matches()))
        .toList();
  }

  /**
   * An ALB path pattern: {@code *} matches any characters, {@code ?} one (Elastic Load Balancing
   * listener rules).
   */
  private static Pattern alb(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(regex.toString());
  }

  /** A concrete path for an OpenAPI template: each {@code {param}} becomes one segment. */
  private static String sample(String template) {
    return template.replaceAll("\\{[^}]+}", "p1");
  }

  private static JsonNode openApi() throws IOException {
    Path doc = TfFixtures.repoRoot().resolve("docs/openapi/preview-api.yaml");
    return new ObjectMapper(new YAMLFactory()).readTree(doc.toFile());
  }
}
