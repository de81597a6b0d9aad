package dev.satpage.render.template;

import static dev.satpage.model.testing.FailureAssertions.assertPermanent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.failure.FailureReason;
import dev.satpage.model.failure.PermanentFailure;
import dev.satpage.model.testing.InMemoryObjectStore;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TemplateStoreTest {
  private final InMemoryObjectStore store = new InMemoryObjectStore("satpage-test");
  private final TemplateStore templates = new TemplateStore(store);

  @Test
  void productWithoutATemplate_getsTheBuiltInDefault() {
    Template template = templates.load("satellite-adventure");

    assertThat(template.spec()).isEqualTo(BookTemplate.defaultFor("satellite-adventure"));
    assertThat(template.spec().trimWidthMm()).isEqualTo(254.0);
    assertThat(template.font()).isNull();
    assertThat(template.art()).isEmpty();
  }

  @Test
  void seededTemplate_isReadBackWithItsArtAndFont() throws IOException {
    BookTemplate seeded = new TemplateSeeder(store).seed("satellite-adventure");

    Template template = templates.load("satellite-adventure");

    assertThat(template.spec()).isEqualTo(seeded);
    assertThat(store.list("templates/satellite-adventure/"))
        .containsExactly(
            "templates/satellite-adventure/art/compass.png",
            "templates/satellite-adventure/fonts/DejaVuSans-Bold.ttf",
            "templates/satellite-adventure/template.json");
    BufferedImage compass =
        ImageIO.read(new ByteArrayInputStream(template.art().get(TemplateSeeder.COMPASS_ASSET)));
    assertThat(compass.getWidth()).isEqualTo(720);
    assertThat(compass.getColorModel().hasAlpha()).isTrue();
    assertThat(template.font()).startsWith(0, 1, 0, 0); // TrueType sfnt version 1.0
    assertThat(template.spec().artOf("p01-title")).hasSize(1);
    assertThat(template.spec().artOf("p02-area")).isEmpty();
  }

  @Test
  void seedingTwice_writesTheSameBytes() {
    new TemplateSeeder(store).seed("satellite-adventure");
    byte[] first =
        store.get("templates/satellite-adventure/art/compass.png").orElseThrow().content();

    new TemplateSeeder(store).seed("satellite-adventure");

    assertThat(store.get("templates/satellite-adventure/art/compass.png").orElseThrow().content())
        .isEqualTo(first);
  }

  @Test
  void malformedTemplate_isInvalidTemplate_namingTheField() {
    store.put(
        TemplateStore.templateKey("satellite-adventure"),
        """
        {"schemaVersion":1,"productId":"satellite-adventure","trimWidthMm":5,"trimHeightMm":190.5,"font":null,"art":[]}"""
            .getBytes(StandardCharsets.UTF_8),
        "application/json");

    PermanentFailure f =
        assertPermanent(
            FailureReason.INVALID_TEMPLATE, () -> templates.load("satellite-adventure"));
    assertThat(f.detail()).contains("templates/satellite-adventure/template.json", "trimWidthMm");
  }

  @Test
  void templateNamingAMissingAsset_isMissingObject() {
    new TemplateSeeder(store).seed("satellite-adventure");
    InMemoryObjectStore withoutArt = new InMemoryObjectStore("satpage-test");
    withoutArt.put(
        TemplateStore.templateKey("satellite-adventure"),
        store.get(TemplateStore.templateKey("satellite-adventure")).orElseThrow().content(),
        "application/json");

    PermanentFailure f =
        assertPermanent(
            FailureReason.MISSING_OBJECT,
            () -> new TemplateStore(withoutArt).load("satellite-adventure"));
    assertThat(f.detail()).contains("templates/satellite-adventure/art/compass.png");
  }

  @Test
  void assetPathsMayNotLeaveTheTemplateFolder() {
    assertThatThrownBy(() -> new BookTemplate.Art("p01", "../other/secret.png", 0, 0, 0.1))
        .hasMessageContaining("asset");
    assertThatThrownBy(() -> new BookTemplate.Art("p01", "/abs.png", 0, 0, 0.1))
        .hasMessageContaining("asset");
  }
}
