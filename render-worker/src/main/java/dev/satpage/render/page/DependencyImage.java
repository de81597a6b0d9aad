package dev.satpage.render.page;

import java.util.Map;

/**
 * A resolved dependency as a page sees it: its encoded preview image and the provider's attribution
 * (may be null).
 */
public record DependencyImage(String dependencyId, String uri, byte[] encoded, String attribution) {
  public DependencyImage {
    if (dependencyId == null || uri == null || encoded == null) {
      throw new IllegalArgumentException("dependencyId, uri and encoded are required");
    }
  }

  /** The image of {@code dependencyId} in {@code images}, which must hold it. */
  public static DependencyImage of(Map<String, DependencyImage> images, String dependencyId) {
    DependencyImage image = images.get(dependencyId);
    if (image == null) {
      // The service passes every dependency a page refers to; a gap is a programming error, not bad
      // input.
      throw new IllegalArgumentException("no image given for dependency '" + dependencyId + "'");
    }
    return image;
  }

  /** How failures name this image: its dependency and where it came from. */
  public String describe() {
    return "dependency " + dependencyId + ": " + uri;
  }
}
