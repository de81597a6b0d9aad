package dev.satpage.imagery.stitch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.imagery.plan.ImageRequest;
import dev.satpage.imagery.plan.PagePlan;
import dev.satpage.imagery.testing.Images;
import dev.satpage.model.failure.PermanentFailure;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class StitcherTest {
  private final Stitcher stitcher = new Stitcher();

  // A 30x20 page of a 2x2 grid with unequal cells, so a swapped or shifted image shows.
  private final PagePlan plan = new PagePlan(10, 100, 200, 30, 20, List.of(
      new ImageRequest(0, 0, 10, 16, 11, 0, 0), new ImageRequest(0, 0, 10, 14, 11, 16, 0),
      new ImageRequest(0, 0, 10, 16, 9, 0, 11), new ImageRequest(0, 0, 10, 14, 9, 16, 11)));

  @Test
  void eachImage_landsAtItsOffset_edgeToEdge() {
    List<BufferedImage> images = List.of(
        Images.solid(16, 11, Color.RED), Images.solid(14, 11, Color.GREEN),
        Images.solid(16, 9, Color.BLUE), Images.solid(14, 9, Color.WHITE));

    BufferedImage page = stitcher.stitch(plan, images);

    assertThat(page.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
    assertThat(page.getWidth()).isEqualTo(30);
    assertThat(page.getHeight()).isEqualTo(20);
    // Both sides of each seam, and the far corners.
    assertThat(rgb(page, 0, 0)).isEqualTo(Color.RED.getRGB());
    assertThat(rgb(page, 15, 10)).isEqualTo(Color.RED.getRGB());
    assertThat(rgb(page, 16, 10)).isEqualTo(Color.GREEN.getRGB());
    assertThat(rgb(page, 29, 0)).isEqualTo(Color.GREEN.getRGB());
    assertThat(rgb(page, 15, 11)).isEqualTo(Color.BLUE.getRGB());
    assertThat(rgb(page, 0, 19)).isEqualTo(Color.BLUE.getRGB());
    assertThat(rgb(page, 16, 11)).isEqualTo(Color.WHITE.getRGB());
    assertThat(rgb(page, 29, 19)).isEqualTo(Color.WHITE.getRGB());
  }

  @Test
  void imageOfTheWrongSize_isAPermanentFailureNamingIt() {
    List<BufferedImage> images = List.of(
        Images.solid(16, 11, Color.RED), Images.solid(14, 10, Color.GREEN),
        Images.solid(16, 9, Color.BLUE), Images.solid(14, 9, Color.WHITE));

    assertThatThrownBy(() -> stitcher.stitch(plan, images))
        .isInstanceOfSatisfying(PermanentFailure.class, e -> {
          assertThat(e.reason()).isEqualTo("imagery-wrong-size");
          assertThat(e.detail()).contains("image 1 at 16,0 is 14x10, requested 14x11");
        });
  }

  @Test
  void preview_fitsTheWidth_keepingTheAspectRatio() {
    BufferedImage page = Images.solid(4000, 3000, Color.GREEN);

    BufferedImage preview = stitcher.preview(page, 1000);

    assertThat(preview.getWidth()).isEqualTo(1000);
    assertThat(preview.getHeight()).isEqualTo(750);
    assertThat(new Color(preview.getRGB(500, 375)).getGreen()).isGreaterThan(240);
  }

  private static int rgb(BufferedImage image, int x, int y) {
    return image.getRGB(x, y);
  }
}
