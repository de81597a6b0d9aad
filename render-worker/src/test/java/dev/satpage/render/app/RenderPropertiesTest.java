package dev.satpage.render.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.render.design.Sheet;
import dev.satpage.render.print.PrintProfile;
import dev.satpage.render.template.BookTemplate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RenderPropertiesTest {
  @Test
  void unsetValues_takeTheDefaults() {
    RenderProperties p = new RenderProperties(null, null, null, null);

    assertThat(p.pageWidth()).isEqualTo(RenderProperties.DEFAULT_PAGE_WIDTH).isEqualTo(1000);
    assertThat(p.jpegQuality()).isEqualTo(RenderProperties.DEFAULT_JPEG_QUALITY);
    assertThat(p.gateStaleAfter()).isEqualTo(Duration.ofMinutes(2));
    assertThat(
            p.pageFormat()
                .height(
                    Sheet.of(BookTemplate.defaultFor("any"), p.print().printProfile().margins())))
        .isEqualTo(750);
    assertThat(p.print().printProfile()).isEqualTo(PrintProfile.DEFAULT);
  }

  @Test
  void printProfile_isBuiltFromTheSettings() {
    PrintProperties print =
        new PrintProperties("printer-b", 4.0, 8.0, null, "{bookId}-{profile}.pdf", 350);

    PrintProfile profile = new RenderProperties(null, null, null, print).print().printProfile();

    assertThat(profile.id()).isEqualTo("printer-b");
    assertThat(profile.bleedMm()).isEqualTo(4.0);
    assertThat(profile.safetyMarginMm()).isEqualTo(8.0);
    assertThat(profile.minPpi()).isEqualTo(350);
    assertThat(profile.fileNameFor("o-1", "b-1", 2)).isEqualTo("b-1-printer-b.pdf");
  }

  @Test
  void cmykPrintProfile_isRefusedAtStartUp_sayingItIsNotProduced() {
    assertThatThrownBy(
            () -> new PrintProperties(null, null, null, PrintProfile.Colour.CMYK_PDFX4, null, null))
        .hasMessageContaining("satpage.render.print")
        .hasMessageContaining("CMYK_PDFX4 is not produced");
  }

  @Test
  void badValues_areRefusedNamingTheSetting() {
    assertThatThrownBy(() -> new RenderProperties(10, null, null, null))
        .hasMessageContaining("satpage.render")
        .hasMessageContaining("width");
    assertThatThrownBy(() -> new RenderProperties(null, 1.5f, null, null))
        .hasMessageContaining("quality");
    assertThatThrownBy(() -> new RenderProperties(null, null, Duration.ZERO, null))
        .hasMessageContaining("gate-stale-after");
  }
}
