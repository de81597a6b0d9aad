package dev.satpage.devstack.imagery;

import java.nio.charset.StandardCharsets;

/**
 * The JSON error body Azure Maps returns, e.g. {@code {"error":{"code":"400
 * BadRequest","message":"..."}}}.
 */
final class AzureError {
  private AzureError() {}

  static byte[] json(int status, String detail) {
    String code = status + " " + BingError.description(status).replace(" ", "");
    String escaped = BingError.escape(detail);
    return ("{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + escaped + "\"}}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
