package dev.satpage.imagery.testing;

import dev.satpage.imagery.fetch.ImagerySource;
import dev.satpage.imagery.fetch.ImagerySourceContract;
import dev.satpage.imagery.fetch.ProviderBusy;
import dev.satpage.imagery.plan.ImageRequest;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.imagery.plan.TileRequest;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.failure.TransientFailure;
import java.awt.Color;
import java.util.function.Function;

/**
 * An {@link ImagerySource} in memory, for the tests of everything above the provider: it paints the
 * images (grey JPEGs of the requested size unless told otherwise) and fails as the port promises
 * ({@link ImagerySourceContract}): a wrong key or a request outside the documented limits (a
 * centred image over 2000 x 1500, as both static-map APIs say; a tile deeper than {@link
 * #MAX_TILE_ZOOM}) is refused for good, and a provoked {@link ImagerySourceContract.Fault} is
 * answered the way the HTTP adapter classifies the provider's answer — busy and hanging providers
 * transient, non-images permanent.
 */
public final class FakeImagerySource implements ImagerySource {
  /** The key this fake's account accepts. */
  public static final String KEY = "fake-key";

  /**
   * The deepest tile level this fake serves (tile services stop near 20; Azure's imagery at 19).
   */
  public static final int MAX_TILE_ZOOM = 21;

  private final String name;
  private final String attribution;
  private final String apiKey;
  private final Function<PlannedImage, byte[]> painter;
  private volatile ImagerySourceContract.Fault fault;

  public FakeImagerySource(
      String name, String attribution, String apiKey, Function<PlannedImage, byte[]> painter) {
    this.name = name;
    this.attribution = attribution;
    this.apiKey = apiKey;
    this.painter = painter;
  }

  /** A fake with the right key that paints grey JPEGs. */
  public FakeImagerySource() {
    this("fake", "© Fake Imagery", KEY, r -> Images.jpeg(r.width(), r.height(), Color.GRAY));
  }

  /** Every later request meets {@code value} (null: none). */
  public void provoke(ImagerySourceContract.Fault value) {
    fault = value;
  }

  @Override
  public byte[] fetch(PlannedImage request) {
    if (!KEY.equals(apiKey)) {
      throw new PermanentFailure(
          FailureReason.IMAGERY_REJECTED, "HTTP 401 from " + name + ": access was denied");
    }
    if (outsideLimits(request)) {
      throw new PermanentFailure(
          FailureReason.IMAGERY_REJECTED, "HTTP 400 from " + name + ": " + request);
    }
    ImagerySourceContract.Fault f = fault;
    if (f != null) {
      switch (f) {
        case THROTTLED -> throw new ProviderBusy("HTTP 429 from " + name, null);
        case SERVER_ERROR -> throw new ProviderBusy("HTTP 503 from " + name, null);
        case HANGS ->
            throw new TransientFailure("imagery request to " + name + " failed: timed out");
        case NOT_AN_IMAGE ->
            throw new PermanentFailure(
                FailureReason.IMAGERY_CORRUPT, "content type 'text/html' from " + name);
        case ABSURD_DIMENSIONS ->
            throw new PermanentFailure(
                FailureReason.IMAGERY_CORRUPT,
                "JPEG declares 60000x60000, beyond any image a provider serves, from " + name);
      }
    }
    return painter.apply(request);
  }

  private static boolean outsideLimits(PlannedImage request) {
    return switch (request) {
      case ImageRequest r -> r.width() > 2000 || r.height() > 1500;
      case TileRequest t -> t.zoom() > MAX_TILE_ZOOM;
    };
  }

  @Override
  public String attribution() {
    return attribution;
  }

  @Override
  public String name() {
    return name;
  }
}
