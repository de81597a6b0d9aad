package dev.satpage.imagery.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.devstack.imagery.ImagerySimulator;
import dev.satpage.imagery.fetch.AzureTileApi;
import dev.satpage.imagery.fetch.HttpImagerySource;
import dev.satpage.imagery.fetch.PageFetcher;
import dev.satpage.imagery.plan.PagePlan;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.imagery.testing.PngBuilder;
import dev.satpage.imagery.testing.ReferencePng;
import dev.satpage.model.book.SatellitePageSpec;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The default path's real input: every Azure Map Tile of a 4000×3000 page as the devstack imagery
 * simulator serves it over HTTP (PNG, as Azure documents the imagery tileset). Decoded into the
 * page, the tiles give exactly the page the JDK's reader and Java2D gave, edge tiles clipped alike.
 * The simulator's encoder (the JDK's PNG writer) filters every truecolour row with type None, while
 * encoders such as libpng choose a filter per row; so each tile is also re-encoded with the
 * specification's adaptive filter selection (which picks Sub, Up, Average and Paeth on this
 * terrain): between them the two sets use all five filter types, and both decode alike.
 */
class PngSimulatorTilesIT {
  private static final SatellitePageSpec SPEC =
      new SatellitePageSpec(52.3731, 4.8922, 18, 4000, 3000, 1000);
  private static ImagerySimulator simulator;

  @BeforeAll
  static void start() {
    simulator = ImagerySimulator.start(0, "png-it-key");
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @ParameterizedTest(name = "{0}-px tiles")
  @ValueSource(
      ints = {
        512
      }) // the default; 256-px tiles come from the same encoder (StitchedPageSeamIT stitches them)
  void aPageOfSimulatorTiles_isTheJdkReadersPage(int tileSize) {
    AzureTileApi api = new AzureTileApi(simulator.endpoint(), tileSize);
    PagePlan plan = api.planner().plan(SPEC);
    HttpImagerySource source =
        new HttpImagerySource(
            HttpImagerySource.httpClient(Duration.ofSeconds(2)),
            api,
            simulator.apiKey(),
            Duration.ofSeconds(30),
            HttpImagerySource.DEFAULT_MAX_IMAGE_BYTES);
    List<byte[]> tiles = new PageFetcher(source, 4).fetchAll(plan.requests());

    List<byte[]> adaptive =
        tiles.stream()
            .map(
                t ->
                    PngBuilder.truecolour(ReferencePng.read(t))
                        .filters(y -> PngBuilder.ADAPTIVE)
                        .build())
            .toList();

    assertThat(plan.requests())
        .anySatisfy(t -> assertThat(t.offsetX()).isNegative()); // edge tiles are clipped
    assertSamePage(plan, tiles, tileSize, "as served");
    assertSamePage(plan, adaptive, tileSize, "re-encoded with adaptive filters");
    TreeSet<Integer> filters = new TreeSet<>();
    for (byte[] png : Stream.concat(tiles.stream(), adaptive.stream()).toList()) {
      assertThat(png[25])
          .as("colour type")
          .isEqualTo((byte) 2); // the simulator draws opaque 8-bit RGB
      filters.addAll(PngBuilder.filterTypes(png, tileSize * 3, tileSize));
    }
    assertThat(filters)
        .as("filter types of the tiles, served and re-encoded")
        .containsExactly(0, 1, 2, 3, 4);
  }

  private static void assertSamePage(PagePlan plan, List<byte[]> tiles, int tileSize, String what) {
    PixelBuffer page = PixelBuffer.allocate(plan.width(), plan.height());
    PixelBuffer reference = PixelBuffer.allocate(plan.width(), plan.height());
    for (int i = 0; i < tiles.size(); i++) {
      PlannedImage tile = plan.requests().get(i);
      assertThat(ImageFormat.sniff(tiles.get(i))).contains(ImageFormat.PNG);
      PngDecoder.decodeInto(tiles.get(i), tileSize, tileSize, page, tile.offsetX(), tile.offsetY());
      byte[] drawn = ReferencePng.drawn(tiles.get(i), reference, tile.offsetX(), tile.offsetY());
      System.arraycopy(drawn, 0, reference.bgr(), 0, drawn.length);
    }
    int first = Arrays.mismatch(page.bgr(), reference.bgr());
    assertThat(first)
        .as("%s, %d-px tiles: first differing byte (pixel %d)", what, tileSize, first / 3)
        .isEqualTo(-1);
  }
}
