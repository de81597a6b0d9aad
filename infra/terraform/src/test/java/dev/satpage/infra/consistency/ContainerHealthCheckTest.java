package dev.satpage.infra.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.satpage.aws.health.HealthProbe;
import dev.satpage.infra.TfFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Fargate container has the health check the images are built for: HealthProbe (a class that
 * exists) asking the port the root pom gives the images ({@code satpage.image.health-port}).
 */
class ContainerHealthCheckTest {
  @Test
  void everyTaskDefinition_usesTheSharedHealthCheck_onTheImagesHealthPort() throws Exception {
    String pom = Files.readString(Path.of("../../pom.xml"));
    Matcher port =
        Pattern.compile("<satpage.image.health-port>(\\d+)</satpage.image.health-port>")
            .matcher(pom);
    assertThat(port.find()).as("root pom declares satpage.image.health-port").isTrue();
    JsonNode check = TfFixtures.module().local("container_health_check");
    List<String> command = new ArrayList<>();
    check.path("command").forEach(c -> command.add(c.asText()));

    assertThat(command)
        .containsExactly(
            "CMD",
            "java",
            "-cp",
            "/app/libs/*",
            HealthProbe.class.getName(),
            "http://127.0.0.1:" + port.group(1) + "/health");
    assertThat(check.path("startPeriod").asInt()).isBetween(0, 300);
    TfFixtures.module()
        .resources("aws_ecs_task_definition")
        .forEach(
            (name, task) ->
                assertThat(task.path("container_definitions").asText())
                    .as(name)
                    .contains("healthCheck")
                    .contains("local.container_health_check"));
  }
}
