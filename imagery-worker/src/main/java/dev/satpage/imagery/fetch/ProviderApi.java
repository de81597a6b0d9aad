package dev.satpage.imagery.fetch;

import dev.satpage.imagery.codec.ImageFormat;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.imagery.plan.Planner;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One imagery provider's HTTP API: how its pages are planned, and the URI, headers and answers of
 * each planned image.
 */
public interface ProviderApi {
  /** Short name for keys, metrics and messages: {@code azure}, {@code bing}, {@code tiles}. */
  String name();

  /** The attribution the provider's terms require next to its imagery. */
  String attribution();

  Planner planner();

  /** The request URI of one image, the key included. */
  URI uriFor(PlannedImage image, String apiKey);

  /**
   * The only scheme://host:port this provider is fetched from; anything else is refused (no SSRF).
   */
  URI origin();

  /** The formats this API documents for our requests; a 200 in any other format is refused. */
  List<ImageFormat> formats();

  /**
   * The {@code Accept} header of every request: the media types of {@link #formats()}, preferred
   * first.
   */
  default String accept() {
    return formats().stream().map(ImageFormat::mediaType).collect(Collectors.joining(", "));
  }

  /**
   * The wait a provider asks for with its own overload signal, beside 429/5xx and {@code
   * Retry-After} (Bing's {@code X-MS-BM-WS-INFO: 1}), if this response carries it; such a response
   * is retried, whatever its status.
   */
  default Optional<Duration> overloaded(HttpHeaders headers) {
    return Optional.empty();
  }

  /** {@code endpoint} without a trailing slash, for appending paths. */
  static String base(URI endpoint) {
    return endpoint.toString().replaceAll("/+$", "");
  }

  /** The scheme, host and port of {@code uri}. */
  static URI originOf(URI uri) {
    return URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
  }
}
