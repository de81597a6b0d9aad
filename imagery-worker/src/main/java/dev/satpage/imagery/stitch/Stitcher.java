package dev.satpage.imagery.stitch;

import dev.satpage.imagery.codec.ImageFormat;
import dev.satpage.imagery.codec.JpegCodec;
import dev.satpage.imagery.codec.PixelBuffer;
import dev.satpage.imagery.codec.PngDecoder;
import dev.satpage.imagery.plan.PagePlan;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.model.failure.PermanentFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Assembles a page from its provider images: each JPEG decoded by the codec straight into its place
 * in one page buffer, each PNG (Azure's documented tile format) by {@link PngDecoder}; the format
 * is told by the image's magic bytes.
 */
public final class Stitcher {
  private final JpegCodec codec;

  public Stitcher(JpegCodec codec) {
    this.codec = codec;
  }

  /** The page of {@code plan} from its images' bytes, in plan order, decoded one after another. */
  public PixelBuffer stitch(PagePlan plan, List<byte[]> images) {
    return stitch(plan, images, Runnable::run);
  }

  /**
   * As {@link #stitch(PagePlan, List)}, decoding the images as tasks on {@code executor} (the
   * stitch command uses every core for one page; the worker already runs pages side by side and
   * decodes each page's images in turn). Images write disjoint parts of the page, so the tasks need
   * no locking.
   */
  public PixelBuffer stitch(PagePlan plan, List<byte[]> images, Executor executor) {
    List<PlannedImage> requests = plan.requests();
    if (images.size() != requests.size()) {
      throw new IllegalArgumentException(
          requests.size() + " images planned, " + images.size() + " given");
    }
    PixelBuffer page = PixelBuffer.allocate(plan.width(), plan.height());
    List<CompletableFuture<Void>> decodes = new ArrayList<>(requests.size());
    for (int i = 0; i < requests.size(); i++) {
      int index = i;
      decodes.add(
          CompletableFuture.runAsync(
              () -> decode(requests.get(index), index, images.get(index), page), executor));
    }
    for (CompletableFuture<Void> decode :
        decodes) { // the first failure in plan order, as a sequential run reports it
      try {
        decode.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException re ? re : e;
      }
    }
    return page;
  }

  private void decode(PlannedImage request, int i, byte[] image, PixelBuffer page) {
    try {
      if (ImageFormat.sniff(image).orElse(null) == ImageFormat.PNG) {
        PngDecoder.decodeInto(
            image, request.width(), request.height(), page, request.offsetX(), request.offsetY());
      } else { // JPEG, or bytes the codec will refuse as imagery-corrupt
        codec.decodeInto(
            image, request.width(), request.height(), page, request.offsetX(), request.offsetY());
      }
    } catch (
        PermanentFailure e) { // name the image, so the DLQ reason says which request went wrong
      throw new PermanentFailure(
          e.kind(),
          "image " + i + " at " + request.offsetX() + "," + request.offsetY() + ": " + e.detail(),
          e);
    }
  }
}
