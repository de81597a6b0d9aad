package dev.satpage.producer.app;

import dev.satpage.aws.metrics.EmbeddedMetrics;
import dev.satpage.model.status.BookState;
import dev.satpage.model.status.BookStatus;
import dev.satpage.producer.status.StuckBookReport;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the stuck-book scan on a schedule: one log line per stuck book, gauges of books by state and
 * stuck, and — on AWS — the same counts as CloudWatch EMF ({@code books.stuck}, {@code
 * books.pending}, {@code books.blocked}).
 */
class StuckBookMonitor {
  static final String STUCK = "books.stuck";
  private static final Logger log = LoggerFactory.getLogger(StuckBookMonitor.class);

  private final StuckBookReport report;
  private final Optional<EmbeddedMetrics> emf;
  private final Clock clock;
  private final Map<BookState, AtomicInteger> byState = new EnumMap<>(BookState.class);
  private final AtomicInteger stuck = new AtomicInteger();

  StuckBookMonitor(
      StuckBookReport report, MeterRegistry registry, Optional<EmbeddedMetrics> emf, Clock clock) {
    this.report = report;
    this.emf = emf;
    this.clock = clock;
    for (BookState state : BookState.values()) {
      AtomicInteger value = new AtomicInteger();
      byState.put(state, value);
      Gauge.builder("satpage.books.unfinished", value, AtomicInteger::get)
          .description("accepted books not yet dispatched, by state (from the last scan)")
          .tag("state", state.name().toLowerCase(java.util.Locale.ROOT))
          .register(registry);
    }
    Gauge.builder("satpage.books.stuck", stuck, AtomicInteger::get)
        .description("books pending or blocked for longer than the deadline (from the last scan)")
        .register(registry);
  }

  @Scheduled(
      initialDelayString = "${satpage.coordinator.stuck-scan-interval:PT1M}",
      fixedDelayString = "${satpage.coordinator.stuck-scan-interval:PT1M}")
  void scan() {
    StuckBookReport.Result result = report.scan();
    byState.forEach((state, value) -> value.set(result.byState().getOrDefault(state, 0)));
    stuck.set(result.stuck().size());
    emf.ifPresent(
        out ->
            out.publish(
                clock.instant(),
                Map.of(),
                List.of(
                    EmbeddedMetrics.Metric.count(STUCK, result.stuck().size()),
                    EmbeddedMetrics.Metric.count(
                        "books.pending", result.byState().getOrDefault(BookState.PENDING, 0)),
                    EmbeddedMetrics.Metric.count(
                        "books.blocked", result.byState().getOrDefault(BookState.BLOCKED, 0)))));
    for (BookStatus book : result.stuck()) {
      String why =
          book.blocker()
              .map(
                  b ->
                      "blocked: " + b.id() + " failed (" + b.reason() + "), job in " + b.location())
              .orElse("");
      log.warn(
          "stuck book {} (order {}) {} since {} (accepted; the shop placed it at {}): missing {} {}",
          book.bookId(),
          book.orderId(),
          book.state().name().toLowerCase(java.util.Locale.ROOT),
          book.acceptedAt(),
          book.placedAt(),
          book.missing(),
          why);
    }
  }
}
