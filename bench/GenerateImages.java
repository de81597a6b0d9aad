import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.File;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;

/**
 * Writes four 2000x1500 high-entropy q85 JPEGs (per-pixel noise over smooth gradients: JPEG's hard case, like
 * detailed aerial imagery) to the given directory. Deterministic: the same seed gives the same files.
 * Run: java bench/GenerateImages.java DIR
 */
public class GenerateImages {
  public static void main(String[] args) throws Exception {
    File dir = new File(args.length > 0 ? args[0] : "bench/images");
    dir.mkdirs();
    for (int n = 0; n < 4; n++) {
      BufferedImage image = new BufferedImage(2000, 1500, BufferedImage.TYPE_3BYTE_BGR);
      byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
      SplittableRandom random = new SplittableRandom(42 + n);
      for (int y = 0; y < 1500; y++) {
        for (int x = 0; x < 2000; x++) {
          int i = (y * 2000 + x) * 3;
          int base = 60 + (x * 97 + y * 53 + n * 40) % 120;
          bgr[i] = (byte) (base + random.nextInt(60));
          bgr[i + 1] = (byte) (base + 20 + random.nextInt(60));
          bgr[i + 2] = (byte) (base - 20 + random.nextInt(60));
        }
      }
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.85f);
      File file = new File(dir, "tile" + n + ".jpg");
      try (FileImageOutputStream out = new FileImageOutputStream(file)) {
        writer.setOutput(out);
        writer.write(null, new IIOImage(image, null, null), param);
      }
      writer.dispose();
      System.out.println(file + " " + file.length() + " bytes");
    }
  }
}
