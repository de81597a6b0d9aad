package dev.satpage.producer.app;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access to the preview API ({@code satpage.preview-api.*}, docs/configuration.md). {@code clients}
 * holds only SHA-256 hashes of the keys — on AWS from Secrets Manager through the task's ECS {@code
 * secrets} — never a key.
 *
 * @param clients entries {@code <id>:<sha256-hex>[:<scope>+<scope>]}; required: without one the
 *     producer does not start
 * @param rateLimit per-client token bucket, per producer task
 * @param maxRequestBytes largest request body accepted (413 above)
 */
@ConfigurationProperties("satpage.preview-api")
record PreviewApiProperties(
    List<String> clients,
    @DefaultValue RateLimit rateLimit,
    @DefaultValue("" + DEFAULT_MAX_REQUEST_BYTES) long maxRequestBytes) {
  /** A preview request is ~120 bytes of JSON; 4 KiB leaves room for a long name in any script. */
  static final long DEFAULT_MAX_REQUEST_BYTES = 4096;

  PreviewApiProperties {
    clients = clients == null ? List.of() : List.copyOf(clients);
  }

  /**
   * @param requestsPerSecond sustained requests per client and task
   * @param burst requests a client may make at once
   */
  record RateLimit(
      @DefaultValue("" + DEFAULT_REQUESTS_PER_SECOND) double requestsPerSecond,
      @DefaultValue("" + DEFAULT_BURST) int burst) {
    static final double DEFAULT_REQUESTS_PER_SECOND = 20;
    static final int DEFAULT_BURST = 40;
  }
}
