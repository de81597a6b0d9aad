package dev.satpage.imagery.fetch;

import dev.satpage.imagery.plan.ImageRequest;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.failure.TransientFailure;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bing Maps static map API ({@code GET /REST/v1/Imagery/Map/Aerial/{lat},{lon}/{zoom}?mapSize=W,H&key=K}) over
 * {@link HttpClient}; see https://learn.microsoft.com/bingmaps/rest-services/imagery/get-a-static-map . Classifies every
 * outcome: a JPEG, a refusal (permanent), a corrupt answer (permanent), or a busy/unreachable provider (transient).
 * The API key never appears in logs or failure details.
 */
public final class BingStaticMapSource implements ImagerySource {
  public static final int DEFAULT_MAX_IMAGE_BYTES = 20 * 1024 * 1024;
  public static final String ATTRIBUTION = "Imagery © Microsoft Corporation (Bing Maps)";
  private static final Logger log = LoggerFactory.getLogger(BingStaticMapSource.class);
  private static final int SNIPPET_CHARS = 200;

  private final HttpClient client;
  private final URI endpoint;
  private final String apiKey;
  private final Duration requestTimeout;
  private final int maxImageBytes;

  /**
   * @param client built with a connect timeout (see {@link #httpClient})
   * @param requestTimeout the limit for one whole request, response body included
   */
  public BingStaticMapSource(
      HttpClient client, URI endpoint, String apiKey, Duration requestTimeout, int maxImageBytes) {
    this.client = client;
    this.endpoint = endpoint;
    this.apiKey = apiKey;
    this.requestTimeout = requestTimeout;
    this.maxImageBytes = maxImageBytes;
  }

  /** An HTTP client with a connect timeout; redirects are not followed (the API does not redirect). */
  public static HttpClient httpClient(Duration connectTimeout) {
    return HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Override
  public byte[] fetch(ImageRequest request) {
    URI uri = uriFor(request);
    HttpRequest httpRequest =
        HttpRequest.newBuilder(uri).timeout(requestTimeout).header("Accept", "image/jpeg").GET().build();
    // limiting(): the body is refused past maxImageBytes instead of filling the heap.
    CompletableFuture<HttpResponse<byte[]>> call =
        client.sendAsync(httpRequest, BodyHandlers.limiting(BodyHandlers.ofByteArray(), maxImageBytes));
    HttpResponse<byte[]> response;
    try {
      // request timeout covers the wait for headers only; this bounds the body too
      response = call.get(requestTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      call.cancel(true);
      throw transientFailure(uri, "timed out after " + requestTimeout.toMillis() + " ms", e);
    } catch (InterruptedException e) {
      call.cancel(true);
      Thread.currentThread().interrupt();
      throw new TransientFailure("interrupted while fetching " + mask(uri.toString()), e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException && String.valueOf(cause.getMessage()).contains("exceed")) {
        throw new PermanentFailure("imagery-corrupt", "image larger than " + maxImageBytes + " bytes from " + mask(uri.toString()));
      }
      throw transientFailure(uri, cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
    }
    return classify(uri, response);
  }

  private byte[] classify(URI uri, HttpResponse<byte[]> response) {
    int status = response.statusCode();
    byte[] body = response.body() == null ? new byte[0] : response.body();
    String where = mask(uri.toString());
    if (status == 200) {
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      if (!contentType.toLowerCase(Locale.ROOT).startsWith("image/jpeg")) {
        throw new PermanentFailure("imagery-corrupt", "content type '" + contentType + "' instead of image/jpeg from " + where);
      }
      if (body.length < 3 || (body[0] & 0xFF) != 0xFF || (body[1] & 0xFF) != 0xD8 || (body[2] & 0xFF) != 0xFF) {
        throw new PermanentFailure("imagery-corrupt", "body of " + body.length + " bytes is not a JPEG, from " + where);
      }
      return body;
    }
    String detail = "HTTP " + status + " from " + where + ": " + snippet(body);
    if (status == 429 || status >= 500 || status == 408) {
      log.warn("imagery provider busy: {}", detail);
      throw new ProviderBusy(detail, retryAfter(response).orElse(null));
    }
    // 400 bad parameters, 401/403 key refused, 404 unknown route, and any other answer we do not understand.
    log.warn("imagery provider refused: {}", detail);
    throw new PermanentFailure("imagery-rejected", detail);
  }

  /** The request URI; coordinates carry 9 decimals (~0.1 mm) so the provider's pixel rounding is exact at zoom 21. */
  public URI uriFor(ImageRequest request) {
    String base = endpoint.toString().replaceAll("/+$", "");
    return URI.create(
        String.format(
            Locale.ROOT,
            "%s/REST/v1/Imagery/Map/Aerial/%.9f,%.9f/%d?mapSize=%d,%d&key=%s",
            base,
            request.latitude(),
            request.longitude(),
            request.zoom(),
            request.width(),
            request.height(),
            URLEncoder.encode(apiKey, StandardCharsets.UTF_8)));
  }

  private TransientFailure transientFailure(URI uri, String what, Throwable cause) {
    String detail = "imagery request to " + mask(uri.toString()) + " failed: " + mask(what);
    log.warn(detail);
    return new TransientFailure(detail, cause);
  }

  private static Optional<Duration> retryAfter(HttpResponse<?> response) {
    // Only the delta-seconds form; an HTTP-date is rare from map APIs and falls back to our own backoff.
    return response.headers().firstValue("Retry-After").flatMap(v -> {
      try {
        long seconds = Long.parseLong(v.trim());
        return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }

  private String snippet(byte[] body) {
    String text = new String(body, 0, Math.min(body.length, SNIPPET_CHARS * 4), StandardCharsets.UTF_8);
    text = text.replaceAll("\\s+", " ").strip();
    return mask(text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + "…");
  }

  /** Hides the API key in anything that may be logged: {@code key=...} parameters and the key itself. */
  String mask(String text) {
    String masked = text.replaceAll("(?i)(key=)[^&\\s\"]*", "$1***");
    return apiKey.isEmpty() ? masked : masked.replace(apiKey, "***");
  }

  @Override
  public String attribution() {
    return ATTRIBUTION;
  }

  @Override
  public String name() {
    return "bing";
  }
}
