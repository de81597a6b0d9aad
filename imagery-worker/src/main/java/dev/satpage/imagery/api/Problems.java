package dev.satpage.imagery.api;

import dev.satpage.model.json.Json;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RFC 9457 problem details ({@code application/problem+json},
 * https://www.rfc-editor.org/rfc/rfc9457#section-3). No {@code type}: it defaults to {@code
 * about:blank}, whose {@code title} is the status's reason phrase (§4.2.1); what went wrong is in
 * {@code detail}, and the offending {@code field} or failure {@code reason} are extension members
 * (§3.2).
 */
final class Problems {
  static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  static ApiResponse of(int status, String title, String detail) {
    return of(status, title, detail, Map.of(), Map.of());
  }

  static ApiResponse of(
      int status,
      String title,
      String detail,
      Map<String, Object> members,
      Map<String, String> headers) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.putAll(members);
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Content-Type", MEDIA_TYPE);
    return new ApiResponse(status, all, Json.write(body));
  }

  /**
   * 503 with {@code Retry-After} in whole seconds when the wait is known (RFC 9110 §10.2.3,
   * https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3).
   */
  static ApiResponse unavailable(String detail, Duration retryAfter) {
    Map<String, String> headers = new LinkedHashMap<>();
    Map<String, Object> members = new LinkedHashMap<>();
    if (retryAfter != null && retryAfter.isPositive()) {
      long seconds = (retryAfter.toMillis() + 999) / 1000;
      headers.put("Retry-After", Long.toString(seconds));
      members.put("retryAfterSeconds", seconds);
    }
    return of(503, "Service Unavailable", detail, members, headers);
  }
}
