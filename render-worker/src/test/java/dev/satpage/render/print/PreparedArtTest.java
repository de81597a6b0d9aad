package dev.satpage.render.print;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.failure.FailureReason;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class PreparedArtTest {
  @Test
  void translucentPngInTwoDocumentsHasTheSamePixelsAndMaskAsPdfBoxMakesDirectly()
      throws IOException {
    byte[] png = translucentPng();
    PreparedArt art = new PreparedArt();
    try (PDDocument first = new PDDocument();
        PDDocument second = new PDDocument();
        PDDocument direct = new PDDocument()) {
      PDImageXObject a = art.image(first, png, "art a");
      PDImageXObject b = art.image(second, png, "art a"); // from the cache
      PDImageXObject expected = PDImageXObject.createFromByteArray(direct, png, "art a");

      for (PDImageXObject image : new PDImageXObject[] {a, b}) {
        assertThat(image.getWidth()).isEqualTo(40);
        assertThat(image.getHeight()).isEqualTo(30);
        assertThat(image.getCOSObject().getDictionaryObject(COSName.SMASK))
            .isInstanceOf(COSStream.class);
        assertThat(argb(image.getImage())).isEqualTo(argb(expected.getImage()));
        assertThat(argb(image.getSoftMask().getImage()))
            .isEqualTo(argb(expected.getSoftMask().getImage()));
      }
      assertThat(a.getCOSObject()).isNotSameAs(b.getCOSObject());
    }
  }

  @Test
  void unreadableArtIsAPermanentCorruptImage() {
    try (PDDocument doc = new PDDocument()) {
      assertThat(
              assertPermanent(
                  FailureReason.CORRUPT_IMAGE,
                  () -> new PreparedArt().image(doc, new byte[] {1, 2, 3}, "art x")))
          .hasMessageContaining("art x");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static int[] argb(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }

  private static byte[] translucentPng() throws IOException {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(200, 40, 40, 128));
    g.fillOval(2, 2, 30, 20);
    g.setColor(new Color(20, 90, 200, 255));
    g.fillRect(25, 10, 12, 15);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
