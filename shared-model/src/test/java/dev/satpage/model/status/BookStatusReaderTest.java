package dev.satpage.model.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.DependencyState;
import dev.satpage.model.gate.GateMarker;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.ImageryFailed;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.model.testing.Books;
import dev.satpage.model.testing.InMemoryObjectStore;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BookStatusReaderTest {
  final InMemoryObjectStore store = new InMemoryObjectStore("bucket");
  final BookStatusReader reader = new BookStatusReader(store);
  final DefinitionFile book = Books.aBook().withId("b1").withSatellitePages(2).build();
  final Instant t = Instant.parse("2026-11-27T10:00:00Z");

  BookStatusReaderTest() {
    store.put(S3Layout.definition("b1"), Json.writeBytes(book), "application/json");
  }

  @Test
  void unknownBook_isEmpty() {
    assertThat(reader.read("nope")).isEmpty();
  }

  @Test
  void newBook_isPending_withEveryDependencyPending() {
    BookStatus status = reader.read("b1").orElseThrow();
    assertThat(status.state()).isEqualTo(BookState.PENDING);
    assertThat(status.missing()).containsExactly("sat-1", "sat-2");
  }

  @Test
  void aPendingBook_readsItsDefinitionFileOnce_thenTheGateDispatchAndMarkers() {
    reader.read("b1");
    store.clearRequests();

    reader.read("b1");

    // pending entry and rendered gate; dispatch and the two resolved markers; the two failure
    // markers of the unresolved pages. No Definition File: it never changes.
    assertThat(store.requests()).isEqualTo(Map.of("GetObject", 4, "HeadObject", 3));
  }

  @Test
  void aDispatchedBook_readsNoMarkers_andItsDependenciesAreResolved() {
    store.put(S3Layout.renderDispatch("b1", 1), new byte[] {1}, "application/json");
    PendingEntry entry = new PendingEntry(PendingEntry.SCHEMA_VERSION, "b1", "order-1", t, t);
    store.clearRequests();

    BookStatus status = reader.read(entry).orElseThrow();

    assertThat(status.state()).isEqualTo(BookState.RENDERING);
    assertThat(status.acceptedAt()).isEqualTo(t);
    assertThat(status.dependencies())
        .extracting(DependencyStatus::state)
        .containsOnly(DependencyState.RESOLVED);
    // Definition File, rendered gate, render dispatch, render failure marker.
    assertThat(store.requests()).isEqualTo(Map.of("GetObject", 3, "HeadObject", 1));
  }

  @Test
  void failedDependency_blocksTheBook_withReasonAndDlq() {
    store.put(
        S3Layout.failedMarker("b1", 1, "sat-2"),
        Json.writeBytes(
            new ImageryFailed(
                2, "b1/sat-2", "order-1", "b1", 1, "sat-2", "imagery-corrupt: not a JPEG", t)),
        "application/json");

    BookStatus status = reader.read("b1").orElseThrow();
    assertThat(status.state()).isEqualTo(BookState.BLOCKED);
    assertThat(status.blocker().orElseThrow())
        .isEqualTo(
            new DependencyStatus(
                "sat-2",
                DependencyState.FAILED,
                "imagery-corrupt: not a JPEG",
                "satpage-satellite-page-jobs-dlq"));
  }

  @Test
  void dependencyResolvedAfterFailing_replayed_isNoLongerBlocking() {
    store.put(
        S3Layout.failedMarker("b1", 1, "sat-2"),
        Json.writeBytes(
            new ImageryFailed(2, "b1/sat-2", "order-1", "b1", 1, "sat-2", "timeout", t)),
        "application/json");
    store.put(S3Layout.resolvedMarker("b1", 1, "sat-2"), new byte[] {1}, "application/json");

    BookStatus status = reader.read("b1").orElseThrow();
    assertThat(status.state()).isEqualTo(BookState.PENDING);
    assertThat(status.missing()).containsExactly("sat-1");
  }

  @Test
  void renderedGateDone_isReady_withPageKeysInPageOrder() {
    store.put(S3Layout.renderDispatch("b1", 1), new byte[] {1}, "application/json");
    store.put(
        S3Layout.renderedMarker("b1", 1),
        Json.writeBytes(new GateMarker(1, GateMarker.DONE, "w", t, t)),
        "application/json");

    BookStatus status = reader.read("b1").orElseThrow();
    assertThat(status.state()).isEqualTo(BookState.READY);
    assertThat(status.pageKeys())
        .containsExactly(
            "books/b1/v1/pages/p01-title.jpg",
            "books/b1/v1/pages/p02-satellite.jpg",
            "books/b1/v1/pages/p03-satellite.jpg");
  }

  @Test
  void dispatchedButNotRendered_isRendering() {
    store.put(S3Layout.renderDispatch("b1", 1), new byte[] {1}, "application/json");
    assertThat(reader.read("b1").orElseThrow().state()).isEqualTo(BookState.RENDERING);
  }
}
