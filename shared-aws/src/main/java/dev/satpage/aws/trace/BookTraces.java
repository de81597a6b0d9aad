package dev.satpage.aws.trace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One book, one trace. Where books enter satpage (an {@code order-placed} message, a preview
 * request), {@link #perBook} runs the intake so that each book it touches gets its own trace: the
 * first S3 write or SQS send the adapters make for a book starts a root span {@code book} (its id
 * as {@code satpage.book.id}) linked to the entry's span — the order's, itself the child of the web
 * shop's {@code traceparent} when the shop sent one — and that write or send continues the book's
 * trace instead of the order's. Everything downstream continues it through the {@code traceparent}
 * the adapters put on each message and object. An order of two books is two traces, each reachable
 * from the order's span by its link. Outside {@link #perBook}, a write or send simply continues the
 * current context (the message being handled is already in its book's trace).
 */
public final class BookTraces {
  public static final String BOOK_ID = "satpage.book.id";

  private static final ContextKey<Map<String, Span>> BOOKS = ContextKey.named("satpage-books");

  private BookTraces() {}

  /**
   * Runs {@code work} (the intake of an order or a preview) so that the adapters start one trace
   * per book; the books' spans end with it, failed if it failed.
   */
  public static <T> T perBook(Supplier<T> work) {
    Map<String, Span> books = new ConcurrentHashMap<>();
    boolean failed = true;
    try (Scope _ = Context.current().with(BOOKS, books).makeCurrent()) {
      T result = work.get();
      failed = false;
      return result;
    } finally {
      for (Span book : books.values()) {
        if (failed) {
          book.setStatus(StatusCode.ERROR);
        }
        book.end();
      }
    }
  }

  /**
   * The context a write or send for {@code bookId} continues: inside {@link #perBook} the book's
   * own span (started on first use), anywhere else the current context.
   */
  public static Context contextFor(Optional<String> bookId) {
    Context current = Context.current();
    Map<String, Span> books = current.get(BOOKS);
    if (books == null || bookId.isEmpty()) {
      return current;
    }
    Span book = books.computeIfAbsent(bookId.get(), id -> startBook(id, current));
    return current.with(book);
  }

  private static Span startBook(String bookId, Context entry) {
    var builder =
        Tracing.tracer()
            .spanBuilder("book")
            .setNoParent()
            .setSpanKind(SpanKind.INTERNAL)
            .setAttribute(BOOK_ID, bookId);
    SpanContext order = Span.fromContext(entry).getSpanContext();
    if (order.isValid()) {
      builder.addLink(order);
    }
    return builder.startSpan();
  }
}
