package dev.satpage.imagery.codec;

/**
 * Needs {@code libturbojpeg.so.0} (Debian {@code libturbojpeg0}); fails rather than skips without
 * it, because CI installs it and a silently skipped native codec would hide a broken binding.
 */
class TurboJpegCodecTest extends JpegCodecContract {
  private static final TurboJpegCodec CODEC =
      TurboJpegCodec.load(new StringBuilder())
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "libturbojpeg.so.0 not loadable: apt-get install libturbojpeg0"));

  @Override
  JpegCodec codec() {
    return CODEC;
  }
}
