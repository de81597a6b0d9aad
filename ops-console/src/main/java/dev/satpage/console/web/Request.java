package dev.satpage.console.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP request as the pages see it: method, path, the query's and (for a form POST) the body's
 * parameters, and the session cookie's value.
 */
record Request(String method, String path, Map<String, String> params, String sessionCookie) {
  Request {
    params = Map.copyOf(params);
  }

  String param(String name) {
    String v = params.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /**
   * Parses {@code a=1&b=two} (a query string or an {@code application/x-www-form-urlencoded} body).
   */
  static Map<String, String> parse(String encoded, Map<String, String> into) {
    if (encoded == null || encoded.isEmpty()) {
      return into;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      into.putIfAbsent(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return into;
  }

  static Map<String, String> parse(String encoded) {
    return parse(encoded, new LinkedHashMap<>());
  }
}
