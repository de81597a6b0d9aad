package dev.satpage.render.template;

import dev.satpage.render.text.TextDirection;
import java.util.Map;

/**
 * A {@link BookTemplate} with its assets loaded: the encoded art by asset path, and the font bytes
 * (null: the bundled font).
 */
public record Template(BookTemplate spec, Map<String, byte[]> art, byte[] font) {
  public Template {
    if (spec == null) {
      throw new IllegalArgumentException("spec is required");
    }
    art = Map.copyOf(art);
    for (BookTemplate.Art a : spec.art()) {
      if (!art.containsKey(a.asset())) {
        throw new IllegalArgumentException("art asset " + a.asset() + " is not loaded");
      }
    }
    if (spec.font() != null && font == null) {
      throw new IllegalArgumentException("font " + spec.font() + " is not loaded");
    }
  }

  /**
   * The paragraph direction of the product's text, from its language. Every product is written in
   * English today (its words come from the producer's product catalogue), so left to right,
   * whatever script a child's name is in.
   */
  public TextDirection direction() {
    return TextDirection.LTR;
  }

  /** The built-in template of a product that has none in S3. */
  public static Template defaultFor(String productId) {
    return new Template(BookTemplate.defaultFor(productId), Map.of(), null);
  }
}
