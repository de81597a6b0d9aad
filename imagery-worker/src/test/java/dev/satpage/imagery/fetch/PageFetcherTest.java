package dev.satpage.imagery.fetch;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.imagery.plan.ImageRequest;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PageFetcherTest {
  private static final List<ImageRequest> FOUR =
      List.of(
          new ImageRequest(0, 0, 5, 10, 10, 0, 0), new ImageRequest(0, 0, 5, 10, 10, 10, 0),
          new ImageRequest(0, 0, 5, 10, 10, 0, 10), new ImageRequest(0, 0, 5, 10, 10, 10, 10));

  @Test
  void images_areFetchedInParallel_andReturnedInRequestOrder() {
    CountDownLatch allStarted = new CountDownLatch(4);
    ImagerySource source =
        source(
            request -> {
              allStarted.countDown();
              // Each fetch waits until all four have started: this only completes if they run at
              // the same time.
              if (!allStarted.await(5, TimeUnit.SECONDS)) {
                throw new AssertionError("fetches did not run in parallel");
              }
              return new byte[] {(byte) request.offsetX(), (byte) request.offsetY()};
            });

    List<byte[]> images = new PageFetcher(source, 4).fetchAll(FOUR);

    assertThat(images)
        .extracting(b -> b[0] + "," + b[1])
        .containsExactly("0,0", "10,0", "0,10", "10,10");
  }

  @Test
  void aFailure_isRethrownUnchanged() {
    ImagerySource source =
        source(
            request -> {
              if (request.offsetX() == 10 && request.offsetY() == 10) {
                throw new PermanentFailure(FailureReason.IMAGERY_REJECTED, "HTTP 401");
              }
              return new byte[] {1};
            });

    assertPermanent(
        FailureReason.IMAGERY_REJECTED, () -> new PageFetcher(source, 2).fetchAll(FOUR));
  }

  interface Fetch {
    byte[] apply(PlannedImage request) throws Exception;
  }

  private static ImagerySource source(Fetch fetch) {
    return new ImagerySource() {
      @Override
      public byte[] fetch(PlannedImage request) {
        try {
          return fetch.apply(request);
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }

      @Override
      public String attribution() {
        return "test";
      }

      @Override
      public String name() {
        return "test";
      }
    };
  }
}
