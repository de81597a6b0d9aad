package dev.satpage.imagery;

import dev.satpage.model.book.SatellitePageSpec;
import java.util.Locale;

/**
 * Content-addressed output keys: the same (provider, centre, zoom, size, quality) always names the
 * same objects, so a refreshed preview, a redelivered job and a later order of the same home find
 * them and fetch nothing. The codec is deliberately not part of the key: both codecs produce the
 * same page within JPEG tolerance, and nor is Azure's mode (tiles or a static grid): both show the
 * same world pixels.
 *
 * <pre>imagery/{provider}/z{zoom}/{lat}_{lon}/{w}x{h}-q{print}/print.jpg
 * imagery/{provider}/z{zoom}/{lat}_{lon}/{w}x{h}-q{print}/preview-{pw}-q{preview}.jpg</pre>
 */
public record OutputKeys(String print, String preview) {
  public static OutputKeys of(
      String provider, SatellitePageSpec spec, int printQuality, int previewQuality) {
    String base =
        String.format(
            Locale.ROOT,
            "imagery/%s/z%d/%.6f_%.6f/%dx%d-q%d/",
            provider,
            spec.zoom(),
            spec.latitude(),
            spec.longitude(),
            spec.widthPx(),
            spec.heightPx(),
            printQuality);
    return new OutputKeys(
        base + "print.jpg",
        base + "preview-" + spec.previewWidthPx() + "-q" + previewQuality + ".jpg");
  }
}
