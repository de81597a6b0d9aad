package dev.satpage.imagery.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.satpage.imagery.api.ApiRequest;
import dev.satpage.imagery.api.ApiResponse;
import dev.satpage.imagery.api.SatellitePageApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.springframework.context.SmartLifecycle;

/**
 * {@code POST /satellite-pages} on the long-running worker, on {@code satpage.imagery.api.port}:
 * the same {@link SatellitePageApi} as the Lambda function URL. The worker has no web stack, so
 * this is the JDK's own HTTP server, as shared-aws's {@code HealthEndpoint} (one virtual thread per
 * request). Reads at most {@link SatellitePageApi#MAX_BODY_BYTES} + 1 bytes of a body, so an
 * oversized one is refused (413) without being held. Port 0 (the default) turns it off.
 */
public final class SatellitePageEndpoint implements SmartLifecycle {
  private final SatellitePageApi api;
  private final int port;
  private volatile HttpServer server;

  public SatellitePageEndpoint(SatellitePageApi api, int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(
          "satpage.imagery.api.port must be 0 (off) or 1..65535: " + port);
    }
    this.api = api;
    this.port = port;
  }

  /**
   * Off when the port is 0: then never started, so shared-aws's health check does not count it as a
   * stopped component.
   */
  @Override
  public boolean isAutoStartup() {
    return port != 0;
  }

  @Override
  public void start() {
    if (port == 0) {
      return;
    }
    try {
      HttpServer created = HttpServer.create(new InetSocketAddress(port), 0);
      created.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      created.createContext("/", this::handle); // every path: the API answers 404 problems
      created.start();
      server = created;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve " + SatellitePageApi.PATH + " on " + port, e);
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

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(SatellitePageApi.MAX_BODY_BYTES + 1);
      }
      ApiResponse response =
          api.handle(
              new ApiRequest(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestHeaders().getFirst("Content-Type"),
                  body,
                  "http-" + UUID.randomUUID()));
      byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
      response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      exchange.sendResponseHeaders(response.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
