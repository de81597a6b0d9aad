package dev.satpage.bench;

import dev.satpage.imagery.codec.ImageIoJpegCodec;
import dev.satpage.imagery.codec.JpegCodec;
import dev.satpage.imagery.codec.PixelBuffer;
import dev.satpage.imagery.codec.TurboJpegCodec;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One page's stages per codec, on the same high-entropy sources as bench/run.sh (four 2000×1500 q85
 * JPEGs → a 4000×3000 page): decode (straight into the page), encode the print (q90), make and
 * encode the preview (1000 px, q85).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx512m"})
public class StageBenchmark {
  @Param({"turbojpeg", "imageio"})
  public String codec;

  private JpegCodec jpeg;
  private byte[][] sources;
  private PixelBuffer page;

  @Setup
  public void setUp() {
    jpeg =
        codec.equals("imageio")
            ? new ImageIoJpegCodec()
            : TurboJpegCodec.load(new StringBuilder()).orElseThrow();
    ImageIoJpegCodec encoder = new ImageIoJpegCodec(); // the same source bytes for both codecs
    sources = new byte[4][];
    for (int n = 0; n < 4; n++) {
      sources[n] = encoder.encode(PixelBuffer.of(noise(2000, 1500, 42 + n)), 85, 72);
    }
    page = decode();
  }

  @Benchmark
  public PixelBuffer decode() {
    PixelBuffer p = PixelBuffer.allocate(4000, 3000);
    jpeg.decodeInto(sources[0], 2000, 1500, p, 0, 0);
    jpeg.decodeInto(sources[1], 2000, 1500, p, 2000, 0);
    jpeg.decodeInto(sources[2], 2000, 1500, p, 0, 1500);
    jpeg.decodeInto(sources[3], 2000, 1500, p, 2000, 1500);
    return p;
  }

  @Benchmark
  public byte[] encodePrint() {
    return jpeg.encode(page, 90, 300);
  }

  @Benchmark
  public byte[] preview() {
    return jpeg.encode(jpeg.preview(page, 1000), 85, 300);
  }

  @Benchmark
  public int wholePage() {
    PixelBuffer p = decode();
    return jpeg.encode(p, 90, 300).length + jpeg.encode(jpeg.preview(p, 1000), 85, 300).length;
  }

  /** As bench/GenerateImages.java: per-pixel noise over gradients. */
  static BufferedImage noise(int width, int height, long seed) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    SplittableRandom random = new SplittableRandom(seed);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int i = (y * width + x) * 3;
        int base = 60 + (x * 97 + y * 53 + (int) (seed - 42) * 40) % 120;
        bgr[i] = (byte) (base + random.nextInt(60));
        bgr[i + 1] = (byte) (base + 20 + random.nextInt(60));
        bgr[i + 2] = (byte) (base - 20 + random.nextInt(60));
      }
    }
    return image;
  }
}
