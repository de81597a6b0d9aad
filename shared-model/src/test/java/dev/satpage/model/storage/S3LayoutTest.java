package dev.satpage.model.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.book.SatellitePageSpec;
import org.junit.jupiter.api.Test;

class S3LayoutTest {
  @Test
  void bookOf_findsTheBookOfEveryBookKey_andOfItsPendingEntry() {
    assertThat(S3Layout.bookOf(S3Layout.definition("b-1"))).contains("b-1");
    assertThat(S3Layout.bookOf(S3Layout.resolvedMarker("b-1", 2, "sat-1"))).contains("b-1");
    assertThat(S3Layout.bookOf(S3Layout.patchedDefinition("b-1", 1))).contains("b-1");
    assertThat(S3Layout.bookOf(S3Layout.renderedPage("b.2", 1, "p-1"))).contains("b.2");
    assertThat(S3Layout.bookOf(S3Layout.printPdf("b-1", 1, "o_b-1_v1.pdf"))).contains("b-1");
    assertThat(S3Layout.bookOf(S3Layout.pendingIndex("b-3"))).contains("b-3");
  }

  @Test
  void bookOf_isEmptyForKeysOfNoBook() {
    SatellitePageSpec page = new SatellitePageSpec(52.5, 13.4, 17, 1600, 1200, 300);
    assertThat(S3Layout.bookOf(S3Layout.imageryPrint(page))).isEmpty();
    assertThat(S3Layout.bookOf(S3Layout.experimentComparison("e", "c"))).isEmpty();
    assertThat(S3Layout.bookOf("books/")).isEmpty();
    assertThat(S3Layout.bookOf("books//definition.json")).isEmpty();
    assertThat(S3Layout.bookOf("index/pending/.json")).isEmpty();
    assertThat(S3Layout.bookOf("index/pending/a/b.json")).isEmpty();
    assertThat(S3Layout.bookOf("index/pending/b-1.txt")).isEmpty();
  }
}
