package dev.satpage.render.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.testing.InMemoryObjectStore;
import dev.satpage.model.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TemplateCacheTest {
  private final InMemoryObjectStore store = new InMemoryObjectStore("satpage-test");
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T08:00:00Z"));
  private final TemplateCache cache =
      new TemplateCache(new TemplateStore(store), clock, Duration.ofMinutes(1));

  @Test
  void aTemplateIsReadOnce_untilItExpires_thenAChangeInTheStoreApplies() {
    new TemplateSeeder(store).seed("satellite-adventure");
    Template first = cache.load("satellite-adventure");

    store.delete(TemplateStore.templateKey("satellite-adventure"));
    clock.advance(Duration.ofSeconds(59));
    assertThat(cache.load("satellite-adventure")).isSameAs(first);

    clock.advance(Duration.ofSeconds(1));
    assertThat(cache.load("satellite-adventure").spec())
        .isEqualTo(BookTemplate.defaultFor("satellite-adventure"));
  }

  @Test
  void productsAreKeptApart() {
    new TemplateSeeder(store).seed("satellite-adventure");
    store.put(
        TemplateStore.templateKey("other"),
        "not json".getBytes(StandardCharsets.UTF_8),
        "application/json");

    assertThat(cache.load("satellite-adventure").spec().productId())
        .isEqualTo("satellite-adventure");
    assertThatThrownBy(() -> cache.load("other")).hasMessageContaining("other");
  }

  @Test
  void aNegativeLifetime_isRefused() {
    assertThatThrownBy(
            () -> new TemplateCache(new TemplateStore(store), clock, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
