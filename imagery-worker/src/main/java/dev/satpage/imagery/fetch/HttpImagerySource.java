package dev.satpage.imagery.fetch;

import dev.satpage.imagery.codec.ImageFormat;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.failure.TransientFailure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ProviderApi} over {@link HttpClient}. Fetches only from the provider's configured origin
 * and never follows a redirect (no SSRF to, e.g., the instance metadata service at
 * 169.254.169.254); bounds the body at {@code maxImageBytes}; sends the API's {@code Accept} header
 * and checks the answer's content type, magic bytes and declared size against the API's documented
 * formats and the plan before anything is decoded. Classifies every outcome: an image, a refusal or
 * corrupt answer (permanent), or a busy/unreachable provider (transient, including a provider's own
 * overload signal). The API key never appears in logs or failure details.
 */
public final class HttpImagerySource implements ImagerySource {
  public static final int DEFAULT_MAX_IMAGE_BYTES = 20 * 1024 * 1024;
  private static final Logger log = LoggerFactory.getLogger(HttpImagerySource.class);
  private static final int SNIPPET_CHARS = 200;

  private final HttpClient client;
  private final ProviderApi api;
  private final String apiKey;
  private final Duration requestTimeout;
  private final int maxImageBytes;
  private final IntConsumer statusObserver;

  /**
   * @param client built with a connect timeout and without redirects (see {@link #httpClient})
   * @param requestTimeout the limit for one whole request, response body included
   * @param statusObserver told every HTTP status received (for metrics); -1 for no response
   */
  public HttpImagerySource(
      HttpClient client,
      ProviderApi api,
      String apiKey,
      Duration requestTimeout,
      int maxImageBytes,
      IntConsumer statusObserver) {
    this.client = client;
    this.api = api;
    this.apiKey = apiKey;
    this.requestTimeout = requestTimeout;
    this.maxImageBytes = maxImageBytes;
    this.statusObserver = statusObserver;
  }

  public HttpImagerySource(
      HttpClient client, ProviderApi api, String apiKey, Duration requestTimeout, int maxBytes) {
    this(client, api, apiKey, requestTimeout, maxBytes, status -> {});
  }

