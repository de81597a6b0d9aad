package dev.satpage.aws.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The images' health check command, for bases without curl or a shell: {@code java -cp
 * '/app/libs/*' dev.satpage.aws.health.HealthProbe http://127.0.0.1:8081/health}. Exits 0 on a 2xx
 * within 3 s, 1 otherwise (the exit codes a Docker/ECS/podman health check reads).
 */
public final class HealthProbe {
  private HealthProbe() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: HealthProbe URL");
      System.exit(2);
    }
    System.exit(healthy(URI.create(args[0])) ? 0 : 1);
  }

  static boolean healthy(URI uri) {
    try (HttpClient client =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).build(),
              HttpResponse.BodyHandlers.ofString());
      System.out.println(response.statusCode() + " " + response.body());
      return response.statusCode() / 100 == 2;
    } catch (Exception e) {
      System.out.println("unhealthy: " + e);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return false;
    }
  }
}
