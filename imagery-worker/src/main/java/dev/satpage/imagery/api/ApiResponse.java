package dev.satpage.imagery.api;

import java.util.Map;

/** One HTTP response for the adapters to send: status, headers, a UTF-8 JSON body. */
public record ApiResponse(int status, Map<String, String> headers, String body) {
  public ApiResponse {
    headers = Map.copyOf(headers);
  }
}
