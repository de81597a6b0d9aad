package dev.satpage.bench;

import dev.satpage.devstack.imagery.ImagerySimulator;
import dev.satpage.imagery.codec.PixelBuffer;
import dev.satpage.imagery.codec.PngDecoder;
import dev.satpage.imagery.fetch.AzureTileApi;
import dev.satpage.imagery.fetch.HttpImagerySource;
import dev.satpage.imagery.fetch.PageFetcher;
import dev.satpage.imagery.plan.PagePlan;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.imagery.testing.PngBuilder;
import dev.satpage.imagery.testing.ReferencePng;
import dev.satpage.model.book.SatellitePageSpec;
import java.time.Duration;
import java.util.List;
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
 * The default path's decode stage: every Azure Map Tile (512 px, PNG) of a 4000×3000 page decoded
 * into one page buffer, one thread. Tiles as the devstack imagery simulator serves them over HTTP
 * ({@code served}: the JDK's PNG writer, which filters every truecolour row with None) and the same
 * pixels re-encoded with the PNG specification's adaptive filter selection ({@code adaptive}: Sub,
 * Up, Average and Paeth rows, as libpng-style encoders write). Decoders: {@code jdk}, the JDK
 * reader and a Java2D draw per tile (the path before {@link PngDecoder} decoded directly), and
 * {@code direct}, {@link PngDecoder#decodeInto}. The page buffer is allocated once, so {@code -prof
 * gc}'s {@code gc.alloc.rate.norm} is the decode's own allocation per page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx512m"})
public class PngPageBenchmark {
  /** Amsterdam at zoom 18, a 4000×3000 page: 63 tiles of 512 px, edge tiles clipped. */
  static final SatellitePageSpec SPEC =
      new SatellitePageSpec(52.3731, 4.8922, 18, 4000, 3000, 1000);

  static final int TILE = 512;

  @Param({"served", "adaptive"})
  public String tiles;

  @Param({"jdk", "direct"})
  public String decoder;

  private PagePlan plan;
  private List<byte[]> pngs;
  private PixelBuffer page;

  @Setup
  public void setUp() {
    PageTiles fetched = PageTiles.fetch();
    plan = fetched.plan();
    pngs =
        tiles.equals("served")
            ? fetched.pngs()
            : fetched.pngs().stream()
                .map(
                    png ->
                        PngBuilder.truecolour(ReferencePng.read(png))
                            .filters(y -> PngBuilder.ADAPTIVE)
                            .build())
                .toList();
    page = PixelBuffer.allocate(plan.width(), plan.height());
  }

  @Benchmark
  public PixelBuffer decodePage() {
    boolean direct = decoder.equals("direct");
    for (int i = 0; i < pngs.size(); i++) {
      PlannedImage tile = plan.requests().get(i);
      if (direct) {
        PngDecoder.decodeInto(pngs.get(i), TILE, TILE, page, tile.offsetX(), tile.offsetY());
      } else {
        PngDecoder.decodeIntoWithJdkReader(
            pngs.get(i), TILE, TILE, page, tile.offsetX(), tile.offsetY());
      }
    }
    return page;
  }

  /** One page's plan and its tiles' bytes, fetched from a simulator started for the purpose. */
  record PageTiles(PagePlan plan, List<byte[]> pngs) {
    static PageTiles fetch() {
      try (ImagerySimulator simulator = ImagerySimulator.start(0, "bench-key")) {
        AzureTileApi api = new AzureTileApi(simulator.endpoint(), TILE);
        PagePlan plan = api.planner().plan(SPEC);
        HttpImagerySource source =
            new HttpImagerySource(
                HttpImagerySource.httpClient(Duration.ofSeconds(2)),
                api,
                simulator.apiKey(),
                Duration.ofSeconds(60),
                HttpImagerySource.DEFAULT_MAX_IMAGE_BYTES);
        return new PageTiles(plan, new PageFetcher(source, 4).fetchAll(plan.requests()));
      }
    }
  }
}
