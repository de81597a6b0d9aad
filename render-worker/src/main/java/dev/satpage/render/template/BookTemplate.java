package dev.satpage.render.template;

import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.json.Require;
import java.util.List;

/**
 * How a product's books look beyond their Definition File: the trim (finished page) size, the
 * typeface and the art placed on pages. Stored as JSON at {@code
 * templates/{productId}/template.json}; asset paths are relative to that folder.
 *
 * @param trimWidthMm finished page width in millimetres, without bleed
 * @param trimHeightMm finished page height in millimetres, without bleed
 * @param font a TrueType font asset, or null for the font bundled with the worker (the field must
 *     be present: readers of every satpage document require each field)
 * @param art pictures drawn on pages behind their layers
 */
public record BookTemplate(
    int schemaVersion,
    String productId,
    double trimWidthMm,
    double trimHeightMm,
    String font,
    List<Art> art) {
  public static final int SCHEMA_VERSION = 1;

  /**
   * 10 × 7.5 inches: landscape 4:3 like the satellite pages, so a 4000×3000 print image covers trim
   * plus bleed.
   */
  public static final double DEFAULT_TRIM_WIDTH_MM = 254.0;

  public static final double DEFAULT_TRIM_HEIGHT_MM = 190.5;

  public BookTemplate {
    Require.schemaVersion(schemaVersion, SCHEMA_VERSION);
    Require.id(productId, "productId");
    Require.range(trimWidthMm, 50.0, 600.0, "trimWidthMm");
    Require.range(trimHeightMm, 50.0, 600.0, "trimHeightMm");
    if (font != null) {
      requireAssetPath(font, "font");
    }
    art = art == null ? List.of() : List.copyOf(art);
  }

  /** The template used when a product has none in S3: default trim, bundled font, no art. */
  public static BookTemplate defaultFor(String productId) {
    return new BookTemplate(
        SCHEMA_VERSION, productId, DEFAULT_TRIM_WIDTH_MM, DEFAULT_TRIM_HEIGHT_MM, null, List.of());
  }

  /** The art of one page, in template order (first is at the back). */
  public List<Art> artOf(String pageId) {
    return art.stream().filter(a -> a.pageId().equals(pageId)).toList();
  }

  /**
   * A picture on a page. Its box is relative to the trim: {@code x}, {@code y} of the top-left
   * corner and {@code width} as fractions of the trim width/height; the height follows the
   * picture's aspect ratio.
   */
  public record Art(String pageId, String asset, double x, double y, double width) {
    public Art {
      Require.id(pageId, "pageId");
      requireAssetPath(asset, "asset");
      Require.range(x, 0.0, 1.0, "x");
      Require.range(y, 0.0, 1.0, "y");
      Require.range(width, 0.01, 1.0, "width");
    }
  }

  /**
   * An asset path below the template folder: no absolute paths, no "..", characters safe in an S3
   * key.
   */
  private static void requireAssetPath(String path, String field) {
    Require.text(path, field, 200);
    if (!path.matches("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*") || path.contains("..")) {
      throw new MessageFormatException(field, "'" + path + "' is not a relative asset path");
    }
  }
}
