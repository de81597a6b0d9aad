package dev.satpage.render.page;

/** A resolved dependency as a page sees it: its encoded preview image and the provider's attribution (may be null). */
public record DependencyImage(String dependencyId, String uri, byte[] encoded, String attribution) {
  public DependencyImage {
    if (dependencyId == null || uri == null || encoded == null) {
      throw new IllegalArgumentException("dependencyId, uri and encoded are required");
    }
  }
}
