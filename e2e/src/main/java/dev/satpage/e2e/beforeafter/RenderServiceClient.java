package dev.satpage.e2e.beforeafter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The driver's HTTP client of a {@link SeedRenderService}: one page per call, answered within the
 * request timeout or counted as an error ({@link java.net.http.HttpTimeoutException}).
 */
public final class RenderServiceClient {
  private final HttpClient http;
  private final URI base;
  private final Duration timeout;

  public RenderServiceClient(int port, Duration timeout) {
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .build();
    this.base = URI.create("http://127.0.0.1:" + port);
    this.timeout = timeout;
  }

  /** The title page of book {@code n}; true on a 200 with a body. */
  public boolean fast(long n) throws IOException, InterruptedException {
    return ok(HttpRequest.newBuilder(uri(SeedRenderService.FAST_PATH, n)).GET());
  }

  /** The satellite page of book {@code n}, its imagery made inside the request. */
  public boolean satellite(long n) throws IOException, InterruptedException {
    return ok(
        HttpRequest.newBuilder(uri(SeedRenderService.SATELLITE_PATH, n))
            .POST(HttpRequest.BodyPublishers.noBody()));
  }

  private boolean ok(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofByteArray());
    return response.statusCode() == 200 && response.body().length > 0;
  }

  private URI uri(String path, long n) {
    return base.resolve(path + "?book=" + n);
  }
}
