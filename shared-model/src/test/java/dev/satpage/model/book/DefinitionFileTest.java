package dev.satpage.model.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.testing.Books;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DefinitionFileTest {
  @Test
  void newBook_isNotComplete_andListsEveryDependency() {
    DefinitionFile book = Books.aBook().withSatellitePages(2).build();
    assertThat(book.isComplete()).isFalse();
    assertThat(book.unresolved()).containsExactly("sat-1", "sat-2");
  }

  @Test
  void book_isComplete_onlyWhenEveryDependencyIsResolved() {
    DefinitionFile book = Books.aBook().withSatellitePages(2).build();
    DefinitionFile half =
        book.with(book.dependency("sat-1").resolved("s3://b/p1", "s3://b/v1", "© sim"));
    DefinitionFile full =
        half.with(half.dependency("sat-2").resolved("s3://b/p2", "s3://b/v2", "© sim"));

    assertThat(half.isComplete()).isFalse();
    assertThat(half.unresolved()).containsExactly("sat-2");
    assertThat(full.isComplete()).isTrue();
  }

  @Test
  void failedDependency_keepsBookIncomplete() {
    DefinitionFile book = Books.aBook().withSatellitePages(1).build();
    assertThat(book.with(book.dependency("sat-1").failed("corrupt image")).isComplete()).isFalse();
  }

  @Test
  void resolvedDependency_withoutS3Uri_isRejected() {
    Dependency pending = Dependency.pending("sat-1", SatellitePageSpec.of(1, 1, 15));
    assertThatThrownBy(() -> pending.resolved("http://x", "s3://b/k", "a"))
        .isInstanceOfSatisfying(
            MessageFormatException.class, e -> assertThat(e.field()).isEqualTo("printUri"));
  }

  @Test
  void layerReferringToUnknownDependency_isRejected() {
    DefinitionFile book = Books.aBook().withSatellitePages(1).build();
    assertThatThrownBy(
            () ->
                new DefinitionFile(
                    1,
                    "b",
                    "o",
                    1,
                    Purpose.PREVIEW,
                    "p",
                    book.personalisation(),
                    List.of(new Page("p1", List.of(new Layer.Image("nope", Layer.Fit.FIT)))),
                    new TreeMap<>()))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> assertThat(e.problem()).contains("unknown dependency 'nope'"));
  }
}
