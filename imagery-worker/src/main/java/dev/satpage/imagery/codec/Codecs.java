package dev.satpage.imagery.codec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the codec at start-up: {@code auto} (TurboJPEG if it loads, else ImageIO), {@code
 * turbojpeg}, {@code imageio}.
 */
public final class Codecs {
  private static final Logger log = LoggerFactory.getLogger(Codecs.class);

  private Codecs() {}

  /**
   * The codec for {@code choice}; {@code turbojpeg} fails fast when the library cannot be loaded,
   * since a deployment that asks for it explicitly should not silently run 4× slower.
   */
  public static JpegCodec choose(String choice) {
    StringBuilder whyNot = new StringBuilder();
    JpegCodec codec =
        switch (choice) {
          case "imageio" -> new ImageIoJpegCodec();
          case "turbojpeg" ->
              TurboJpegCodec.load(whyNot)
                  .<JpegCodec>map(c -> c)
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              "satpage.imagery.codec=turbojpeg but it cannot be loaded: "
                                  + whyNot
                                  + " (install libturbojpeg0 and run with --enable-native-access=ALL-UNNAMED)"));
          case "auto" ->
              TurboJpegCodec.load(whyNot).<JpegCodec>map(c -> c).orElseGet(ImageIoJpegCodec::new);
          default ->
              throw new IllegalArgumentException(
                  "satpage.imagery.codec must be auto, turbojpeg or imageio: " + choice);
        };
    if (whyNot.isEmpty()) {
      log.info("JPEG codec: {} (satpage.imagery.codec={})", codec.name(), choice);
    } else {
      log.info(
          "JPEG codec: {} (satpage.imagery.codec={}; TurboJPEG unavailable: {})",
          codec.name(),
          choice,
          whyNot);
    }
    return codec;
  }
}
