package dev.satpage.imagery.stitch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.devstack.Devstack;
import dev.satpage.devstack.imagery.GroundTruth;
import dev.satpage.devstack.testing.DevstackExtension;
import dev.satpage.imagery.codec.ImageIoJpegCodec;
import dev.satpage.imagery.codec.JpegCodec;
import dev.satpage.imagery.codec.PixelBuffer;
import dev.satpage.imagery.codec.TurboJpegCodec;
import dev.satpage.imagery.fetch.AzureTileApi;
import dev.satpage.imagery.fetch.HttpImagerySource;
import dev.satpage.imagery.fetch.PageFetcher;
import dev.satpage.imagery.fetch.ProviderApi;
import dev.satpage.imagery.fetch.StaticMapApi;
import dev.satpage.imagery.fetch.TileApi;
import dev.satpage.imagery.plan.PagePlan;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.model.book.SatellitePageSpec;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every provider API the simulator speaks, a page planned, fetched, stitched and encoded equals
 * the simulator's ground truth — what one unlimited image centred on the page's point would show,
 * derived from the simulator's own projection (written from Microsoft's tile-system article, not
 * from our planner) — along every seam and edge, within JPEG error; and the comparison is sharp
 * enough that a one-pixel misplacement would fail it.
 */
@ExtendWith(DevstackExtension.class)
class StitchedPageSeamIT {
  /** Strip width: 8 px on each side of a seam. */
  private static final int STRIP = 16;

  /**
   * Mean absolute difference per channel allowed between the print JPEG (two JPEG generations) and
   * the exact pixels. Measured against GroundTruth (zoom 18, Amsterdam, 2026-12-02, column strips):
   * aligned 1.3–4.1 (PNG tiles lowest: one JPEG generation); shifted by one pixel 7.9–20.9. The
   * tolerance sits between.
   */
  private static final double TOLERANCE = 6.0;

  private static final SatellitePageSpec SPEC =
      new SatellitePageSpec(52.3731, 4.8922, 18, 2400, 1800, 600);

  private static Devstack devstack;

  @BeforeAll
  static void start(Devstack started) {
    devstack = started;
  }

