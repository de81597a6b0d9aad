package dev.satpage.render.app;

import dev.satpage.render.page.PageFormat;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code satpage.render.*}: how preview pages and print PDFs are rendered.
 *
 * @param pageWidth preview page width in pixels, 4:3 (default {@value #DEFAULT_PAGE_WIDTH})
 * @param jpegQuality JPEG quality in (0, 1] (default {@value #DEFAULT_JPEG_QUALITY})
 * @param gateStaleAfter how long a claim on the book-rendered gate stands before a retry may take
 *     it over, i.e. how long a worker that died mid-send holds the book up (default 2 minutes)
 * @param print the printhouse profile of print books ({@code satpage.render.print.*})
 */
@ConfigurationProperties("satpage.render")
public record RenderProperties(
    Integer pageWidth, Float jpegQuality, Duration gateStaleAfter, PrintProperties print) {
  public static final int DEFAULT_PAGE_WIDTH = PageFormat.DEFAULT_WIDTH;
  public static final float DEFAULT_JPEG_QUALITY = PageFormat.DEFAULT_JPEG_QUALITY;
  public static final Duration DEFAULT_GATE_STALE_AFTER = Duration.ofMinutes(2);

  public RenderProperties {
    pageWidth = pageWidth == null ? DEFAULT_PAGE_WIDTH : pageWidth;
    jpegQuality = jpegQuality == null ? DEFAULT_JPEG_QUALITY : jpegQuality;
    gateStaleAfter = gateStaleAfter == null ? DEFAULT_GATE_STALE_AFTER : gateStaleAfter;
    print = print == null ? PrintProperties.DEFAULTS : print;
    if (gateStaleAfter.isNegative() || gateStaleAfter.isZero()) {
      throw new IllegalArgumentException(
          "satpage.render.gate-stale-after must be positive, was " + gateStaleAfter);
    }
    pageFormatOf(pageWidth, jpegQuality); // validates both, naming the bad value
  }

  public PageFormat pageFormat() {
    return pageFormatOf(pageWidth, jpegQuality);
  }

  private static PageFormat pageFormatOf(int width, float quality) {
    try {
      return new PageFormat(width, quality);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("satpage.render: " + e.getMessage(), e);
    }
  }
}
