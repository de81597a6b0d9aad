package dev.satpage.render.design;

/** What the design needs to know about a page's pictures beyond its Definition File layers. */
public interface PageSources {
  /** The pixel size of a dependency's picture. */
  PixelSize image(String dependencyId);

  /** The pixel size of a template picture. */
  PixelSize art(String asset);

  /** A dependency's attribution line, or null if its provider asks for none. */
  String attribution(String dependencyId);
}
