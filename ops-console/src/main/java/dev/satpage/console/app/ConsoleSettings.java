package dev.satpage.console.app;

import dev.satpage.ops.aws.Connection;
import java.time.Duration;
import java.util.List;

/**
 * The console's settings (README, "The ops console").
 *
 * @param connection SQS and S3 endpoints, credentials and bucket, as the ops CLI takes them
 * @param clients client entries as the producer's {@code satpage.preview-api.clients} ({@code
 *     <id>:<sha256-hex>:<scopes>}); a key signs in only if its client has the {@code ops} scope
 * @param bind the address to listen on ({@link #DEFAULT_BIND}: this machine only)
 * @param port the port, 0 for any free one
 * @param sessionTtl how long a sign-in lasts
 * @param stuckAfter a book not rendered this long after acceptance is stuck (as the producer's
 *     {@code satpage.coordinator.stuck-after})
 * @param refresh how often the book board reads the pending index in the background
 * @param secureCookie mark the session cookie {@code Secure} (behind HTTPS)
 */
public record ConsoleSettings(
    Connection connection,
    List<String> clients,
    String bind,
    int port,
    Duration sessionTtl,
    Duration stuckAfter,
    Duration refresh,
    boolean secureCookie) {
  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final int DEFAULT_PORT = 8088;
  public static final Duration DEFAULT_SESSION_TTL = Duration.ofHours(8);
  public static final Duration DEFAULT_STUCK_AFTER = Duration.ofMinutes(15);
  public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(10);

  /** Pending-index entries read per refresh, and unfinished books remembered. */
  static final int INDEX_SCAN_LIMIT = 500;

  /** Dead letters read per DLQ (without consuming them) for the overview, a book, a listing. */
  static final int DLQ_SAMPLE = 100;

  /** Largest sign-in form accepted. */
  static final long MAX_FORM_BYTES = 16 * 1024;

  public ConsoleSettings {
    clients = clients == null ? List.of() : List.copyOf(clients);
    if (clients.stream().allMatch(String::isBlank)) {
      throw new IllegalArgumentException(
          "no console clients: pass --clients or set SATPAGE_CONSOLE_CLIENTS (entries <id>:<sha256-hex>:ops)");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (sessionTtl.isNegative()
        || sessionTtl.isZero()
        || refresh.isNegative()
        || refresh.isZero()) {
      throw new IllegalArgumentException("session TTL and refresh must be positive");
    }
  }
}
