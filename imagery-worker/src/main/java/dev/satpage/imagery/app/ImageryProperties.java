package dev.satpage.imagery.app;

import dev.satpage.imagery.OutputSettings;
import dev.satpage.imagery.fetch.AzureTileApi;
import dev.satpage.imagery.fetch.HttpImagerySource;
import dev.satpage.imagery.fetch.PageFetcher;
import dev.satpage.imagery.fetch.ProviderApi;
import dev.satpage.imagery.fetch.RetryPolicy;
import dev.satpage.imagery.fetch.StaticMapApi;
import dev.satpage.imagery.fetch.TileApi;
import dev.satpage.imagery.provider.AzureMapsFacts;
import dev.satpage.imagery.provider.BingMapsFacts;
import dev.satpage.model.port.WriteOptions;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code satpage.imagery.*}: the imagery provider, how hard to try, and how pages are encoded.
 * Unset values take the {@code DEFAULT_*} constants; the API key has no default. The default
 * provider is Azure Maps: Bing Maps for Enterprise is retired on 2028-06-30 and Azure Maps is its
 * successor; its default mode is Get Map Tile with 512-px tiles (why: imagery-worker/README.md,
 * "Choosing the Azure mode").
 *
 * @param provider {@code azure} (default), {@code bing} or {@code tiles}
 * @param azureMode for {@code azure}: {@code tiles} (default; Get Map Tile) or {@code static} (Get
 *     Map Static Image grid)
 * @param endpoint the provider's base URI (default per provider; devstack: its simulator)
 * @param apiKey the provider key; required, never logged
 * @param tileTemplate for {@code tiles}: URI template with {z} {x} {y} {q} {key}; relative ones
 *     start with /
 * @param tileSize for {@code tiles} and Azure tiles: 256 or 512 (default 512 for Azure, 256 for
 *     {@code tiles})
 * @param attribution overrides the provider's attribution text (needed for {@code tiles})
 * @param connectTimeout TCP/TLS connect timeout
 * @param readTimeout limit for one whole image request
 * @param maxAttempts attempts per image before the job fails transiently and SQS redelivers it
 * @param backoffBase first retry's maximum wait (full jitter, doubling per attempt)
 * @param backoffMax cap of one wait, and of an honoured {@code Retry-After}
 * @param parallelism images of one page fetched at once
 * @param maxImageBytes largest image response accepted
 * @param rateLimitPerSecond provider requests per second from this instance (default: Azure's
 *     documented QPS limit of the API in use, else 50)
 * @param codec {@code auto} (TurboJPEG if it loads, else ImageIO), {@code turbojpeg} or {@code
 *     imageio}
 * @param printQuality print JPEG quality 1–100 of a re-encoded print
 * @param previewQuality preview JPEG quality 1–100
 * @param densityPpi JFIF density of both JPEGs
 * @param serverSideEncryption S3 SSE algorithm for outputs ({@code AES256}, {@code aws:kms}) or
 *     {@code none}
 */
