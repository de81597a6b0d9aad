package dev.satpage.render.template;

import dev.satpage.model.json.Json;
import dev.satpage.model.port.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes the sample template of a product into the object store: {@code template.json}, a
 * compass-rose picture on the title page and the bundled DejaVu Sans Bold font (Bitstream Vera
 * licence). Devstack and the local pipeline call it so books render with template art; writing the
 * same bytes again is harmless.
 */
public final class TemplateSeeder {
  public static final String FONT_ASSET = "fonts/DejaVuSans-Bold.ttf";
  public static final String COMPASS_ASSET = "art/compass.png";
  private static final String FONT_RESOURCE = "/fonts/DejaVuSans-Bold.ttf";

  private final ObjectStore store;

  public TemplateSeeder(ObjectStore store) {
    this.store = store;
  }

  /**
   * The sample template: default trim, seeded font, a compass above the title on page {@code
   * p01-title}.
   */
  public static BookTemplate sample(String productId) {
    return new BookTemplate(
        BookTemplate.SCHEMA_VERSION,
        productId,
        BookTemplate.DEFAULT_TRIM_WIDTH_MM,
        BookTemplate.DEFAULT_TRIM_HEIGHT_MM,
        FONT_ASSET,
        List.of(new BookTemplate.Art("p01-title", COMPASS_ASSET, 0.42, 0.07, 0.16)));
  }

  /** Seeds {@link #sample} for {@code productId}; returns the template written. */
  public BookTemplate seed(String productId) {
    BookTemplate template = sample(productId);
    String folder = TemplateStore.folder(productId);
    store.put(folder + COMPASS_ASSET, SampleArt.compassPng(SampleArt.COMPASS_SIDE), "image/png");
    store.put(folder + FONT_ASSET, bundledFont(), "font/ttf");
    // The template last: a reader that sees it finds its assets.
    store.put(TemplateStore.templateKey(productId), Json.writeBytes(template), "application/json");
    return template;
  }

  private static byte[] bundledFont() {
    try (InputStream in = TemplateSeeder.class.getResourceAsStream(FONT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "font resource " + FONT_RESOURCE + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
