package dev.satpage.imagery.fetch;

import dev.satpage.imagery.plan.ImageRequest;
import dev.satpage.imagery.plan.PlannedImage;
import dev.satpage.imagery.testing.FakeImagerySource;
import dev.satpage.imagery.testing.Images;
import java.awt.Color;
import java.time.Duration;

/** The {@link ImagerySourceContract} against the fake the unit tests use. */
class FakeImagerySourceTest extends ImagerySourceContract {
  private Fault fault;

  @Override
  protected ImagerySource source(String apiKey, Duration timeout) {
    FakeImagerySource fake =
        new FakeImagerySource(
            "fake", "© Fake", apiKey, r -> Images.jpeg(r.width(), r.height(), Color.GRAY));
    fake.provoke(fault);
    return fake;
  }

  @Override
  protected String validKey() {
    return FakeImagerySource.KEY;
  }

  @Override
  protected PlannedImage request() {
    return new ImageRequest(51.5007, -0.1246, 17, 2000, 1500, 0, 0);
  }

  @Override
  protected PlannedImage outsideTheDocumentedLimits() {
    return new ImageRequest(51.5007, -0.1246, 17, 2500, 1500, 0, 0);
  }

  @Override
  protected void provoke(Fault value) {
    fault = value;
  }
}
