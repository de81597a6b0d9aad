package dev.satpage.e2e.beforeafter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.book.Layer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SeedBookTest {
  @Test
  void theTitlePage_hasNoImagery_andTheSatellitePage_hasTheAreaImage() {
    SeedBook book = SeedBook.number(7);

    assertThat(book.titlePage().layers()).noneMatch(Layer.Image.class::isInstance);
    assertThat(book.satellitePage().layers())
        .contains(new Layer.Image(SeedBook.SATELLITE_DEPENDENCY, Layer.Fit.FILL));
    assertThat(book.satelliteSpec().widthPx()).isEqualTo(4000);
    assertThat(book.job().spec()).isEqualTo(book.satelliteSpec());
    assertThat(book.job().dependencyId()).isEqualTo(SeedBook.SATELLITE_DEPENDENCY);
  }

  @Test
  void everyBookNumber_isAnotherHome_soNoPageComesFromTheCache() {
    assertThat(
            LongStream.range(0, 2000).mapToObj(n -> SeedBook.number(n).satelliteSpec().cacheKey()))
        .doesNotHaveDuplicates();
  }

  @Test
  void aNegativeNumber_isRefused() {
    assertThatThrownBy(() -> SeedBook.number(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
