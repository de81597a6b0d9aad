package dev.satpage.e2e.load;

import dev.satpage.e2e.pipeline.PipelineEvents;
import dev.satpage.e2e.process.ProcStats;
import dev.satpage.model.book.Purpose;
import dev.satpage.model.failure.FailureAttributes;
import dev.satpage.model.json.Json;
import dev.satpage.model.message.BookRendered;
import dev.satpage.model.message.OrderPlaced;
import dev.satpage.model.port.OutboundMessage;
import dev.satpage.model.queue.Queues;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One load run against a running pipeline: places {@code books} orders at {@code rate} per second
 * (open loop: the schedule does not wait for the pipeline), consumes book-rendered until every book
 * is in or the timeout passes, then reads each book's timeline back from S3.
 */
public final class LoadRun {
  private final StackClients stack;
  private final Supplier<Map<String, ProcStats>> processStats;
  private final Consumer<String> progress;

  public LoadRun(
      StackClients stack,
      Supplier<Map<String, ProcStats>> processStats,
      Consumer<String> progress) {
    this.stack = stack;
    this.processStats = processStats;
    this.progress = progress;
  }

  public RunResult run(
      String label, int imageryWorkers, int books, double rate, int printEvery, Duration timeout) {
    // Ids allow letters, digits, '.', '_' and '-' only.
    String runId =
        label.replaceAll("[^A-Za-z0-9._-]", "_")
            + "-"
            + Long.toString(System.currentTimeMillis(), 36);
    Map<String, Instant> placedAt = new ConcurrentHashMap<>();
    PipelineEvents events = new PipelineEvents(stack.sqs(), stack.queue());
    Instant start = Instant.now();
    Thread sender =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    place(runId, books, rate, printEvery, start, placedAt);
                  } catch (RuntimeException e) {
                    System.err.println("load: placing orders failed: " + e);
                  }
                });
    Instant deadline = start.plus(timeout);
    Set<String> done = new HashSet<>();
    Instant lastRendered = start;
    while (done.size() < books && Instant.now().isBefore(deadline)) {
      for (BookRendered r : events.pollNew(1)) {
        if (!r.bookId().startsWith(runId + "-")) {
          continue; // a late event of an earlier run (the warm-up) on the same queue
        }
        done.add(r.bookId());
        lastRendered = Instant.now();
      }
      progress.accept(
          String.format(
              "%s: %d/%d placed, %d rendered, %.0f s",
              label,
              placedAt.size(),
              books,
              done.size(),
              Duration.between(start, Instant.now()).toMillis() / 1000.0));
    }
    Map<String, ProcStats> stats = processStats.get(); // before anything stops
    events.poll(2); // a late duplicate would show here
    sender.interrupt();
    List<BookRendered> ours =
        events.rendered().stream().filter(r -> r.bookId().startsWith(runId + "-")).toList();
    return summarise(
        label, imageryWorkers, rate, books, ours, placedAt, start, lastRendered, stats);
  }

  private void place(
      String runId,
      int books,
      double rate,
      int printEvery,
      Instant start,
      Map<String, Instant> placedAt) {
    for (int n = 0; n < books; n++) {
      long due = start.toEpochMilli() + Math.round(n * 1000.0 / rate);
      long wait = due - System.currentTimeMillis();
      if (wait > 0) {
        try {
          Thread.sleep(wait);
        } catch (InterruptedException e) {
          return;
        }
      }
      Instant now = Instant.now();
      OrderPlaced order = LoadOrders.order(runId, n, printEvery, now);
      stack
          .queue()
          .send(
              Queues.ORDER_PLACED_NAME,
              new OutboundMessage(
                  order.orderId(),
                  Json.write(order),
                  Map.of(FailureAttributes.ORDER_ID, order.orderId())));
      placedAt.put(order.books().getFirst().bookId(), now);
    }
  }

  private RunResult summarise(
      String label,
      int workers,
      double rate,
      int books,
      List<BookRendered> rendered,
      Map<String, Instant> placedAt,
      Instant start,
      Instant end,
      Map<String, ProcStats> stats) {
    List<BookSample> samples = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int duplicates = 0;
    for (BookRendered r : rendered) {
      if (!seen.add(r.bookId())) {
        duplicates++;
        continue;
      }
      Instant placed = placedAt.get(r.bookId());
      if (placed != null) {
        BookSamples.read(stack.store(), placed, r).ifPresent(samples::add);
      }
    }
    double wall = Duration.between(start, end).toMillis() / 1000.0;
    return new RunResult(
        label,
        workers,
        rate,
        books,
        seen.size(),
        duplicates,
        wall,
        wall > 0 ? seen.size() / wall : 0,
        Percentiles.summary(samples.stream().map(BookSample::orderToDispatched).toList()),
        Percentiles.summary(
            samples.stream()
                .filter(s -> s.purpose() == Purpose.PREVIEW)
                .map(BookSample::orderToReady)
                .toList()),
        Percentiles.summary(
            samples.stream()
                .filter(s -> s.purpose() == Purpose.PRINT)
                .map(BookSample::orderToReady)
                .toList()),
        Percentiles.summary(samples.stream().map(BookSample::fanIn).toList()),
        stats);
  }
}
