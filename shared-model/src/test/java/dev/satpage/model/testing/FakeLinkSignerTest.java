package dev.satpage.model.testing;

import dev.satpage.model.port.LinkSigner;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

class FakeLinkSignerTest extends LinkSignerContract {
  private final InMemoryObjectStore store = new InMemoryObjectStore("fake-bucket");
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T10:00:00Z"));
  private FakeLinkSigner fake;

  @Override
  protected LinkSigner createSigner() {
    fake = new FakeLinkSigner(store, clock);
    return fake;
  }

  @Override
  protected void store(String key, byte[] content) {
    store.put(key, content, "application/octet-stream");
  }

  @Override
  protected Answer get(URI link) {
    FakeLinkSigner.Download d = fake.open(link);
    return new Answer(d.status(), d.body());
  }

  @Override
  protected void waitPast(Duration validity) {
    clock.advance(validity.plusSeconds(1));
  }
}
