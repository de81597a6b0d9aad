package dev.satpage.devstack.imagery;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The JSON error body Bing Maps REST services return, e.g. {@code
 * {"statusCode":400,"statusDescription":...}}.
 */
final class BingError {
  private BingError() {}

  static byte[] json(int status, String detail, UUID traceId) {
    String authentication = status == 401 ? "InvalidCredentials" : "ValidCredentials";
    String json =
        "{\"authenticationResultCode\":\""
            + authentication
            + "\""
            + ",\"brandLogoUri\":\"http://dev.virtualearth.net/Branding/logo_powered_by.png\""
            + ",\"copyright\":\"Synthetic imagery from the satpage devstack simulator.\""
            + ",\"errorDetails\":[\""
            + escape(detail)
            + "\"]"
            + ",\"resourceSets\":[]"
            + ",\"statusCode\":"
            + status
            + ",\"statusDescription\":\""
            + description(status)
            + "\""
            + ",\"traceId\":\""
            + traceId
            + "\"}";
    return json.getBytes(StandardCharsets.UTF_8);
  }

  static String description(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 429 -> "Too Many Requests";
      case 503 -> "Service Unavailable";
      default -> "Error";
    };
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