  static Stream<Arguments> providers() {
    Function<URI, ProviderApi> bing = StaticMapApi::bing;
    Function<URI, ProviderApi> azureStatic = StaticMapApi::azure;
    Function<URI, ProviderApi> azureTiles = e -> new AzureTileApi(e, 256);
    Function<URI, ProviderApi> azureTiles512 = e -> new AzureTileApi(e, 512);
    Function<URI, ProviderApi> xyz =
        e -> new TileApi(e, "/tiles/{z}/{x}/{y}.jpg?key={key}", 256, "t");
    Function<URI, ProviderApi> xyz512 =
        e -> new TileApi(e, "/tiles512/{z}/{x}/{y}.jpg?key={key}", 512, "t");
    Function<URI, ProviderApi> esri =
        e ->
            new TileApi(
                e,
                "/arcgis/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}?key={key}",
                256,
                "t");
    Function<URI, ProviderApi> quadkey =
        e -> new TileApi(e, "/tiles/a{q}.jpeg?key={key}", 256, "t");
    return Stream.of(
        Arguments.of("bing 2x2 grid, turbojpeg", bing, "turbojpeg"),
        Arguments.of("bing 2x2 grid, imageio", bing, "imageio"),
        Arguments.of("azure static 2x2 grid", azureStatic, "turbojpeg"),
        Arguments.of("azure tiles 256 (png)", azureTiles, "turbojpeg"),
        Arguments.of("azure tiles 512 (png), the default", azureTiles512, "imageio"),
        Arguments.of("xyz 256", xyz, "turbojpeg"),
        Arguments.of("xyz 512", xyz512, "turbojpeg"),
        Arguments.of("esri z/y/x", esri, "turbojpeg"),
        Arguments.of("bing quadkey tiles", quadkey, "imageio"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("providers")
  void everySeamAndEdge_matchesTheWorldPixels_andAOnePixelShiftWouldNot(
      String name, Function<URI, ProviderApi> provider, String codecName) {
    ProviderApi api = provider.apply(devstack.imageryEndpoint());
    JpegCodec codec =
        codecName.equals("imageio")
            ? new ImageIoJpegCodec()
            : TurboJpegCodec.load(new StringBuilder()).orElseThrow();
    HttpImagerySource source =
        new HttpImagerySource(
            HttpImagerySource.httpClient(Duration.ofSeconds(2)),
            api,
            devstack.imageryApiKey(),
            Duration.ofSeconds(30),
            HttpImagerySource.DEFAULT_MAX_IMAGE_BYTES);
    PagePlan plan = api.planner().plan(SPEC);
    PixelBuffer page =
        new Stitcher(codec).stitch(plan, new PageFetcher(source, 4).fetchAll(plan.requests()));
    PixelBuffer print = PixelBuffer.allocate(plan.width(), plan.height());
    new ImageIoJpegCodec()
        .decodeInto(codec.encode(page, 90, 300), plan.width(), plan.height(), print, 0, 0);
    BufferedImage reference =
        GroundTruth.centred(
            SPEC.latitude(), SPEC.longitude(), SPEC.zoom(), SPEC.widthPx(), SPEC.heightPx());

    TreeSet<Integer> columns =
        new TreeSet<>(List.of(STRIP / 2, plan.width() / 2, plan.width() - STRIP / 2 - 1));
    TreeSet<Integer> rows =
        new TreeSet<>(List.of(STRIP / 2, plan.height() / 2, plan.height() - STRIP / 2 - 1));
    for (PlannedImage image : plan.requests()) {
      if (image.offsetX() > STRIP && image.offsetX() < plan.width() - STRIP) {
        columns.add(image.offsetX());
      }
      if (image.offsetY() > STRIP && image.offsetY() < plan.height() - STRIP) {
        rows.add(image.offsetY());
      }
    }
    for (int x : columns) {
      int x0 = x - STRIP / 2;
      assertThat(mad(print.image(), reference, x0, 0, STRIP, plan.height(), 0, 0))
          .as("%s column %d", name, x)
          .isLessThan(TOLERANCE);
      if (x0 + STRIP + 1 < plan.width()) {
        assertThat(mad(print.image(), reference, x0, 0, STRIP, plan.height(), 1, 0))
            .as("%s column %d shifted", name, x)
            .isGreaterThan(TOLERANCE);
      }
    }
    for (int y : rows) {
      int y0 = y - STRIP / 2;
      assertThat(mad(print.image(), reference, 0, y0, plan.width(), STRIP, 0, 0))
          .as("%s row %d", name, y)
          .isLessThan(TOLERANCE);
      if (y0 + STRIP + 1 < plan.height()) {
        assertThat(mad(print.image(), reference, 0, y0, plan.width(), STRIP, 0, 1))
            .as("%s row %d shifted", name, y)
            .isGreaterThan(TOLERANCE);
      }
    }
  }

  /**
   * Mean |print - reference| per channel over a rectangle, the reference read {@code dx},{@code dy}
   * pixels away.
   */
  private static double mad(
      BufferedImage print,
      BufferedImage reference,
      int x0,
      int y0,
      int width,
      int height,
      int dx,
      int dy) {
    long sum = 0;
    for (int y = y0; y < y0 + height; y++) {
      for (int x = x0; x < x0 + width; x++) {
        int a = print.getRGB(x, y);
        int b =
            reference.getRGB(
                Math.min(x + dx, reference.getWidth() - 1),
                Math.min(y + dy, reference.getHeight() - 1));
        sum += Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF));
        sum += Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF));
        sum += Math.abs((a & 0xFF) - (b & 0xFF));
      }
    }
    return sum / (3.0 * width * height);
  }
}