@ConfigurationProperties("satpage.imagery")
public record ImageryProperties(
    String provider,
    String azureMode,
    URI endpoint,
    String apiKey,
    String tileTemplate,
    Integer tileSize,
    String attribution,
    Duration connectTimeout,
    Duration readTimeout,
    Integer maxAttempts,
    Duration backoffBase,
    Duration backoffMax,
    Integer parallelism,
    Integer maxImageBytes,
    Double rateLimitPerSecond,
    String codec,
    Integer printQuality,
    Integer previewQuality,
    Integer densityPpi,
    String serverSideEncryption) {
  public static final String DEFAULT_PROVIDER = "azure";
  public static final String DEFAULT_AZURE_MODE = "tiles";

  /**
   * The accepted {@code azure-mode} values (Terraform's {@code imagery_azure_mode} offers exactly
   * these, by test).
   */
  public static final List<String> AZURE_MODES = List.of("tiles", "static");

  /**
   * Azure tiles: 512 px keeps a page at ~4 transactions and within the 250 QPS limit (see the
   * README).
   */
  public static final int DEFAULT_AZURE_TILE_SIZE = 512;

  /**
   * The accepted {@code provider} names (Terraform's {@code imagery_provider} offers exactly these,
   * by test).
   */
  public static final List<String> PROVIDERS = List.of("azure", "bing", "tiles");

  public static final int DEFAULT_TILE_SIZE = 256;

  /** The accepted {@code tile-size} values. */
  public static final List<Integer> TILE_SIZES = List.of(256, 512);

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  public static final double DEFAULT_RATE_LIMIT_PER_SECOND = 50;
  public static final String DEFAULT_CODEC = "auto";
  public static final String DEFAULT_SERVER_SIDE_ENCRYPTION = "AES256";

  public ImageryProperties {
    provider = provider == null ? DEFAULT_PROVIDER : provider;
    if (!PROVIDERS.contains(provider)) {
      throw new IllegalArgumentException(
          "satpage.imagery.provider must be azure, bing or tiles: " + provider);
    }
    azureMode = azureMode == null ? DEFAULT_AZURE_MODE : azureMode;
    if (!AZURE_MODES.contains(azureMode)) {
      throw new IllegalArgumentException(
          "satpage.imagery.azure-mode must be tiles or static: " + azureMode);
    }
    endpoint =
        endpoint == null
            ? URI.create(provider.equals("bing") ? BingMapsFacts.ENDPOINT : AzureMapsFacts.ENDPOINT)
            : endpoint;
    if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())) {
      throw new IllegalArgumentException(
          "satpage.imagery.endpoint must be an http(s) URI: " + endpoint);
    }
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("satpage.imagery.api-key is required");
    }
    tileTemplate = tileTemplate == null ? TileApi.DEFAULT_TEMPLATE : tileTemplate;
    tileSize =
        tileSize == null
            ? (provider.equals("azure") ? DEFAULT_AZURE_TILE_SIZE : DEFAULT_TILE_SIZE)
            : tileSize;
    if (!TILE_SIZES.contains(tileSize)) {
      throw new IllegalArgumentException(
          "satpage.imagery.tile-size must be 256 or 512: " + tileSize);
    }
    connectTimeout = positive(connectTimeout, DEFAULT_CONNECT_TIMEOUT, "connect-timeout");
    readTimeout = positive(readTimeout, DEFAULT_READ_TIMEOUT, "read-timeout");
    maxAttempts = atLeastOne(maxAttempts, RetryPolicy.DEFAULT_MAX_ATTEMPTS, "max-attempts");
    backoffBase = backoffBase == null ? RetryPolicy.DEFAULT_BASE_DELAY : backoffBase;
    backoffMax = backoffMax == null ? RetryPolicy.DEFAULT_MAX_DELAY : backoffMax;
    parallelism = atLeastOne(parallelism, PageFetcher.DEFAULT_PARALLELISM, "parallelism");
    maxImageBytes =
        atLeastOne(maxImageBytes, HttpImagerySource.DEFAULT_MAX_IMAGE_BYTES, "max-image-bytes");
    rateLimitPerSecond =
        rateLimitPerSecond == null ? defaultRateLimit(provider, azureMode) : rateLimitPerSecond;
    if (!(rateLimitPerSecond > 0)) {
      throw new IllegalArgumentException(
          "satpage.imagery.rate-limit-per-second must be positive: " + rateLimitPerSecond);
    }
    codec = codec == null ? DEFAULT_CODEC : codec;
    printQuality = printQuality == null ? OutputSettings.DEFAULT_PRINT_QUALITY : printQuality;
    previewQuality =
        previewQuality == null ? OutputSettings.DEFAULT_PREVIEW_QUALITY : previewQuality;
    densityPpi = densityPpi == null ? OutputSettings.DEFAULT_DENSITY_PPI : densityPpi;
    serverSideEncryption =
        serverSideEncryption == null ? DEFAULT_SERVER_SIDE_ENCRYPTION : serverSideEncryption;
    WriteOptions.Encryption.ofSetting(
        serverSideEncryption); // none, AES256 or aws:kms; refused at start-up otherwise
  }

  public RetryPolicy retryPolicy() {
    return new RetryPolicy(maxAttempts, backoffBase, backoffMax);
  }

  /** The configured provider's API. */
  public ProviderApi providerApi() {
    return switch (provider) {
      case "bing" -> StaticMapApi.bing(endpoint);
      case "tiles" ->
          new TileApi(
              endpoint,
              tileTemplate,
              tileSize,
              attribution == null ? "Imagery © the tile provider" : attribution);
      default ->
          azureMode.equals("static")
              ? StaticMapApi.azure(endpoint)
              : new AzureTileApi(endpoint, tileSize);
    };
  }

  /**
   * Azure documents a QPS limit per API (Gen2): 250 for satellite tiles, 50 for static maps; others
   * get 50.
   */
  private static double defaultRateLimit(String provider, String azureMode) {
    if (!provider.equals("azure")) {
      return DEFAULT_RATE_LIMIT_PER_SECOND;
    }
    return azureMode.equals("static")
        ? AzureMapsFacts.STATIC_MAPS_QPS
        : AzureMapsFacts.SATELLITE_TILES_QPS;
  }

  @Override
  public String toString() { // records print every component; the key must not reach a log
    return "ImageryProperties[provider="
        + provider
        + ", azureMode="
        + azureMode
        + ", tileSize="
        + tileSize
        + ", endpoint="
        + endpoint
        + ", apiKey=***, codec="
        + codec
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", maxAttempts="
        + maxAttempts
        + ", parallelism="
        + parallelism
        + ", rateLimitPerSecond="
        + rateLimitPerSecond
        + "]";
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
