package dev.satpage.aws.health;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.satpage.aws.metrics.AwsCallMetrics;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * {@code GET /health} on its own port for the apps without a web stack (the imagery and render
 * workers), so a container health check (ECS {@code healthCheck}, {@code podman --health-cmd},
 * through {@link HealthProbe}) has something to ask. 200 {@code {"status":"UP"}} while the context
 * is active and every auto-started {@link SmartLifecycle} bean — the SQS listener containers among
 * them — is running; 503 {@code DOWN} naming the stopped ones otherwise (a listener container that
 * stopped leaves a process that consumes nothing, which only a restart fixes). The JDK's own HTTP
 * server: nothing else to ship. It starts last and stops first, so it never reports UP for a
 * half-started app. {@code GET /metrics/aws-calls} answers the S3 and SQS requests so far by
 * operation ({@link AwsCallMetrics#counts()} as a JSON object), which the load command reads.
 */
public final class HealthEndpoint implements SmartLifecycle {
  private final ConfigurableApplicationContext context;
  private final AwsCallMetrics calls;
  private final int port;
  private volatile HttpServer server;

  /**
   * {@code port} 0 picks a free one (tests); -1 turns the endpoint off (nothing listens); the
   * images use 8081.
   */
  public HealthEndpoint(ApplicationContext context, AwsCallMetrics calls, int port) {
    if (port < -1 || port > 65535) {
      throw new IllegalArgumentException(
          "satpage.health.port must be -1 (off) or 0..65535: " + port);
    }
    this.context = (ConfigurableApplicationContext) context;
    this.calls = calls;
    this.port = port;
  }

  @Override
  public void start() {
    if (port < 0) {
      return;
    }
    try {
      HttpServer created = HttpServer.create(new InetSocketAddress(port), 8);
      created.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      created.createContext("/health", this::handle);
      created.createContext("/metrics/aws-calls", this::handleCalls);
      created.start();
      server = created;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve /health on port " + port, e);
    }
  }

  @Override
  public void stop() {
    HttpServer running = server;
    server = null;
    if (running != null) {
      running.stop(0);
    }
  }

  @Override
  public boolean isRunning() {
    return server != null;
  }

  /** After every other lifecycle bean (listener containers start in the default phase). */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE;
  }

  /** The port it listens on (the chosen one when 0 was asked for). */
  public int port() {
    HttpServer running = server;
    return running == null ? -1 : running.getAddress().getPort();
  }

  /** The auto-started lifecycle beans that are not running (empty = healthy). */
  List<String> stopped() {
    if (!context.isActive()) {
      return List.of("application context");
    }
    Map<String, SmartLifecycle> beans = context.getBeansOfType(SmartLifecycle.class, false, false);
    return beans.entrySet().stream()
        .filter(
            e -> e.getValue() != this && e.getValue().isAutoStartup() && !e.getValue().isRunning())
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    List<String> stopped = stopped();
    String body =
        stopped.isEmpty()
            ? "{\"status\":\"UP\"}"
            : "{\"status\":\"DOWN\",\"stopped\":["
                + String.join(",", stopped.stream().map(s -> "\"" + s + "\"").toList())
                + "]}";
    answer(exchange, stopped.isEmpty() ? 200 : 503, body);
  }

  private void handleCalls(HttpExchange exchange) throws IOException {
    // Keys are "Service Operation": SDK names, letters only, nothing to escape.
    String body =
        calls.counts().entrySet().stream()
            .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
            .collect(Collectors.joining(",", "{", "}"));
    answer(exchange, 200, body);
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    try (exchange) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
