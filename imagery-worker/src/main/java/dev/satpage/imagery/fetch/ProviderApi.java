package dev.satpage.imagery.fetch;

import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.imagery.plan.Planner;
import java.net.URI;

/** One imagery provider's HTTP API: how its pages are planned, and the URI of each planned image. */
public interface ProviderApi {
  /** Short name for keys, metrics and messages: {@code azure}, {@code bing}, {@code tiles}. */
  String name();

  /** The attribution the provider's terms require next to its imagery. */
  String attribution();

  Planner planner();

  /** The request URI of one image, the key included. */
  URI uriFor(PlannedImage image, String apiKey);

  /** The only scheme://host:port this provider is fetched from; anything else is refused (no SSRF). */
  URI origin();

  /** {@code endpoint} without a trailing slash, for appending paths. */
  static String base(URI endpoint) {
    return endpoint.toString().replaceAll("/+$", "");
  }

  /** The scheme, host and port of {@code uri}. */
  static URI originOf(URI uri) {
    return URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
  }
}
