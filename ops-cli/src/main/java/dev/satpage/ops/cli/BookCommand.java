package dev.satpage.ops.cli;

import dev.satpage.model.queue.Queues;
import dev.satpage.ops.ExitCode;
import dev.satpage.ops.OpsException;
import dev.satpage.ops.book.BookInspector;
import dev.satpage.ops.book.BookReport;
import dev.satpage.ops.dlq.Peek;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code book BOOK_ID}: the Definition File, each dependency's state, the render gates and the
 * DLQs' messages.
 */
@Command(
    name = "book",
    description = "Where a book stands: dependencies, render gates, messages in DLQs.")
final class BookCommand implements Callable<Integer> {
  private final Backend.Factory backends;

  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(index = "0", paramLabel = "BOOK_ID")
  String bookId;

  @Option(
      names = "--scan-limit",
      defaultValue = "200",
      description = "messages read (without consuming) per DLQ (default: ${DEFAULT-VALUE})")
  int scanLimit;

  @Option(names = "--json", description = "one JSON document on stdout")
  boolean json;

  BookCommand(Backend.Factory backends) {
    this.backends = backends;
  }

  @Override
  public Integer call() {
    BookReport r;
    try (Backend backend = backends.open(connection.connection())) {
      r =
          new BookInspector(backend.store(), new Peek(backend.queues()), Queues.ALL, scanLimit)
              .inspect(bookId)
              .orElseThrow(
                  () ->
                      new OpsException(
                          ExitCode.NOT_FOUND,
                          "no book '"
                              + bookId
                              + "' (no Definition File books/"
                              + bookId
                              + "/definition.json in the bucket)"));
    }
    Output out = new Output(spec);
    if (json) {
      out.json(r);
      return 0;
    }
    out.line(
        "book %s (order %s), Definition File v%d: %s",
        r.bookId(), r.orderId(), r.version(), r.definitionUri());
    out.line("state: %s; stage: %s", r.state(), r.stage());
    for (BookReport.DependencyStatus d : r.dependencies()) {
      out.line(
          "  %-24s %-9s %s",
          d.id(),
          d.state(),
          d.failureReason() != null ? d.failureReason() : Output.orDash(d.printUri()));
    }
    out.line(
        "patched definition: %s; render dispatch: %s; rendered: %s; pages: %d",
        r.patched() ? "yes" : "no",
        Output.orDash(r.renderDispatch()),
        Output.orDash(r.rendered()),
        r.renderedPages());
    if (r.deadLetters().isEmpty()) {
      out.line("no messages about this book in any DLQ");
    }
    for (BookReport.DeadLetterHit h : r.deadLetters()) {
      out.line(
          "  !! %s: %s (received %dx, replayed %dx): %s",
          h.queue(), h.messageId(), h.receiveCount(), h.replayCount(), h.reason());
    }
    return 0;
  }
}
