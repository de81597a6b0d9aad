package dev.satpage.render.page;

import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.render.design.PageSources;
import dev.satpage.render.design.PixelSize;
import dev.satpage.render.template.Template;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;

/** A preview page's pictures, each decoded once when the design first asks for its size. */
final class DecodedPictures implements PageSources {
  private final Map<String, DependencyImage> images;
  private final Template template;
  private final Map<String, BufferedImage> dependencies = new HashMap<>();
  private final Map<String, BufferedImage> art = new HashMap<>();

  DecodedPictures(Map<String, DependencyImage> images, Template template) {
    this.images = images;
    this.template = template;
  }

  BufferedImage dependencyPicture(String dependencyId) {
    return dependencies.computeIfAbsent(
        dependencyId,
        id -> {
          DependencyImage image = DependencyImage.of(images, id);
          return decode(image.encoded(), image.describe());
        });
  }

  BufferedImage artPicture(String asset) {
    return art.computeIfAbsent(asset, a -> decode(template.art().get(a), "template art " + a));
  }

  @Override
  public PixelSize image(String dependencyId) {
    return size(dependencyPicture(dependencyId));
  }

  @Override
  public PixelSize art(String asset) {
    return size(artPicture(asset));
  }

  @Override
  public String attribution(String dependencyId) {
    return DependencyImage.of(images, dependencyId).attribution();
  }

  private static PixelSize size(BufferedImage image) {
    return new PixelSize(image.getWidth(), image.getHeight());
  }

  private static BufferedImage decode(byte[] encoded, String what) {
    try {
      // A memory-cached stream: ImageIO.read(InputStream) would copy every image through a temp
      // file first.
      BufferedImage decoded =
          ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(encoded)));
      if (decoded == null) {
        throw new PermanentFailure(FailureReason.CORRUPT_IMAGE, what + " is not a readable image");
      }
      return decoded;
    } catch (IOException e) {
      throw new PermanentFailure(
          FailureReason.CORRUPT_IMAGE, what + " cannot be decoded: " + e.getMessage(), e);
    }
  }
}
