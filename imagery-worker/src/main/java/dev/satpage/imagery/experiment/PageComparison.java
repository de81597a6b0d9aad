package dev.satpage.imagery.experiment;

import dev.satpage.imagery.codec.AreaResize;
import dev.satpage.imagery.codec.JpegCodec;
import dev.satpage.imagery.codec.JpegHeader;
import dev.satpage.imagery.codec.PixelBuffer;
import dev.satpage.imagery.plan.PagePlan;
import dev.satpage.model.book.SatellitePageSpec;
import dev.satpage.model.experiment.Similarity;

/**
 * Compares two arms' pages at preview scale, as a reader sees them: both encoded previews decoded,
 * registered geographically (each page's ground rectangle from its spec or plan, {@link
 * GroundFrame}) and scored ({@link ImageSimilarity}); and a small JPEG of each.
 */
public final class PageComparison {
  /** Thumbnail width in pixels: enough to see a difference in a report, small to list. */
  public static final int THUMBNAIL_WIDTH = 400;

  static final int THUMBNAIL_QUALITY = 80;
  static final int THUMBNAIL_PPI = 72;

  private final JpegCodec codec;

  public PageComparison(JpegCodec codec) {
    this.codec = codec;
  }

  /**
   * What a comparison found.
   *
   * @param similarity null when the candidate made no page
   * @param candidateThumbnail null when the candidate made no page
   */
  public record Result(Similarity similarity, byte[] controlThumbnail, byte[] candidateThumbnail) {}

  /**
   * Compares the control's preview of {@code spec} with the candidate's ({@code candidatePreview},
   * planned as {@code candidatePlan}), or only thumbnails the control's when the candidate made
   * none ({@code candidatePreview} null).
   */
  public Result compare(
      SatellitePageSpec spec,
      byte[] controlPreview,
      byte[] candidatePreview,
      PagePlan candidatePlan) {
    PixelBuffer control = decode(controlPreview);
    if (candidatePreview == null) {
      return new Result(null, thumbnail(control), null);
    }
    PixelBuffer candidate = decode(candidatePreview);
    Registration registered =
        Registration.of(
            LumaPlane.of(control),
            GroundFrame.of(spec),
            LumaPlane.of(candidate),
            GroundFrame.of(candidatePlan));
    return new Result(ImageSimilarity.of(registered), thumbnail(control), thumbnail(candidate));
  }

  private PixelBuffer decode(byte[] jpeg) {
    JpegHeader header = JpegHeader.read(jpeg);
    PixelBuffer image = PixelBuffer.allocate(header.width(), header.height());
    codec.decodeInto(jpeg, header.width(), header.height(), image, 0, 0);
    return image;
  }

  private byte[] thumbnail(PixelBuffer page) {
    return codec.encode(
        AreaResize.toWidth(page, THUMBNAIL_WIDTH), THUMBNAIL_QUALITY, THUMBNAIL_PPI);
  }
}
