package dev.satpage.imagery.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.satpage.imagery.testing.Images;
import org.junit.jupiter.api.Test;

/** Both codecs make the same page: same geometry, pixels within JPEG tolerance. */
class CodecEquivalenceTest {
  private final JpegCodec imageio = new ImageIoJpegCodec();
  private final JpegCodec turbo = TurboJpegCodec.load(new StringBuilder()).orElseThrow();

  @Test
  void sameJpegsDecodedIntoAPage_agreePixelWise() {
    byte[][] sources = new byte[4][];
    for (int i = 0; i < 4; i++) {
      sources[i] = imageio.encode(PixelBuffer.of(Images.noise(200, 150, i)), 85, 72);
    }
    PixelBuffer a = page(imageio, sources);
    PixelBuffer b = page(turbo, sources);

    Diff diff = Diff.of(a, b);
    // Both are libjpeg IDCTs with different upsampling; they agree to about one grey level on
    // average.
    assertThat(diff.mean()).isLessThan(1.5);
    assertThat(diff.max()).isLessThan(40);
  }

  @Test
  void printEncodedByEither_decodesToTheSamePage() {
    PixelBuffer page = PixelBuffer.of(Images.noise(400, 300, 7));
    PixelBuffer viaImageIo = decoded(imageio.encode(page, 90, 300));
    PixelBuffer viaTurbo = decoded(turbo.encode(page, 90, 300));

    assertThat(Diff.of(viaImageIo, viaTurbo).mean()).isLessThan(2.0);
    // per-channel random noise is JPEG's worst case (4:2:0 chroma); both encoders lose the same
    // amount of it
    assertThat(Diff.of(page, viaTurbo).mean())
        .isCloseTo(Diff.of(page, viaImageIo).mean(), within(1.0));
  }

  @Test
  void previews_agree() {
    PixelBuffer page = PixelBuffer.of(Images.noise(800, 600, 9));

    assertThat(Diff.of(imageio.preview(page, 200), turbo.preview(page, 200)).mean())
        .isLessThan(3.0);
  }

  private static PixelBuffer page(JpegCodec codec, byte[][] sources) {
    PixelBuffer page = PixelBuffer.allocate(400, 300);
    codec.decodeInto(sources[0], 200, 150, page, 0, 0);
    codec.decodeInto(sources[1], 200, 150, page, 200, 0);
    codec.decodeInto(sources[2], 200, 150, page, 0, 150);
    codec.decodeInto(sources[3], 200, 150, page, 200, 150);
    return page;
  }

  private PixelBuffer decoded(byte[] jpeg) {
    PixelBuffer page = PixelBuffer.allocate(400, 300);
    imageio.decodeInto(jpeg, 400, 300, page, 0, 0);
    return page;
  }

  record Diff(double mean, int max) {
    static Diff of(PixelBuffer a, PixelBuffer b) {
      assertThat(b.width()).isEqualTo(a.width());
      assertThat(b.height()).isEqualTo(a.height());
      long sum = 0;
      int max = 0;
      for (int i = 0; i < a.bgr().length; i++) {
        int d = Math.abs((a.bgr()[i] & 0xFF) - (b.bgr()[i] & 0xFF));
        sum += d;
        max = Math.max(max, d);
      }
      return new Diff((double) sum / a.bgr().length, max);
    }
  }
}
