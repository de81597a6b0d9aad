package dev.satpage.ops.book;

import dev.satpage.model.book.DefinitionFile;
import dev.satpage.model.book.Dependency;
import dev.satpage.model.gate.GateMarker;
import dev.satpage.model.json.Json;
import dev.satpage.model.json.MessageFormatException;
import dev.satpage.model.message.ImageryFailed;
import dev.satpage.model.port.ObjectStore;
import dev.satpage.model.port.StoredObject;
import dev.satpage.model.queue.QueueSpec;
import dev.satpage.model.storage.S3Layout;
import dev.satpage.ops.book.BookReport.DeadLetterHit;
import dev.satpage.ops.book.BookReport.DependencyStatus;
import dev.satpage.ops.dlq.DeadLetter;
import dev.satpage.ops.dlq.Peek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a book's state from the S3 layout ({@link S3Layout}) and looks for its messages in the DLQs. The live queues
 * are not read: a read would hide messages from their consumers for a moment; the gates say how far the book got.
 */
public final class BookInspector {
  private final ObjectStore store;
  private final Peek peek;
  private final List<QueueSpec> queues;
  private final int scanLimit;

  public BookInspector(ObjectStore store, Peek peek, List<QueueSpec> queues, int scanLimit) {
    this.store = store;
    this.peek = peek;
    this.queues = List.copyOf(queues);
    this.scanLimit = scanLimit;
  }

  /** The report, or empty when the bucket has no Definition File for the book. */
  public Optional<BookReport> inspect(String bookId) {
    Optional<StoredObject> stored = store.get(S3Layout.definition(bookId));
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    DefinitionFile def = Json.read(stored.get().content(), DefinitionFile.class);
    int v = def.version();
    Set<String> resolved = new HashSet<>(store.list(S3Layout.resolvedPrefix(bookId, v)));
    List<DependencyStatus> deps = new ArrayList<>();
    int done = 0;
    int failed = 0;
    for (Dependency d : def.dependencies().values()) {
      if (resolved.contains(S3Layout.resolvedMarker(bookId, v, d.id()))) {
        done++;
        deps.add(new DependencyStatus(d.id(), "RESOLVED", null, null));
        continue;
      }
      Optional<StoredObject> failure = store.get(S3Layout.failedMarker(bookId, v, d.id()));
      if (failure.isPresent()) {
        failed++;
        deps.add(new DependencyStatus(d.id(), "FAILED", null, failureReason(failure.get())));
      } else {
        deps.add(new DependencyStatus(d.id(), "PENDING", null, null));
      }
    }
    boolean patched = store.exists(S3Layout.patchedDefinition(bookId, v));
    if (patched) {
      deps = withPrintUris(deps, bookId, v);
    }
    String dispatch = gate(S3Layout.renderDispatch(bookId, v));
    String rendered = gate(S3Layout.renderedMarker(bookId, v));
    int pages = store.list("books/" + bookId + "/v" + v + "/pages/").size();
    String stage = stage(deps.size(), done, failed, patched, dispatch, rendered);
    return Optional.of(new BookReport(bookId, def.orderId(), v, store.uriOf(S3Layout.definition(bookId)), stage, deps,
        patched, dispatch, rendered, pages, deadLetters(bookId)));
  }

  private List<DependencyStatus> withPrintUris(List<DependencyStatus> deps, String bookId, int v) {
    DefinitionFile p = Json.read(store.get(S3Layout.patchedDefinition(bookId, v)).orElseThrow().content(),
        DefinitionFile.class);
    return deps.stream().map(d -> p.dependencies().containsKey(d.id())
        ? new DependencyStatus(d.id(), d.state(), p.dependency(d.id()).printUri(), d.failureReason())
        : d).toList();
  }

  static String stage(int total, int done, int failed, boolean patched, String dispatch, String rendered) {
    if (GateMarker.DONE.equals(rendered)) {
      return "rendered";
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
    return store.get(key).map(o -> {
      try {
        return Json.read(o.content(), GateMarker.class).state();
      } catch (MessageFormatException e) {
        return "unreadable (" + e.getMessage() + ")";
      }
    }).orElse(null);
  }

  private static String failureReason(StoredObject marker) {
    try {
      return Json.read(marker.content(), ImageryFailed.class).reason();
    } catch (MessageFormatException e) {
      return "failure marker unreadable: " + e.getMessage();
    }
  }

  private List<DeadLetterHit> deadLetters(String bookId) {
    List<DeadLetterHit> hits = new ArrayList<>();
    for (QueueSpec q : queues) {
      for (DeadLetter m : peek.read(q.deadLetterName(), scanLimit)) {
        if (m.concernsBook(bookId)) {
          hits.add(new DeadLetterHit(q.deadLetterName(), m.messageId(), m.reasonText(), m.receiveCount(),
              m.replayCount()));
        }
      }
    }
    return hits;
  }
}
