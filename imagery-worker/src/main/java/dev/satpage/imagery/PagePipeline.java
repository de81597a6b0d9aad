package dev.satpage.imagery;

import dev.satpage.imagery.codec.JpegCodec;
import dev.satpage.imagery.codec.PixelBuffer;
import dev.satpage.imagery.fetch.PageFetcher;
import dev.satpage.imagery.plan.PagePlan;
import dev.satpage.imagery.plan.Planner;
import dev.satpage.imagery.stitch.Stitcher;
import dev.satpage.model.book.SatellitePageSpec;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * The one way a page is made from a spec: plan, fetch every provider image, decode them into the
 * page, encode print and preview. It stores nothing and reports nothing: {@link ImageryService}
 * stores and announces the live page; an experiment's candidate ({@code imagery.experiment}) keeps
 * its page in memory.
 */
public final class PagePipeline {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private final Planner planner;
  private final PageFetcher fetcher;
  private final JpegCodec codec;
  private final OutputSettings output;

  public PagePipeline(
      Planner planner, PageFetcher fetcher, JpegCodec codec, OutputSettings output) {
    this.planner = planner;
    this.fetcher = fetcher;
    this.codec = codec;
    this.output = output;
  }

  /** The page's world-pixel rectangle and its provider images (pure). */
  public PagePlan plan(SatellitePageSpec spec) {
    return planner.plan(spec);
  }

  /** Fetches, stitches and encodes the page {@code plan} describes. */
  public EncodedPage make(SatellitePageSpec spec, PagePlan plan) {
    long t1 = System.nanoTime();
    List<byte[]> images = fetcher.fetchAll(plan.requests());
    long t2 = System.nanoTime();
    long codecCpu0 = CPU.getCurrentThreadCpuTime();
    PixelBuffer page = new Stitcher(codec).stitch(plan, images);
    long t3 = System.nanoTime();
    byte[] print = codec.encode(page, output.printQuality(), output.densityPpi());
    byte[] preview =
        codec.encode(
            codec.preview(page, spec.previewWidthPx()),
            output.previewQuality(),
            output.densityPpi());
    long t4 = System.nanoTime();
    // The codec's own CPU time (decode, print, preview: all on this thread), beside the wall times.
    long codecCpu = CPU.getCurrentThreadCpuTime() - codecCpu0;
    long fetched = images.stream().mapToLong(b -> b.length).sum();
    return new EncodedPage(
        print, preview, images.size(), fetched, t2 - t1, t3 - t2, t4 - t3, codecCpu);
  }

  public PageFetcher fetcher() {
    return fetcher;
  }

  public JpegCodec codec() {
    return codec;
  }

  public OutputSettings output() {
    return output;
  }
}
