package dev.satpage.ops.book;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.DependencyState;
import dev.satpage.model.gate.GateMarker;
import dev.satpage.model.json.Json;
import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.StoredObject;
import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.status.BookStatus;
import dev.satpage.model.status.BookStatusReader;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.ops.book.BookReport.DeadLetterHit;
import dev.satpage.ops.book.BookReport.DependencyStatus;
import dev.satpage.ops.dlq.DeadLetter;
import dev.satpage.ops.dlq.Peek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a book's state from the S3 layout ({@link S3Layout}) and looks for its messages in the
 * DLQs. The live queues are not read: a read would hide messages from their consumers for a moment;
 * the gates say how far the book got.
 */
public final class BookInspector {
  private final ObjectStore store;
  private final BookStatusReader status;
  private final Peek peek;
  private final List<QueueSpec> queues;
  private final int scanLimit;

  public BookInspector(ObjectStore store, Peek peek, List<QueueSpec> queues, int scanLimit) {
    this.store = store;
    this.status = new BookStatusReader(store);
    this.peek = peek;
    this.queues = List.copyOf(queues);
    this.scanLimit = scanLimit;
  }

  /**
   * The report, or empty when the bucket has no Definition File for the book. The book's state and
   * each dependency's come from {@link BookStatusReader}, the reader the status API uses, so ops
   * and the web shop never disagree.
   */
  public Optional<BookReport> inspect(String bookId) {
    Optional<BookStatus> read = status.read(bookId);
    Optional<StoredObject> stored = store.get(S3Layout.definition(bookId));
    if (read.isEmpty() || stored.isEmpty()) {
      return Optional.empty();
    }
    BookStatus book = read.get();
    int v = Json.read(stored.get().content(), DefinitionFile.class).version();
    boolean patched = store.exists(S3Layout.patchedDefinition(bookId, v));
    DefinitionFile patchedFile =
        patched
            ? Json.read(
                store.get(S3Layout.patchedDefinition(bookId, v)).orElseThrow().content(),
                DefinitionFile.class)
            : null;
    List<DependencyStatus> deps =
        book.dependencies().stream()
            .map(
                d ->
                    new DependencyStatus(
                        d.id(),
                        d.state().name(),
                        patchedFile != null && patchedFile.dependencies().containsKey(d.id())
                            ? patchedFile.dependency(d.id()).printUri()
                            : null,
                        d.reason()))
            .toList();
    String dispatch = gate(S3Layout.renderDispatch(bookId, v));
    String rendered = gate(S3Layout.renderedMarker(bookId, v));
    int pages = store.list(S3Layout.renderedPagesPrefix(bookId, v)).size();
    return Optional.of(
        new BookReport(
            bookId,
            book.orderId(),
            v,
            store.uriOf(S3Layout.definition(bookId)),
            book.state().name(),
            stage(book, patched, dispatch, rendered),
            deps,
            patched,
            dispatch,
            rendered,
            pages,
            deadLetters(bookId)));
  }

  static String stage(BookStatus book, boolean patched, String dispatch, String rendered) {
    long total = book.dependencies().size();
    long done =
        book.dependencies().stream().filter(d -> d.state() == DependencyState.RESOLVED).count();
    long failed =
        book.dependencies().stream().filter(d -> d.state() == DependencyState.FAILED).count();
    if (GateMarker.DONE.equals(rendered)) {
      return "rendered";
    }
    if (book.render() != null) {
      return "blocked: the render job was refused ("
          + book.render().reason()
          + "), in "
          + book.render().location();
    }
    if (rendered != null) {
      return "rendering (book-rendered gate claimed, not done)";
    }
    if (dispatch != null) {
      return "render job dispatched (" + dispatch + "), waiting for the render worker";
    }
    if (failed > 0) {
      return "blocked: " + failed + " of " + total + " dependencies failed";
    }
    if (patched) {
      return "patched, render job not dispatched yet";
    }
    return "waiting for imagery (" + done + "/" + total + " resolved)";
  }

  private String gate(String key) {
    return store
        .get(key)
        .map(
            o -> {
              try {
                return Json.read(o.content(), GateMarker.class).state();
              } catch (MessageFormatException e) {
                return "unreadable (" + e.getMessage() + ")";
              }
            })
        .orElse(null);
  }

  private List<DeadLetterHit> deadLetters(String bookId) {
    List<DeadLetterHit> hits = new ArrayList<>();
    for (QueueSpec q : queues) {
      for (DeadLetter m : peek.read(q.deadLetterName(), scanLimit)) {
        if (m.concernsBook(bookId)) {
          hits.add(
              new DeadLetterHit(
                  q.deadLetterName(),
                  m.messageId(),
                  m.reasonText(),
                  m.receiveCount(),
                  m.replayCount()));
        }
      }
    }
    return hits;
  }
}
