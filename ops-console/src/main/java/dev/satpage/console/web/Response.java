package dev.satpage.console.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a page answers: status, content type, body, extra headers. */
record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
  Response {
    headers = Map.copyOf(headers);
  }

  static Response html(int status, String html) {
    return new Response(
        status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  static Response html(String html) {
    return html(200, html);
  }

  /** 303 See Other: after a POST the browser GETs {@code location} (no resubmission on reload). */
  static Response redirect(String location) {
    return new Response(303, "text/plain", new byte[0], Map.of("Location", location));
  }

  Response with(String header, String value) {
    java.util.Map<String, String> h = new java.util.LinkedHashMap<>(headers);
    h.put(header, value);
    return new Response(status, contentType, body, h);
  }
}
