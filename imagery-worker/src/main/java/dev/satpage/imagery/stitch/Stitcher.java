package dev.satpage.imagery.stitch;

import dev.satpage.imagery.plan.ImageRequest;
import dev.satpage.imagery.plan.PagePlan;
import dev.satpage.model.failure.PermanentFailure;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.imgscalr.Scalr;

/** Assembles a page from its decoded images (Java2D) and scales the preview (imgscalr). Pure: pixels in, pixels out. */
public final class Stitcher {
  /** The page: each image drawn at its offset on one opaque RGB canvas of the plan's size. */
  public BufferedImage stitch(PagePlan plan, List<BufferedImage> images) {
    List<ImageRequest> requests = plan.requests();
    if (images.size() != requests.size()) {
      throw new IllegalArgumentException(requests.size() + " images planned, " + images.size() + " given");
    }
    BufferedImage page = new BufferedImage(plan.width(), plan.height(), BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = page.createGraphics();
    try {
      for (int i = 0; i < requests.size(); i++) {
        ImageRequest request = requests.get(i);
        BufferedImage image = images.get(i);
        if (image.getWidth() != request.width() || image.getHeight() != request.height()) {
          throw new PermanentFailure(
              "imagery-wrong-size",
              "image " + i + " at " + request.offsetX() + "," + request.offsetY() + " is " + image.getWidth() + "x"
                  + image.getHeight() + ", requested " + request.width() + "x" + request.height());
        }
        g.drawImage(image, request.offsetX(), request.offsetY(), null);
      }
    } finally {
      g.dispose();
    }
    return page;
  }

  /** The page scaled to {@code width} pixels wide, keeping its aspect ratio. */
  public BufferedImage preview(BufferedImage page, int width) {
    return Scalr.resize(page, Scalr.Method.QUALITY, Scalr.Mode.FIT_TO_WIDTH, width);
  }
}
