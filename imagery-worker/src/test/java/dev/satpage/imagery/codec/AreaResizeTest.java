package dev.satpage.imagery.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.imagery.testing.Images;
import org.junit.jupiter.api.Test;

class AreaResizeTest {
  @Test
  void integerFactor_isTheMeanOfEachBlock() {
    PixelBuffer source = PixelBuffer.allocate(4, 2);
    byte[] px = source.bgr();
    for (int i = 0; i < px.length; i++) {
      px[i] = (byte) (i * 10); // B,G,R of pixel (x,y) = 30*(y*4+x) + {0,10,20}
    }

    PixelBuffer half = AreaResize.resize(source, 2, 1);

    // output pixel 0 averages pixels (0,0) (1,0) (0,1) (1,1): indices 0,1,4,5 → blue mean of
    // 0,30,120,150 = 75
    assertThat(half.bgr()[0] & 0xFF).isEqualTo(75);
    assertThat(half.bgr()[1] & 0xFF).isEqualTo(85);
    assertThat(half.bgr()[3] & 0xFF).isEqualTo(135);
  }

  @Test
  void fractionalFactor_agreesWithTheIntegerPathOnAFlatImage_andKeepsMeans() {
    PixelBuffer noise = PixelBuffer.of(Images.noise(300, 200, 3));

    PixelBuffer generic = AreaResize.resize(noise, 70, 47);
    PixelBuffer exact =
        AreaResize.resize(noise, 100, 50); // factors 3 and 4 differ: the weighted path

    assertThat(generic.width()).isEqualTo(70);
    assertThat(mean(generic)).isCloseTo(mean(noise), org.assertj.core.data.Offset.offset(0.5));
    assertThat(mean(exact)).isCloseTo(mean(noise), org.assertj.core.data.Offset.offset(0.5));
    PixelBuffer viaInteger = AreaResize.integerFactor(noise, 4);
    PixelBuffer viaWeights = AreaResize.weighted(noise, 75, 50);
    for (int i = 0; i < viaInteger.bgr().length; i++) {
      assertThat(Math.abs((viaInteger.bgr()[i] & 0xFF) - (viaWeights.bgr()[i] & 0xFF)))
          .isLessThanOrEqualTo(1);
    }
  }

  private static double mean(PixelBuffer p) {
    long sum = 0;
    for (byte b : p.bgr()) {
      sum += b & 0xFF;
    }
    return (double) sum / p.bgr().length;
  }
}
