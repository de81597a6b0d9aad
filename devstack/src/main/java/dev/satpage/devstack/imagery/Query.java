package dev.satpage.devstack.imagery;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decoded query parameters with lower-cased names, the first occurrence winning. Bing documents its
 * parameters as case-insensitive (get-a-static-map, "Parameter values are not case-sensitive"); the
 * simulator treats Azure's names the same way, which is lenient, never stricter than the service.
 */
final class Query {
  private final Map<String, String> values;

  private Query(Map<String, String> values) {
    this.values = values;
  }

  /** Parses {@code rawQuery}; malformed percent-encoding throws IllegalArgumentException. */
  static Query parse(String rawQuery) {
    Map<String, String> result = new HashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        result.putIfAbsent(decode(name).toLowerCase(Locale.ROOT), decode(value));
      }
    }
    return new Query(result);
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The first of {@code names} present (a parameter and its alias, e.g. Bing's mapSize and ms). */
  Optional<String> first(String... names) {
    for (String name : names) {
      Optional<String> value = get(name);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