  /**
   * An HTTP client with a connect timeout that never follows redirects (a provider API does not
   * redirect).
   */
  public static HttpClient httpClient(Duration connectTimeout) {
    return HttpClient.newBuilder()
        // The client's own tasks (the response headers and body of each tile handed on) on virtual
        // threads instead of its default pool of platform threads: 25 ms less CPU per page of 63
        // tiles, about a third of the fetch's (docs/benchmarks.md, "Imagery worker: all-in vs
        // codec"). Idle, it holds no thread, so it is never shut down.
        .executor(Executors.newVirtualThreadPerTaskExecutor())
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  public ProviderApi api() {
    return api;
  }

  @Override
  public byte[] fetch(PlannedImage request) {
    URI uri = api.uriFor(request, apiKey);
    requireProviderOrigin(uri, "request");
    HttpRequest httpRequest =
        HttpRequest.newBuilder(uri)
            .timeout(requestTimeout)
            .header("Accept", api.accept())
            .GET()
            .build();
    // limiting(): the body is refused past maxImageBytes instead of filling the heap.
    CompletableFuture<HttpResponse<byte[]>> call =
        client.sendAsync(
            httpRequest, BodyHandlers.limiting(BodyHandlers.ofByteArray(), maxImageBytes));
    HttpResponse<byte[]> response;
    try {
      // the request timeout covers the wait for headers only; this bounds the body too
      response = call.get(requestTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      call.cancel(true);
      statusObserver.accept(-1);
      throw transientFailure(uri, "timed out after " + requestTimeout.toMillis() + " ms", e);
    } catch (InterruptedException e) {
      call.cancel(true);
      Thread.currentThread().interrupt();
      throw new TransientFailure("interrupted while fetching " + mask(uri.toString()), e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException && String.valueOf(cause.getMessage()).contains("exceed")) {
        throw new PermanentFailure(
            FailureReason.IMAGERY_TOO_LARGE,
            "image larger than " + maxImageBytes + " bytes from " + mask(uri.toString()));
      }
      statusObserver.accept(-1);
      throw transientFailure(
          uri, cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
    }
    statusObserver.accept(response.statusCode());
    return classify(uri, request, response);
  }

  private void requireProviderOrigin(URI uri, String what) {
    URI allowed = api.origin();
    boolean sameOrigin =
        uri.getScheme() != null
            && uri.getScheme().equalsIgnoreCase(allowed.getScheme())
            && uri.getHost() != null
            && uri.getHost().equalsIgnoreCase(allowed.getHost())
            && port(uri) == port(allowed);
    if (!sameOrigin) {
      String host = uri.getHost() == null ? "(none)" : uri.getHost();
      String metadata =
          host.startsWith("169.254.") || host.contains("fd00:ec2")
              ? " (a cloud metadata address)"
              : "";
      throw new PermanentFailure(
          FailureReason.IMAGERY_FORBIDDEN_HOST,
          "refusing "
              + what
              + " to "
              + host
              + metadata
              + ": only the configured provider origin "
              + allowed
              + " is fetched");
    }
  }

  private static int port(URI uri) {
    return uri.getPort() >= 0
        ? uri.getPort()
        : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
  }

  private byte[] classify(URI uri, PlannedImage request, HttpResponse<byte[]> response) {
    int status = response.statusCode();
    byte[] body = response.body() == null ? new byte[0] : response.body();
    String where = mask(uri.toString());
    Optional<Duration> overload = api.overloaded(response.headers());
    if (overload.isPresent()) {
      String detail = "HTTP " + status + " with the provider's overload signal from " + where;
      log.warn("imagery provider overloaded: {}", detail);
      throw new ProviderBusy(detail, overload.get());
    }
    if (status == 200) {
      return image(where, request, response.headers().firstValue("Content-Type").orElse(""), body);
    }
    if (status >= 300 && status < 400) {
      String location = response.headers().firstValue("Location").orElse("");
      URI target = location.isEmpty() ? uri : uri.resolve(location);
      requireProviderOrigin(target, "redirect");
      throw new PermanentFailure(
          FailureReason.IMAGERY_REDIRECT,
          "HTTP "
              + status
              + " redirect to "
              + mask(target.toString())
              + " from "
              + where
              + "; redirects are not followed");
    }
    String detail = "HTTP " + status + " from " + where + ": " + snippet(body);
    if (status == 429 || status >= 500 || status == 408) {
      log.warn("imagery provider busy: {}", detail);
      throw new ProviderBusy(detail, retryAfter(response).orElse(null));
    }
    // 400 bad parameters, 401/403 key refused, 404 unknown route, and any other answer we do not
    // understand.
    log.warn("imagery provider refused: {}", detail);
    throw new PermanentFailure(FailureReason.IMAGERY_REJECTED, detail);
  }

  /** The body of a 200, if it is an image in one of the API's formats, of the planned size. */
  private byte[] image(String where, PlannedImage request, String contentType, byte[] body) {
    ImageFormat declared =
        ImageFormat.ofContentType(contentType)
            .orElseThrow(
                () ->
                    new PermanentFailure(
                        FailureReason.IMAGERY_CORRUPT,
                        "content type '"
                            + contentType
                            + "' instead of "
                            + api.accept()
                            + " from "
                            + where));
    if (!api.formats().contains(declared)) {
      // Azure Maps answers a static image as PNG unless the request says Accept: image/jpeg.
      throw new PermanentFailure(
          FailureReason.IMAGERY_WRONG_FORMAT,
          declared.mediaType()
              + " although the request said Accept: "
              + api.accept()
              + " (was the header lost on the way?) from "
              + where);
    }
    if (ImageFormat.sniff(body).orElse(null) != declared) {
      throw new PermanentFailure(
          FailureReason.IMAGERY_CORRUPT,
          "body of " + body.length + " bytes is not " + declared.mediaType() + ", from " + where);
    }
    int[] size = declared.declaredSize(body);
    if (size[0] != request.width() || size[1] != request.height()) {
      throw new PermanentFailure(
          FailureReason.IMAGERY_WRONG_SIZE,
          declared.name()
              + " declares "
              + size[0]
              + "x"
              + size[1]
              + ", requested "
              + request.width()
              + "x"
              + request.height()
              + ", from "
              + where);
    }
    return body;
  }

  private TransientFailure transientFailure(URI uri, String what, Throwable cause) {
    String detail = "imagery request to " + mask(uri.toString()) + " failed: " + mask(what);
    log.warn(detail);
    return new TransientFailure(detail, cause);
  }

  private static Optional<Duration> retryAfter(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .flatMap(v -> RetryAfter.parse(v, response.headers().firstValue("Date"), Instant.now()));
  }

  private String snippet(byte[] body) {
    String text =
        new String(body, 0, Math.min(body.length, SNIPPET_CHARS * 4), StandardCharsets.UTF_8);
    text = text.replaceAll("\\s+", " ").strip();
    return mask(text.length() <= SNIPPET_CHARS ? text : text.substring(0, SNIPPET_CHARS) + "…");
  }

  /**
   * Hides the API key in anything that may be logged: {@code key=…} parameters and the key itself.
   */
  String mask(String text) {
    String masked = text.replaceAll("(?i)(key=)[^&\\s\"]*", "$1***");
    return apiKey.isEmpty() ? masked : masked.replace(apiKey, "***");
  }

  @Override
  public String attribution() {
    return api.attribution();
  }

  @Override
  public String name() {
    return api.name();
  }
}
