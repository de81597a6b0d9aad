package dev.satpage.imagery.app;

import dev.satpage.imagery.fetch.BingStaticMapSource;
import dev.satpage.imagery.fetch.PageFetcher;
import dev.satpage.imagery.fetch.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code satpage.imagery.*}: the imagery provider and how hard to try. Unset values take the {@code DEFAULT_*}
 * constants; the endpoint defaults to Bing Maps, the API key has no default.
 *
 * @param endpoint the static map API base URI (devstack: its simulator)
 * @param apiKey the provider key; required, never logged
 * @param connectTimeout TCP/TLS connect timeout
 * @param readTimeout limit for one whole image request
 * @param maxAttempts attempts per image before the job fails transiently and SQS redelivers it
 * @param backoffBase first retry's maximum wait (full jitter, doubling per attempt)
 * @param backoffMax cap of one wait, and of an honoured {@code Retry-After}
 * @param parallelism images of one page fetched at once
 * @param maxImageBytes largest image response accepted
 */
@ConfigurationProperties("satpage.imagery")
public record ImageryProperties(
    URI endpoint,
    String apiKey,
    Duration connectTimeout,
    Duration readTimeout,
    Integer maxAttempts,
    Duration backoffBase,
    Duration backoffMax,
    Integer parallelism,
    Integer maxImageBytes) {
  public static final URI DEFAULT_ENDPOINT = URI.create("https://dev.virtualearth.net");
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  public ImageryProperties {
    endpoint = endpoint == null ? DEFAULT_ENDPOINT : endpoint;
    if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())) {
      throw new IllegalArgumentException("satpage.imagery.endpoint must be an http(s) URI: " + endpoint);
    }
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("satpage.imagery.api-key is required");
    }
    connectTimeout = positive(connectTimeout, DEFAULT_CONNECT_TIMEOUT, "connect-timeout");
    readTimeout = positive(readTimeout, DEFAULT_READ_TIMEOUT, "read-timeout");
    maxAttempts = atLeastOne(maxAttempts, RetryPolicy.DEFAULT_MAX_ATTEMPTS, "max-attempts");
    backoffBase = backoffBase == null ? RetryPolicy.DEFAULT_BASE_DELAY : backoffBase;
    backoffMax = backoffMax == null ? RetryPolicy.DEFAULT_MAX_DELAY : backoffMax;
    parallelism = atLeastOne(parallelism, PageFetcher.DEFAULT_PARALLELISM, "parallelism");
    maxImageBytes = atLeastOne(maxImageBytes, BingStaticMapSource.DEFAULT_MAX_IMAGE_BYTES, "max-image-bytes");
  }

  public RetryPolicy retryPolicy() {
    return new RetryPolicy(maxAttempts, backoffBase, backoffMax);
  }

  @Override
  public String toString() { // records print every component; the key must not reach a log
    return "ImageryProperties[endpoint=" + endpoint + ", apiKey=***, connectTimeout=" + connectTimeout + ", readTimeout="
        + readTimeout + ", maxAttempts=" + maxAttempts + ", parallelism=" + parallelism + "]";
  }

  private static Duration positive(Duration value, Duration fallback, String name) {
    Duration d = value == null ? fallback : value;
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException("satpage.imagery." + name + " must be positive: " + d);
    }
    return d;
  }

  private static int atLeastOne(Integer value, int fallback, String name) {
    int v = value == null ? fallback : value;
    if (v < 1) {
      throw new IllegalArgumentException("satpage.imagery." + name + " must be at least 1: " + v);
    }
    return v;
  }
}
